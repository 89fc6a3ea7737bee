import { Redis } from 'ioredis';
import type { GapEntry, GapLog } from '../app/gap-log';
import { ConfigError, type RedisSettings } from '../config/config';
import type { RedisConnection } from './redis-connection';

/** The stream's key (after the key prefix) and roughly how many entries it keeps (oldest trimmed). */
export const GAP_STREAM = 'gaps';
export const GAP_STREAM_MAX_ENTRIES = 100_000;
/** The longest question kept, as in the file log. */
const MAX_STORED_QUESTION = 500;

/**
 * The gap log as a capped Redis stream, so `npm run report` sees every replica's gaps in one
 * place. Each entry is one XADD of the JSON line the file log would write, trimmed to about
 * GAP_STREAM_MAX_ENTRIES. Writing never waits on the answer; an entry Redis cannot take goes to
 * this replica's rotating file log (`fallback`) instead, so nothing is lost while Redis is away.
 * The fallback belongs to the caller, who closes it after this (and the connection) are closed.
 */
export function createRedisGapLog(connection: RedisConnection, fallback: GapLog, now: () => Date = () => new Date()): GapLog {
  // XADDs under way, so close() can wait for them (and their fallback writes) before Redis goes.
  const pending = new Set<Promise<void>>();
  let closed = false;
  return {
    record(entry) {
      if (closed) {
        fallback.record(entry);
        return;
      }
      const line: GapEntry = { at: now().toISOString(), ...entry, question: String(entry.question).slice(0, MAX_STORED_QUESTION) };
      const write = connection.attempt(
        async (client) => void (await client.xadd(GAP_STREAM, 'MAXLEN', '~', GAP_STREAM_MAX_ENTRIES, '*', 'entry', JSON.stringify(line))),
        () => fallback.record(entry),
      );
      pending.add(write);
      void write.finally(() => pending.delete(write));
    },
    // Nothing to reopen: logrotate renames the fallback file, which its owner reopens.
    reopen() {},
    async close() {
      closed = true;
      await Promise.allSettled([...pending]);
    },
  };
}

/** Every entry in the stream, oldest first, read in pages; entries that are not gap entries are skipped. */
export async function readGapStream(client: Redis): Promise<GapEntry[]> {
  const entries: GapEntry[] = [];
  let start = '-';
  for (;;) {
    const page = await client.xrange(GAP_STREAM, start, '+', 'COUNT', 1000);
    for (const [, fields] of page) {
      try {
        const parsed = JSON.parse(fields[fields.indexOf('entry') + 1] ?? '') as GapEntry;
        if (parsed && typeof parsed.question === 'string' && (parsed.kind === 'unanswered' || parsed.kind === 'unhelpful')) entries.push(parsed);
      } catch {
        // Something else wrote to the stream; it is not ours to report.
      }
    }
    if (page.length < 1000) return entries;
    start = `(${page[page.length - 1]![0]}`;
  }
}

/**
 * For `npm run report`: reads the whole stream with a short-lived client, failing with an error
 * that names REDIS_URL (never its value, which may hold a password) when Redis cannot be reached.
 */
export async function readGapStreamAt(redis: RedisSettings): Promise<GapEntry[]> {
  const client = new Redis(redis.url, { keyPrefix: redis.keyPrefix, lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await readGapStream(client);
  } catch (err) {
    throw new ConfigError({ variable: 'REDIS_URL', message: `could not read the gap log from Redis (${(err as Error).message}); check the host, port and password, or unset REDIS_URL to read DATA_DIR/gaps.jsonl` });
  } finally {
    client.disconnect();
  }
}
