import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A fault the fake injects into a call: an HTTP status (429 with or without Retry-After, 500, …),
 * a Slack error with HTTP 200 ({ ok: false, error }), a connection reset, or a hang (no answer
 * until the fake closes).
 */
export type SlackFault = { status: number; retryAfter?: string } | { slackError: string } | 'reset' | 'hang';

/** One call the bot made to the fake: a Web API method or a response_url post. */
export interface SlackCall {
  path: string;
  body: Record<string, unknown>;
  raw: string;
}

/**
 * A fake of the parts of Slack whichpy talks to, on 127.0.0.1: the Web API (auth.test,
 * chat.postMessage, apps.connections.open), response URLs, and the Socket Mode WebSocket.
 * Requests are recorded as Slack would receive them (form or JSON bodies, decoded).
 */
export interface FakeSlack {
  apiUrl: string;
  responseUrl(id: string): string;
  calls: SlackCall[];
  /** Paths of every request as it arrives (before any delay), to see a reply under way. */
  received: string[];
  /** Resolves with the first recorded call matching `match` after `from` (index), or null after `ms`. */
  waitForCall(match: (call: SlackCall) => boolean, ms?: number, from?: number): Promise<SlackCall | null>;
  /** Sends a Socket Mode envelope and resolves with the bot's ack (its `payload`, if any). */
  sendEnvelope(envelope: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Makes the next `n` chat.postMessage calls fail with this HTTP status. */
  failNextPosts(n: number, status: number): void;
  /**
   * The next calls to chat.postMessage (optionally only for one channel) or to response URLs get
   * these faults, one per call in order (replacing faults still pending for that target; [] clears
   * them); faulted calls are recorded with `#failed` on their path.
   */
  injectFaults(target: 'post' | 'respond', faults: SlackFault[], channel?: string): void;
  /** Makes auth.test answer { ok: false, error } (a rejected token), or succeed again with null. */
  rejectAuth(error: string | null): void;
  /** Makes chat.postMessage answer only after `ms` (a slow Slack), to catch replies in flight. */
  delayPosts(ms: number): void;
  /** True once the Socket Mode connection has received the bot's close frame (or is gone). */
  socketClosing(): boolean;
  /** Stops reading the Socket Mode connection, so the bot's close frame is never answered. */
  stallSocket(): void;
  close(): Promise<void>;
}

export const FAKE_BOT_USER = 'UWHICHPY';
export const FAKE_BOT_ID = 'BWHICHPY';

function decodeBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  if ((req.headers['content-type'] ?? '').includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const body: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      body[k] = v.startsWith('[') || v.startsWith('{') ? JSON.parse(v) : v;
    } catch {
      body[k] = v;
    }
  }
  return body;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const received: string[] = [];
  const waiters = new Set<() => void>();
  const faults: { target: 'post' | 'respond'; fault: SlackFault; channel?: string }[] = [];
  let authError: string | null = null;
  let postDelayMs = 0;
  let socket: WebSocket | null = null;
  let socketReady: () => void = () => undefined;
  const connected = new Promise<void>((r) => (socketReady = r));
  const hanging: unknown[] = [];
  const acks = new Map<string, (payload: Record<string, unknown>) => void>();
  let ts = 1_700_000_000;

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      received.push(path);
      const call = { path, body: decodeBody(req, raw), raw };
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      const target = path === '/api/chat.postMessage' ? 'post' : path.startsWith('/respond/') ? 'respond' : null;
      const faultAt = faults.findIndex((f) => f.target === target && (!f.channel || f.channel === call.body.channel));
      if (target && faultAt >= 0) {
        const { fault } = faults.splice(faultAt, 1)[0]!;
        calls.push({ ...call, path: `${path}#failed` });
        if (fault === 'reset') req.socket.destroy();
        else if (fault === 'hang') hanging.push(res);
        else if ('slackError' in fault) json(200, { ok: false, error: fault.slackError });
        else json(fault.status, { ok: false, error: fault.status === 429 ? 'ratelimited' : 'fatal_error' }, fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {});
      } else if (path === '/api/auth.test') json(200, authError ? { ok: false, error: authError } : { ok: true, user_id: FAKE_BOT_USER, bot_id: FAKE_BOT_ID, team_id: 'T0001', user: 'whichpy' });
      else if (path === '/api/apps.connections.open') json(200, { ok: true, url: `ws://127.0.0.1:${port}/socket` });
      else if (path === '/api/chat.postMessage') {
        const reply = () => {
          calls.push(call);
          json(200, { ok: true, channel: call.body.channel, ts: `${(ts += 1)}.000100` });
          for (const wake of waiters) wake();
        };
        if (postDelayMs > 0) setTimeout(reply, postDelayMs);
        else reply();
      } else if (path.startsWith('/respond/')) {
        calls.push(call);
        json(200, { ok: true });
      } else json(404, { ok: false, error: 'unknown_method' });
      for (const wake of waiters) wake();
    });
  });
  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString('utf8')) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload ?? {});
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' }, debug_info: { host: 'fake' } }));
    socketReady();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  let envelopes = 0;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id) => `http://127.0.0.1:${port}/respond/${id}`,
    calls,
    received,
    waitForCall(match, ms = 3000, from = 0) {
      return new Promise((resolve) => {
        const check = () => {
          const found = calls.slice(from).find(match);
          if (found) done(found);
        };
        const done = (value: SlackCall | null) => {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(value);
        };
        const timer = setTimeout(() => done(null), ms);
        waiters.add(check);
        check();
      });
    },
    async sendEnvelope(envelope) {
      await connected;
      const id = `env-${(envelopes += 1)}`;
      const acked = new Promise<Record<string, unknown>>((r) => acks.set(id, r));
      socket!.send(JSON.stringify({ envelope_id: id, accepts_response_payload: true, ...envelope }));
      return acked;
    },
    failNextPosts(n, status) {
      for (let i = faults.length - 1; i >= 0; i--) if (faults[i]!.target === 'post') faults.splice(i, 1);
      for (let i = 0; i < n; i++) faults.push({ target: 'post', fault: { status } });
    },
    injectFaults(target, list, channel) {
      for (let i = faults.length - 1; i >= 0; i--) if (faults[i]!.target === target) faults.splice(i, 1);
      for (const fault of list) faults.push({ target, fault, channel });
    },
    rejectAuth(error) {
      authError = error;
    },
    delayPosts(ms) {
      postDelayMs = ms;
    },
    socketClosing: () => socket !== null && socket.readyState >= socket.CLOSING,
    stallSocket() {
      socket?.pause();
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Slack's v0 request signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Headers for a request signed as Slack signs them; `timestamp` defaults to now. */
export function signedHeaders(secret: string, body: string, contentType: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}
