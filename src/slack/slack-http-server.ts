import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RateLimitedLog } from '../logging/rate-limited-log';

/** Bounds on what one request may cost before its signature is checked. */
export interface SlackHttpLimits {
  /**
   * Largest body read. Slack's biggest payload to us is a button click, which carries our own
   * answer message back (about 4 KB of blocks, 12 KB form-encoded; Slack caps a message at 50
   * blocks); slash commands and events are a few KB. 256 KB leaves ample room; the 4 MB Bolt
   * default let 200 held sockets take 750 MB.
   */
  maxBodyBytes: number;
  /** Time to receive the headers (slow-header sockets are closed). */
  headersTimeoutMs: number;
  /** Time to receive a whole request. */
  requestTimeoutMs: number;
  /** Idle keep-alive time; longer than a load balancer's 60 s idle timeout. */
  keepAliveTimeoutMs: number;
  /** Open connections at once; more are closed as they arrive. */
  maxConnections: number;
}

export const DEFAULT_SLACK_HTTP_LIMITS: SlackHttpLimits = {
  maxBodyBytes: 256 * 1024,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 65_000,
  maxConnections: 1_000,
};

/** Slack rejects a signature older than 5 minutes; so do we, before reading the body. */
const MAX_SIGNATURE_AGE_S = 5 * 60;

export interface SlackHttpServerConfig {
  /** Bolt's HTTPReceiver request listener (routing, signature check, dispatch). */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  endpoint: string;
  limits: SlackHttpLimits;
  /** Counts rejected requests (one log line per interval). */
  rejected: RateLimitedLog;
  now?: () => number;
}

export interface SlackHttpServer {
  listen(port: number, host?: string): Promise<number>;
  port(): number | null;
  /** Requests received and not yet answered. */
  readonly active: number;
  /** Stops listening, waits up to `timeoutMs` for requests under way to be answered, then closes every connection. */
  close(timeoutMs: number): Promise<boolean>;
}

/** Why a Slack request can be refused from its headers alone, or null. */
function refuseEarly(req: IncomingMessage, limits: SlackHttpLimits, nowS: number): { status: number; reason: string } | null {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > limits.maxBodyBytes) return { status: 413, reason: 'body too large' };
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (!req.headers['x-slack-signature'] || !Number.isFinite(timestamp)) return { status: 401, reason: 'unsigned' };
  if (Math.abs(nowS - timestamp) > MAX_SIGNATURE_AGE_S) return { status: 401, reason: 'stale signature' };
  return null;
}

/**
 * The HTTP server in front of Bolt's receiver, so a flood of unsigned requests costs little:
 * requests without a signature, with a stale one or with a body over the cap are refused from
 * their headers (the body is never read and the connection is closed); the rest are bounded in
 * size (Bolt's bodyLimit), time and number of connections. It also counts requests under way, so
 * shutdown answers every request it received instead of resetting it.
 */
export function createSlackHttpServer(config: SlackHttpServerConfig): SlackHttpServer {
  const { limits, rejected, now = Date.now } = config;
  let active = 0;
  let idle: (() => void)[] = [];
  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks those timeouts only this often (default every 30 s).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 2)),
    },
    (req, res) => {
      active++;
      res.once('close', () => {
        active--;
        if (active === 0) for (const wake of idle.splice(0)) wake();
      });
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'POST' && path === config.endpoint) {
        const refusal = refuseEarly(req, limits, Math.floor(now() / 1000));
        if (refusal) {
          rejected.note({ reason: refusal.reason, status: refusal.status });
          res.writeHead(refusal.status, { connection: 'close' }).end();
          return;
        }
      }
      try {
        config.listener(req, res);
      } catch {
        // Bolt throws for paths it does not serve (its "deferred request" error).
        if (!res.headersSent) res.writeHead(404).end();
      }
    },
  );
  server.maxConnections = limits.maxConnections;
  // A client that sends garbage or vanishes mid-request must not surface as an 'error' on the server.
  server.on('clientError', (_err, socket) => {
    rejected.note({ reason: 'malformed request' });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  const port = () => (server.address() as AddressInfo | null)?.port ?? null;
  return {
    listen: (p, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(p, host, () => {
          server.off('error', reject);
          resolve(port()!);
        });
      }),
    port,
    get active() {
      return active;
    },
    async close(timeoutMs) {
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      const answered =
        active === 0 ||
        (await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), timeoutMs);
          idle.push(() => {
            clearTimeout(timer);
            resolve(true);
          });
        }));
      idle = [];
      server.closeAllConnections();
      await closed;
      return answered;
    },
  };
}
