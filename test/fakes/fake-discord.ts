import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A fault injected into a message POST: an HTTP status (429 with or without Retry-After, 5xx, 403 …), a reset or a hang. */
export type DiscordFault = { status: number; retryAfter?: string; code?: number } | 'reset' | 'hang';

/** One REST call the bot made to the fake. */
export interface DiscordCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The id of the message the call created, if any (so a test can reply to it). */
  createdId?: string;
  /** When the call arrived (performance.now()), for the benchmark's dispatch-to-reply latency. */
  at: number;
}

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '900000000000000010';
export const CHANNEL_ID = '900000000000000011';
export const THREAD_ID = '900000000000000012';
export const DM_CHANNEL_ID = '900000000000000013';
export const ASKER_ID = '900000000000000020';

/**
 * A fake Discord on 127.0.0.1: the REST API under /api/v10 (gateway/bot, messages, interaction
 * callbacks, command registration) and a gateway over WebSocket that speaks the real protocol
 * (HELLO, IDENTIFY, READY, heartbeats) and lets tests dispatch events.
 */
export interface FakeDiscord {
  apiUrl: string;
  calls: DiscordCall[];
  /** Sends a gateway dispatch (op 0) such as MESSAGE_CREATE. */
  dispatch(type: string, data: Record<string, unknown>): void;
  waitForCall(match: (call: DiscordCall) => boolean, ms?: number, from?: number): Promise<DiscordCall | null>;
  /** The next `n` message POSTs answer with this status (429 carries retry_after). */
  failNextPosts(n: number, status: number, code?: number): void;
  /** The next message POSTs get these faults, one per call in order, replacing any pending ([] clears them); recorded as `#<status>`, `#reset`, `#hang`. */
  injectFaults(faults: DiscordFault[]): void;
  identified: Promise<void>;
  /** Answers every REST call with 401 Unauthorized, as Discord does for a wrong or reset token. */
  rejectToken(): void;
  /** The `shard` field of every IDENTIFY received ([id, count]), in order. */
  identifies: unknown[];
  close(): Promise<void>;
}

let nextId = 910000000000000000n;
export const snowflake = () => String((nextId += 1n));

const user = (id: string, username: string, bot = false) => ({ id, username, discriminator: '0', global_name: null, avatar: null, bot });
export const BOT_USER = user(BOT_ID, 'whichpy', true);
export const ASKER = user(ASKER_ID, 'asker');

