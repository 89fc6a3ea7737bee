import type { CooldownCheck } from '../app/cooldown';
import type { GapLog } from '../app/gap-log';
import type { CooldownSettings, RedisSettings } from '../config/config';
import type { ExpiringKeys } from '../core/bounded-map';
import { contextOf, type ConversationContext, type ConversationStore } from '../core/conversation';
import type { Logger } from '../logging/logger';
import { createRedisConnection, type RedisConnection } from './redis-connection';
import { createRedisCooldown } from './redis-cooldown';
import { createRedisGapLog } from './redis-gap-log';
import { keySpaceSettings, type KeySpace, type SharedStore } from './store';

export interface RedisStoreConfig {
  redis: RedisSettings;
  logger: Logger;
  cooldown: CooldownSettings;
  conversationTtlMs: number;
  /** This replica's own store: its cooldown, claims and gap log stand in while Redis is away. */
  local: SharedStore;
  commandTimeoutMs?: number;
}

/**
 * Keys in Redis, each with its key space's time-to-live. A claim is SET NX PX: exactly one
 * replica gets "OK" for an event id. While Redis is away a claim falls back to this replica's
 * memory (a retry to the same replica is still caught; one to another replica is answered again,
 * which beats answering nobody), and a lookup finds nothing.
 */
function redisKeys(connection: RedisConnection, space: KeySpace, ttlMs: number, local: ExpiringKeys): ExpiringKeys {
  const key = (k: string) => `${space}:${k}`;
  return {
    claim: (k) => connection.attempt(async (c) => (await c.set(key(k), '1', 'PX', ttlMs, 'NX')) === 'OK', () => local.claim(k)),
    get: (k) => connection.attempt(async (c) => (await c.get(key(k))) ?? undefined, () => undefined),
    set: (k, value) => connection.attempt(async (c) => void (await c.set(key(k), value, 'PX', ttlMs)), () => undefined),
  };
}

/** Conversations as JSON under `conversation:<id>`, expiring with the conversation TTL. */
function redisConversations(connection: RedisConnection, ttlMs: number): ConversationStore {
  const key = (id: string) => `conversation:${id}`;
  return {
    get: (id) =>
      connection.attempt(async (c) => {
        const raw = await c.get(key(id));
        return raw ? (JSON.parse(raw) as ConversationContext) : null;
      }, () => null),
    async remember(id, answer) {
      const context = contextOf(answer);
      if (context) await connection.attempt(async (c) => void (await c.set(key(id), JSON.stringify(context), 'PX', ttlMs)), () => undefined);
    },
  };
}

/** The store shared by every replica pointing at the same REDIS_URL and key prefix. */
export function createRedisStore(config: RedisStoreConfig): SharedStore {
  const connection = createRedisConnection({ redis: config.redis, logger: config.logger, commandTimeoutMs: config.commandTimeoutMs });
  const settings = keySpaceSettings(config.conversationTtlMs);
  const spaces = new Map<KeySpace, ExpiringKeys>();
  const cooldown: CooldownCheck = createRedisCooldown(connection, config.cooldown, config.local.cooldown);
  const gapLog: GapLog = createRedisGapLog(connection, config.local.gapLog);
  return {
    status: () => ({ kind: 'redis', state: connection.state() }),
    keys(space) {
      let keys = spaces.get(space);
      if (!keys) spaces.set(space, (keys = redisKeys(connection, space, settings[space].ttlMs, config.local.keys(space))));
      return keys;
    },
    conversations: redisConversations(connection, config.conversationTtlMs),
    cooldown,
    gapLog,
    ready: (timeoutMs) => connection.ready(timeoutMs),
    async close() {
      // XADDs under way finish (or fall back to the file) before the connection goes.
      await gapLog.close();
      await connection.close();
      await config.local.close();
    },
  };
}
