import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { createGapLog, type GapLog } from '../../src/app/gap-log';
import { readGapLog } from '../../src/app/gap-read';
import type { Answer } from '../../src/core/answer';
import { silentLogger } from '../../src/logging/logger';
import { createStore } from '../../src/store/create-store';
import { readGapStream } from '../../src/store/redis-gap-log';
import type { SharedStore } from '../../src/store/store';
import { capturedLogger } from '../support/captured-logger';
import { startRedisServer, type RedisServer } from '../support/redis-server';

const answerAbout = (frameworks: string[], topic: string | null = null) => ({ intent: 'compare', frameworks, topic }) as unknown as Answer;
const gap = (question: string, platform = 'slack') => ({ kind: 'unanswered' as const, platform, question, intent: 'out_of_scope', frameworks: [], topic: null, confidence: 0.2, answer: 'Not sure' });
const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 10_000) => {
  for (const started = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 25))) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
  }
};

/** Two stores on one Redis are two replicas: whatever one remembers, the other sees. */
describe('the Redis store (a real redis-server, two replicas)', () => {
  let redis: RedisServer;
  const stores: SharedStore[] = [];
  const gapLogs: GapLog[] = [];
  const replica = async (options: { prefix?: string; conversationTtlMs?: number; logger?: ReturnType<typeof silentLogger> } = {}) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'whichpy-store-'));
    const gapLog = createGapLog({ file: join(dataDir, 'gaps.jsonl') });
    gapLogs.push(gapLog);
    const store = createStore({
      config: { cooldown: { limit: 3, windowMs: 60_000 }, conversationTtlMs: options.conversationTtlMs ?? 60_000, redis: { url: redis.url, keyPrefix: options.prefix ?? 'test:' } },
      logger: options.logger ?? silentLogger(),
      gapLog,
      commandTimeoutMs: 300,
    });
    stores.push(store);
    expect(await store.ready(5000)).toBe(true);
    return { store, dataDir, gapLog };
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  }, 20_000);
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await Promise.all(gapLogs.map((g) => g.close()));
    await redis.stop();
  });

  it('reports itself as Redis, reachable', async () => {
    const { store } = await replica();
    expect(store.status()).toEqual({ kind: 'redis', state: 'ok' });
  });

  it('a claimed id is taken by exactly one replica, even when both claim at once', async () => {
    const [a, b] = [(await replica()).store, (await replica()).store];
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).keys('slack-events').claim('Ev-once')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.keys('slack-events').claim('Ev-other')).toBe(true);
    // Key spaces are apart: a Discord message id does not collide with a Slack event id.
    expect(await b.keys('discord-messages').claim('Ev-once')).toBe(true);
  });

  it('a conversation remembered on one replica continues on the other, and expires with its TTL', async () => {
    const [a, b] = [(await replica({ conversationTtlMs: 400 })).store, (await replica({ conversationTtlMs: 400 })).store];
    await a.conversations.remember('slack:C1:1.0', answerAbout(['flask', 'django']));
    expect(await b.conversations.get('slack:C1:1.0')).toEqual({ intent: 'compare', frameworks: ['flask', 'django'], topic: null });
    await b.keys('discord-chains').set('bot-message-1', 'msg:42');
    expect(await a.keys('discord-chains').get('bot-message-1')).toBe('msg:42');
    // The chain was set a moment after the conversation, so it expires a moment later.
    await until(async () => (await b.conversations.get('slack:C1:1.0')) === null, 'the conversation to expire');
    await until(async () => (await a.keys('discord-chains').get('bot-message-1')) === undefined, 'the reply chain to expire');
  });

  it('the cooldown is one limit across replicas, atomic under concurrency', async () => {
    const [a, b] = [(await replica()).store, (await replica()).store];
    const alternating = [];
    for (let i = 0; i < 6; i++) alternating.push(await (i % 2 ? b : a).cooldown.check('slack:U-ALTERNATE'));
    expect(alternating).toEqual(['answer', 'answer', 'answer', 'slow_down', 'quiet', 'quiet']);

    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).cooldown.check('slack:U-BURST')));
    expect(burst.filter((v) => v === 'answer')).toHaveLength(3);
    expect(burst.filter((v) => v === 'slow_down')).toHaveLength(1);
    expect(await a.cooldown.check('slack:U-SOMEONE-ELSE')).toBe('answer');
  });

  it('every replica writes the gap log into one capped stream', async () => {
    const [a, b] = [(await replica({ prefix: 'gaps-test:' })).store, (await replica({ prefix: 'gaps-test:' })).store];
    a.gapLog.record(gap('is masonite good?'));
    b.gapLog.record(gap('web2py vs django', 'discord'));
    const reader = new Redis(redis.url, { keyPrefix: 'gaps-test:' });
    try {
      await until(async () => (await readGapStream(reader)).length === 2, 'both entries');
      // Two connections: either replica's entry may land first.
      expect(await readGapStream(reader)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'unanswered', platform: 'slack', question: 'is masonite good?', at: expect.stringMatching(/^\d{4}-/) }),
          expect.objectContaining({ platform: 'discord', question: 'web2py vs django' }),
        ]),
      );
    } finally {
      reader.disconnect();
    }
  });

  it('close() lets a gap entry under way reach the stream; later ones go to the file log, which the store leaves to its owner', async () => {
    const { store, dataDir, gapLog } = await replica({ prefix: 'closing:' });
    store.gapLog.record(gap('recorded just before shutdown'));
    await store.close();
    store.gapLog.record(gap('recorded after the store closed'));
    await gapLog.close();
    const reader = new Redis(redis.url, { keyPrefix: 'closing:' });
    try {
      expect((await readGapStream(reader)).map((e) => e.question)).toEqual(['recorded just before shutdown']);
    } finally {
      reader.disconnect();
    }
    expect((await readGapLog(join(dataDir, 'gaps.jsonl'))).map((e) => e.question)).toEqual(['recorded after the store closed']);
  });

  it('different key prefixes are different bots: nothing is shared', async () => {
    const [a, b] = [(await replica({ prefix: 'bot-a:' })).store, (await replica({ prefix: 'bot-b:' })).store];
    expect(await a.keys('slack-events').claim('Ev-prefixed')).toBe(true);
    expect(await b.keys('slack-events').claim('Ev-prefixed')).toBe(true);
    await a.conversations.remember('c', answerAbout(['flask']));
    expect(await b.conversations.get('c')).toBeNull();
  });

  it('with Redis slow (busy for a second): a call gives up after the command timeout, and the store is degraded until Redis answers again', async () => {
    const log = capturedLogger();
    const { store } = await replica({ logger: log.logger, prefix: 'slow:' });
    await store.conversations.remember('slack:C5:1.0', answerAbout(['flask']));
    const blocker = new Redis(redis.url);
    try {
      const busy = blocker.call('DEBUG', 'SLEEP', '1.5');
      await new Promise((r) => setTimeout(r, 50));
      // Null, not the context: the call gave up instead of waiting for the busy Redis's reply.
      expect(await store.conversations.get('slack:C5:1.0')).toBeNull();
      expect(store.status().state).toBe('degraded');
      await busy;
      await until(async () => (await store.conversations.get('slack:C5:1.0')) !== null, 'Redis to answer again');
      expect(store.status().state).toBe('ok');
      expect([log.count(/shared store unreachable/), log.count(/reachable again/)]).toEqual([1, 1]);
    } finally {
      blocker.disconnect();
    }
  });

  it('with Redis down: nothing rejects, claims fail open (a retry to the same replica is still caught), no context, local cooldown, gaps to the file; logged once; back when Redis is', async () => {
    const log = capturedLogger();
    const { store: a, dataDir } = await replica({ logger: log.logger, prefix: 'outage:' });
    const { store: b } = await replica({ prefix: 'outage:' });
    await a.conversations.remember('slack:C9:1.0', answerAbout(['fastapi']));
    await redis.stop();
    await until(() => a.status().state === 'degraded', 'the store to report degraded');

    for (let i = 0; i < 10; i++) {
      expect(await a.conversations.get('slack:C9:1.0')).toBeNull();
      await a.conversations.remember('slack:C9:1.0', answerAbout(['flask']));
    }
    expect(await a.keys('slack-events').claim('Ev-outage')).toBe(true);
    expect(await b.keys('slack-events').claim('Ev-outage')).toBe(true);
    expect(await a.keys('slack-events').claim('Ev-outage')).toBe(false);
    expect(await a.keys('discord-chains').get('anything')).toBeUndefined();
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await a.cooldown.check('slack:U-OUTAGE'));
    expect(verdicts).toEqual(['answer', 'answer', 'answer', 'slow_down', 'quiet']);
    a.gapLog.record(gap('asked while redis was away'));
    await until(async () => (await readGapLog(join(dataDir, 'gaps.jsonl'))).length === 1, 'the gap to reach the file');
    expect(log.count(/shared store unreachable/)).toBe(1);

    await redis.start();
    await until(() => a.status().state === 'ok' && b.status().state === 'ok', 'both replicas to reconnect');
    expect(log.count(/shared store reachable again/)).toBe(1);
    await a.conversations.remember('slack:C9:1.0', answerAbout(['django']));
    expect(await b.conversations.get('slack:C9:1.0')).toEqual(expect.objectContaining({ frameworks: ['django'] }));
    expect(log.count(/shared store unreachable/)).toBe(1);
  }, 30_000);
});