function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Acme',
    unavailable: false,
    owner_id: ASKER_ID,
    joined_at: new Date().toISOString(),
    large: false,
    member_count: 2,
    features: [],
    roles: [{ id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    // discord.js drops messages in channels it has not cached, so channels come with the guild.
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
    threads: [
      {
        id: THREAD_ID,
        type: 11,
        name: 'which framework?',
        guild_id: GUILD_ID,
        parent_id: CHANNEL_ID,
        owner_id: ASKER_ID,
        thread_metadata: { archived: false, auto_archive_duration: 60, archive_timestamp: new Date().toISOString(), locked: false },
      },
    ],
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: DiscordCall[] = [];
  const waiters = new Set<() => void>();
  const faults: DiscordFault[] = [];
  let tokenRejected = false;
  let seq = 0;
  const identifies: unknown[] = [];
  let identifiedResolve: () => void = () => undefined;
  const identified = new Promise<void>((r) => (identifiedResolve = r));

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname.replace(/^\/api\/v10/, '');
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = { raw };
      }
      const call: DiscordCall = { method: req.method ?? 'GET', path, query: url.searchParams, body, at: performance.now() };
      const json = (status: number, data: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));
      const message = (channelId: string) => ({ id: snowflake(), channel_id: channelId, author: BOT_USER, content: body.content ?? '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: body.embeds ?? [], components: body.components ?? [], pinned: false, type: 19, flags: body.flags ?? 0 });

      if (tokenRejected) {
        calls.push({ ...call, path: `${path}#401` });
        json(401, { message: '401: Unauthorized', code: 0 });
      } else if (call.method === 'GET' && path === '/gateway/bot') {
        json(200, { url: `ws://127.0.0.1:${port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
      } else if (call.method === 'GET' && path === '/users/@me') {
        json(200, BOT_USER);
      } else if (call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
        const fault = faults.shift();
        if (fault === 'reset' || fault === 'hang') {
          calls.push({ ...call, path: `${path}#${fault}` });
          if (fault === 'reset') req.socket.destroy();
        } else if (fault) {
          calls.push({ ...call, path: `${path}#${fault.status}` });
          if (fault.status === 429) {
            const retryAfter = fault.retryAfter;
            json(429, { message: 'You are being rate limited.', global: false, ...(retryAfter ? { retry_after: Number(retryAfter) } : {}) }, { 'x-ratelimit-scope': 'user', ...(retryAfter ? { 'retry-after': retryAfter } : {}) });
          } else json(fault.status, { message: 'failure', code: fault.code ?? 0 });
        } else {
          const created = message(path.split('/')[2]!);
          calls.push({ ...call, createdId: created.id });
          json(200, created);
        }
      } else if (call.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
        calls.push(call);
        if (url.searchParams.get('with_response') === 'true') {
          const data = (body.data ?? {}) as Record<string, unknown>;
          json(200, { interaction: { id: path.split('/')[2], type: 2 }, resource: { type: body.type, message: { ...message(CHANNEL_ID), embeds: data.embeds ?? [], flags: data.flags ?? 0 } } });
        } else res.writeHead(204).end();
      } else if (call.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
        calls.push(call);
        json(200, ((body as unknown as unknown[]) ?? []).map((c) => ({ ...(c as object), id: snowflake(), application_id: APP_ID, version: '1' })));
      } else {
        calls.push({ ...call, path: `${path}#404` });
        json(404, { message: 'Unknown route', code: 0 });
      }
      for (const wake of waiters) wake();
    });
  });

  const wss = new WebSocketServer({ server, path: '/gateway' });
  // Every connected client gets each dispatch: two processes running the same shard (a rolling
  // deploy) both receive a message, as they would from Discord.
  const sendTo = (ws: WebSocket, payload: Record<string, unknown>) => ws.send(JSON.stringify(payload));
  const dispatch = (t: string, d: Record<string, unknown>) => {
    for (const ws of wss.clients) if (ws.readyState === ws.OPEN) sendTo(ws, { op: 0, t, s: (seq += 1), d });
  };
  wss.on('connection', (ws) => {
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString('utf8')) as { op: number; d: { shard?: unknown } | null };
      if (msg.op === 1) sendTo(ws, { op: 11, d: null, s: null, t: null });
      if (msg.op === 2) {
        const shard = msg.d?.shard ?? [0, 1];
        identifies.push(shard);
        sendTo(ws, { op: 0, t: 'READY', s: (seq += 1), d: { v: 10, user: BOT_USER, guilds: [{ id: GUILD_ID, unavailable: true }], session_id: 'fake-session', resume_gateway_url: `ws://127.0.0.1:${port}/gateway`, shard, application: { id: APP_ID, flags: 0 } } });
        sendTo(ws, { op: 0, t: 'GUILD_CREATE', s: (seq += 1), d: guildCreate() });
        identifiedResolve();
      }
    });
    sendTo(ws, { op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null });
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    dispatch,
    identified,
    identifies,
    waitForCall(match, ms = 3000, from = 0) {
      return new Promise((resolve) => {
        const done = (value: DiscordCall | null) => {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(value);
        };
        const check = () => {
          const found = calls.slice(from).find(match);
          if (found) done(found);
        };
        const timer = setTimeout(() => done(null), ms);
        waiters.add(check);
        check();
      });
    },
    failNextPosts(n, status, code = 0) {
      faults.length = 0;
      for (let i = 0; i < n; i++) faults.push(status === 429 ? { status, retryAfter: '0.05' } : { status, code });
    },
    rejectToken() {
      tokenRejected = true;
    },
    injectFaults(list) {
      faults.splice(0, faults.length, ...list);
    },
    async close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
