/** Per-user rate limit settings: at most `limit` questions per `windowMs` for one user. */
export interface CooldownConfig {
  limit: number;
  windowMs: number;
  /** Users remembered at once; the least recently seen are forgotten first. */
  maxUsers: number;
  now?: () => number;
}

/**
 * What to do with a question: answer it, send the one "slow down" reply for this burst, or
 * stay quiet because that reply was already sent (so a flood gets one reply, not a flood).
 */
export type CooldownVerdict = 'answer' | 'slow_down' | 'quiet';

export interface Cooldown {
  check(userId: string): CooldownVerdict;
  /** How many users are remembered now (bounded by maxUsers). */
  size(): number;
}

/**
 * The cooldown as the question handler asks it: in this process (answers at once) or shared by
 * replicas through Redis (answers asynchronously, and never rejects).
 */
export interface CooldownCheck {
  check(userId: string): CooldownVerdict | Promise<CooldownVerdict>;
}

interface UserWindow {
  times: number[];
  warned: boolean;
}

/**
 * A sliding-window limiter keyed by user. A Map keeps insertion order, so re-inserting on every
 * hit makes the first key the least recently seen: evicting it keeps memory bounded however many
 * users write (a raid of 100,000 accounts costs at most maxUsers entries).
 */
export function createCooldown(config: CooldownConfig): Cooldown {
  const now = config.now ?? Date.now;
  const users = new Map<string, UserWindow>();

  return {
    check(userId) {
      const t = now();
      const entry = users.get(userId) ?? { times: [], warned: false };
      users.delete(userId);
      users.set(userId, entry);
      if (users.size > config.maxUsers) users.delete(users.keys().next().value!);

      entry.times = entry.times.filter((seen) => t - seen < config.windowMs);
      if (entry.times.length < config.limit) {
        entry.times.push(t);
        entry.warned = false;
        return 'answer';
      }
      if (entry.warned) return 'quiet';
      entry.warned = true;
      return 'slow_down';
    },
    size: () => users.size,
  };
}
