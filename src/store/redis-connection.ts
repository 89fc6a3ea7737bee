import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { RedisSettings } from '../config/config';
import type { Logger } from '../logging/logger';
import type { StoreState } from './store';

/**
 * Longest wait for one Redis command. A slower store counts as down for that question, which is
 * answered without shared state: a Slack slash command must be acked within 3 s, and a person
 * should never wait on a cache.
 */
export const DEFAULT_COMMAND_TIMEOUT_MS = 200;
/** "Unreachable" is logged at most this often, however often a flapping store comes and goes. */
const WARN_EVERY_MS = 60_000;

export interface RedisConnectionConfig {
  redis: RedisSettings;
  logger: Logger;
  commandTimeoutMs?: number;
}

/** One Redis client shared by every part of the store, and what the store knows of its health. */
export interface RedisConnection {
  client: Redis;
  /** Runs a command; if Redis is down or slow, returns `fallback()` instead and marks the store degraded. */
  attempt<T>(command: (client: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T>;
  state(): StoreState;
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * ioredis with the settings that keep Redis out of the answer path: no offline queue (a command
 * while disconnected fails at once instead of waiting for the reconnect), a short command timeout,
 * no per-command retries, and reconnection forever in the background (backing off to 2 s).
 * State changes are logged once each, never per question.
 */
export function createRedisConnection(config: RedisConnectionConfig): RedisConnection {
  const { logger } = config;
  const client = new Redis(config.redis.url, {
    keyPrefix: config.redis.keyPrefix,
    enableOfflineQueue: false,
    commandTimeout: config.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
    connectionName: 'whichpy',
    // Commands issued in the same tick (many questions at once) go out in one write.
    enableAutoPipelining: true,
  });
  // Degraded until the first connection: a question before it is answered without shared state.
  let state: StoreState = 'degraded';
  let everReady = false;
  let announcedDown = false;
  let warnedAt = -Infinity;
  let closing = false;
  let closed: Promise<void> | null = null;

  const degrade = (reason: string) => {
    if (closing) return;
    const wasOk = state === 'ok';
    state = 'degraded';
    // Logged on the way down (or while it never came up), and at most once a minute.
    if ((wasOk || !everReady) && Date.now() - warnedAt >= WARN_EVERY_MS) {
      warnedAt = Date.now();
      announcedDown = true;
      logger.warn({ store: 'redis', reason }, 'shared store unreachable: answering without shared state (no follow-up context, de-duplication per replica) while it reconnects');
    }
  };
  const recover = () => {
    if (state === 'ok' || closing) return;
    state = 'ok';
    if (!everReady) logger.info({ store: 'redis' }, 'shared store connected');
    else if (announcedDown) logger.info({ store: 'redis' }, 'shared store reachable again');
    everReady = true;
    announcedDown = false;
  };
  client.on('ready', recover);
  // ioredis emits an error for every failed reconnect attempt; the state change is logged once.
  client.on('error', (err: Error) => degrade(err.message));
  client.on('close', () => degrade('connection closed'));

  return {
    client,
    async attempt(command, fallback) {
      try {
        const result = await command(client);
        if (client.status === 'ready') recover();
        return result;
      } catch (err) {
        degrade((err as Error).message);
        return fallback();
      }
    },
    state: () => state,
    async ready(timeoutMs) {
      if (client.status === 'ready') return true;
      try {
        await once(client, 'ready', { signal: AbortSignal.timeout(timeoutMs) });
        return true;
      } catch {
        return false;
      }
    },
    close() {
      // Once: a second close() (disconnecting a client that had already quit) left a timer running that kept jest alive.
      closed ??= (async () => {
        closing = true;
        if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
        else client.disconnect();
      })();
      return closed;
    },
  };
}
