import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGapLog } from '../../src/app/gap-log';
import type { Answer } from '../../src/core/answer';
import { silentLogger } from '../../src/logging/logger';
import { createStore } from '../../src/store/create-store';
import { latency, type Latency } from './stats';

/** One store operation's cost, one call at a time (what a question waits for), in ms. */
export interface StoreOpCost {
  store: 'memory' | 'redis';
  op: string;
  latency: Latency;
}

const ANSWER = { intent: 'compare', frameworks: ['flask', 'django'], topic: 'async' } as unknown as Answer;

/**
 * Each operation a question or event makes on the store, `count` times in a row, on the
 * in-memory store and (given a URL) the Redis store, measured in the same run.
 */
export async function benchStore(count: number, redisUrl: string | null): Promise<StoreOpCost[]> {
  const results: StoreOpCost[] = [];
  for (const redis of redisUrl ? [null, redisUrl] : [null]) {
    const gapLog = createGapLog({ file: join(mkdtempSync(join(tmpdir(), 'whichpy-bench-')), 'gaps.jsonl') });
    const store = createStore({
      config: { cooldown: { limit: 1_000_000, windowMs: 10_000 }, conversationTtlMs: 60_000, redis: redis ? { url: redis, keyPrefix: `store-bench-${process.pid}:` } : null },
      logger: silentLogger(),
      gapLog,
    });
    await store.ready(5000);
    const kind = store.status().kind;
    const ops: Record<string, (i: number) => Promise<unknown>> = {
      'claim an event id': (i) => store.keys('slack-events').claim(`Ev${i}`),
      'cooldown check': (i) => Promise.resolve(store.cooldown.check(`slack:U${i % 1000}`)),
      'conversation read': (i) => store.conversations.get(`slack:C1:${i % 1000}`),
      'conversation write': (i) => store.conversations.remember(`slack:C1:${i % 1000}`, ANSWER),
    };
    for (const [op, run] of Object.entries(ops)) {
      for (let i = 0; i < 200; i++) await run(-i - 1); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await run(i);
        samples.push(performance.now() - started);
      }
      results.push({ store: kind, op, latency: latency(samples) });
    }
    await store.close();
    await gapLog.close();
  }
  return results;
}
