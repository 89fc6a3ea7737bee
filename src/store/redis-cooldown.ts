import { randomUUID } from 'node:crypto';
import type { CooldownCheck, CooldownVerdict } from '../app/cooldown';
import type { CooldownSettings } from '../config/config';
import type { RedisConnection } from './redis-connection';

/**
 * The sliding window of app/cooldown.ts, run atomically inside Redis so replicas share one limit:
 * a sorted set of the user's question times (Redis's own clock, so replicas' clocks need not
 * agree) and a "warned" flag, both expiring with the window. Returns the verdict.
 */
const SLIDING_WINDOW = `
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return 'answer'
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', window) then return 'slow_down' end
return 'quiet'
`;

type WithCooldown = { whichpyCooldown(times: string, warned: string, limit: number, windowMs: number, member: string): Promise<string> };

/**
 * Shared cooldown; while Redis is unreachable each replica falls back to its own in-memory
 * limiter (`local`), so a flood is still held back, per replica, rather than let through.
 */
export function createRedisCooldown(connection: RedisConnection, settings: CooldownSettings, local: CooldownCheck): CooldownCheck {
  connection.client.defineCommand('whichpyCooldown', { numberOfKeys: 2, lua: SLIDING_WINDOW });
  const client = connection.client as unknown as WithCooldown;
  return {
    check: (userId) =>
      connection.attempt(
        async () => {
          // The hash tag keeps both keys in one slot, so the script also runs on Redis Cluster.
          const key = `cooldown:{${userId}}`;
          return (await client.whichpyCooldown(key, `${key}:warned`, settings.limit, settings.windowMs, randomUUID())) as CooldownVerdict;
        },
        () => local.check(userId),
      ),
  };
}
