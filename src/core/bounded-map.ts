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
