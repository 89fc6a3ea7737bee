/**
 * A Map that keeps at most `max` entries, dropping the least recently used. Adapters use it for
 * ids they must remember for a while (Slack event ids against retries, Discord reply chains),
 * so memory stays bounded however long the bot runs.
 */
export interface BoundedMap<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  has(key: K): boolean;
  readonly size: number;
}

export function createBoundedMap<K, V>(max: number): BoundedMap<K, V> {
  const entries = new Map<K, V>();
  return {
    get(key) {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > max) entries.delete(entries.keys().next().value as K);
    },
    has: (key) => entries.has(key),
    get size() {
      return entries.size;
    },
  };
}

/**
 * Keys remembered for a while, maybe shared between processes: Slack event ids and Discord
 * message ids claimed so one replica answers, Discord reply chains. Every call resolves, never
 * rejects: a shared implementation that cannot reach its store fails open (a claim succeeds, a
 * lookup finds nothing), so remembering never stands between a question and its answer.
 */
export interface ExpiringKeys {
  /** Set-if-absent: true only for the first caller to claim `key` within the time-to-live. */
  claim(key: string): Promise<boolean>;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** The in-process ExpiringKeys: at most `max` keys, each forgotten `ttlMs` after it was set. */
export function createExpiringKeys(max: number, ttlMs: number, now: () => number = Date.now): ExpiringKeys {
  const entries = createBoundedMap<string, { value: string; at: number }>(max);
  const live = (key: string) => {
    const entry = entries.get(key);
    return entry && now() - entry.at < ttlMs ? entry : undefined;
  };
  return {
    claim(key) {
      if (live(key)) return Promise.resolve(false);
      entries.set(key, { value: '1', at: now() });
      return Promise.resolve(true);
    },
    get: (key) => Promise.resolve(live(key)?.value),
    set(key, value) {
      entries.set(key, { value, at: now() });
      return Promise.resolve();
    },
  };
}
