import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, startRedisServer, type RedisServer } from '../support/redis-server';
import { runCli } from '../support/run-cli';

const entry = (question: string, platform = 'slack') =>
  JSON.stringify({ at: '2026-11-20T10:00:00.000Z', kind: 'unanswered', platform, question, intent: 'out_of_scope', frameworks: [], topic: null, confidence: 0.3, answer: 'Not sure' });

/** With REDIS_URL the report reads every replica's gaps from the stream, plus this machine's file. */
describe('npm run report with REDIS_URL', () => {
  let redis: RedisServer;
  const dataDir = mkdtempSync(join(tmpdir(), 'whichpy-report-redis-'));

  beforeAll(async () => {
    redis = await startRedisServer();
    const client = new Redis(redis.url, { keyPrefix: 'team:' });
    for (const [q, p] of [['is masonite good?', 'slack'], ['Is Masonite good', 'discord'], ['web2py?', 'slack']]) await client.xadd('gaps', '*', 'entry', entry(q!, p));
    await client.xadd('gaps', '*', 'entry', '{"not": "a gap"}');
    client.disconnect();
    // Written by this replica while Redis was away.
    writeFileSync(join(dataDir, 'gaps.jsonl'), `${entry('is masonite good')}\n`);
  }, 20_000);
  afterAll(() => redis.stop());

  it('counts the stream and the fallback file together', async () => {
    const { code, stdout } = await runCli('src/cli/report.ts', ['--json'], { env: { DATA_DIR: dataDir, REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'team:' } });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { stream: string; total: number; unanswered: { question: string; count: number }[] };
    expect(report).toMatchObject({ stream: 'team:gaps', total: 4 });
    expect(report.unanswered[0]).toEqual(expect.objectContaining({ question: 'is masonite good?', count: 3 }));
  });

  it('an unreachable Redis is an error naming REDIS_URL, never its password', async () => {
    const url = `redis://:hunter2-secret@127.0.0.1:${await freePort()}`;
    const { code, stderr } = await runCli('src/cli/report.ts', [], { env: { DATA_DIR: dataDir, REDIS_URL: url } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/REDIS_URL: could not read the gap log/);
    expect(stderr).not.toMatch(/hunter2/);
  });
});
