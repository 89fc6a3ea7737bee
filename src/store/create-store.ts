import type { GapLog } from '../app/gap-log';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { createMemoryStore } from './memory-store';
import type { createRedisStore as CreateRedisStore } from './redis-store';
import type { SharedStore } from './store';

/** Users the in-memory cooldown remembers at once; older ones are forgotten first (bounded memory). */
const COOLDOWN_MAX_USERS = 50_000;

export interface StoreOptions {
  config: Pick<AppConfig, 'cooldown' | 'conversationTtlMs' | 'redis'>;
  logger: Logger;
  /**
   * This replica's gap log file (DATA_DIR/gaps.jsonl, rotating): the gap log without Redis, and
   * where gaps go while Redis is away. The caller created it first (an unwritable DATA_DIR stops
   * start-up before Redis is dialled) and closes it after the store, so late fallbacks land.
   */
  gapLog: GapLog;
  /** Longest wait for one Redis command (tests shorten it). */
  commandTimeoutMs?: number;
}

/**
 * The store the app runs on: in this process's memory, or in Redis when REDIS_URL is set. The
 * memory store is built either way: with Redis it is what this replica falls back to while Redis
 * is away (its own cooldown, its own de-duplication, and the gap log file it is given).
 */
export function createStore({ config, logger, commandTimeoutMs, gapLog }: StoreOptions): SharedStore {
  const local = createMemoryStore({
    cooldown: { ...config.cooldown, maxUsers: COOLDOWN_MAX_USERS },
    conversationTtlMs: config.conversationTtlMs,
    gapLog,
  });
  if (!config.redis) return local;
  // Required only with REDIS_URL set: ioredis takes 50-130 ms to load, a tenth of the cold-start
  // budget, and a replica without Redis never uses it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createRedisStore } = require('./redis-store') as { createRedisStore: typeof CreateRedisStore };
  return createRedisStore({ redis: config.redis, logger, cooldown: config.cooldown, conversationTtlMs: config.conversationTtlMs, local, commandTimeoutMs });
}
