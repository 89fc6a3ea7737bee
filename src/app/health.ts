import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Platform } from '../core/adapter';

/** Where shared state lives and whether it is reachable (src/store). */
export interface StoreHealth {
  kind: 'memory' | 'redis';
  state: 'ok' | 'degraded';
}

/** A platform connection as the health check reports it. */
export type ConnectionState = 'starting' | 'connected' | 'reconnecting' | 'failed' | 'stopping' | 'stopped';

/** What /healthz reports; `ready` decides 200 or 503. */
export interface HealthReport {
  status: 'ok' | 'starting' | 'stopping' | 'unhealthy';
  knowledgeVersion: string;
  platforms: Partial<Record<Platform, ConnectionState>>;
  /**
   * The shared store, when the app has one. `degraded` (Redis away) does not turn health to 503:
   * questions are still answered, so a load balancer must keep sending them.
   */
  store?: StoreHealth;
}

export interface Health {
  setPlatform(platform: Platform, state: ConnectionState): void;
  /** Marks the process as shutting down: health turns 503 so load balancers stop sending work. */
  setStopping(): void;
  report(): HealthReport;
  /** A node:http handler for GET /healthz (also mounted on Bolt's HTTP receiver as a custom route). */
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export function createHealth(knowledgeVersion: () => string, store?: () => StoreHealth): Health {
  const platforms: HealthReport['platforms'] = {};
  let stopping = false;

  const report = (): HealthReport => {
    const states = Object.values(platforms);
    const status: HealthReport['status'] = stopping
      ? 'stopping'
      : states.includes('failed')
        ? 'unhealthy'
        : states.every((s) => s === 'connected')
          ? 'ok'
          : 'starting';
    return { status, knowledgeVersion: knowledgeVersion(), platforms: { ...platforms }, ...(store ? { store: store() } : {}) };
  };

  return {
    setPlatform: (platform, state) => {
      platforms[platform] = state;
    },
    setStopping: () => {
      stopping = true;
    },
    report,
    handle(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const body = report();
      res.writeHead(body.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
    },
  };
}

/** Serves only /healthz, for when Slack is not in HTTP mode (Socket Mode, Discord only). */
export async function startHealthServer(health: Health, port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === '/healthz') health.handle(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
