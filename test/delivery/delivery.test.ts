import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeadLetterFile } from '../../src/app/dead-letters';
import { createDelivery, type DeadLetter, type FailureVerdict } from '../../src/delivery/delivery';
import { silentLogger } from '../../src/logging/logger';

const letter = { platform: 'slack' as const, kind: 'slack.postMessage' as const, target: { channel: 'C1' }, payload: { channel: 'C1', text: 'hi' } };
const failing = (verdicts: FailureVerdict[]) => {
  let calls = 0;
  return {
    attempt: async () => {
      const v = verdicts[calls++];
      if (v) throw v;
      return 'sent';
    },
    classify: (err: unknown) => err as FailureVerdict,
    calls: () => calls,
  };
};

describe('reply delivery', () => {
  it.each<[string, FailureVerdict[], string | null, number]>([
    ['succeeds at once', [], 'sent', 1],
    ['retries transient failures', [{ retryable: true, reason: 'http 500' }, { retryable: true, reason: 'ECONNRESET' }], 'sent', 3],
    ['waits a Retry-After', [{ retryable: true, retryAfterMs: 30, reason: 'http 429' }], 'sent', 2],
    ['gives up at once on a permanent failure', [{ retryable: false, reason: 'slack channel_not_found' }], null, 1],
    ['gives up when the Retry-After is past the window', [{ retryable: true, retryAfterMs: 60_000, reason: 'http 429' }], null, 1],
  ])('%s', async (_name, verdicts, result, calls) => {
    const letters: DeadLetter[] = [];
    const delivery = createDelivery({ logger: silentLogger(), policy: { windowMs: 1_000, baseDelayMs: 5, maxDelayMs: 20 }, deadLetters: { add: (l) => letters.push(l) } });
    const job = failing(verdicts);
    expect(await delivery.send({ key: 'slack:C1', ...job, letter })).toBe(result);
    expect(job.calls()).toBe(calls);
    expect(letters).toEqual(result ? [] : [expect.objectContaining({ ...letter, reason: verdicts[0]!.reason, attempts: calls })]);
  });

  it('on shutdown, a reply waiting for its retry goes to the dead letters at once', async () => {
    const letters: DeadLetter[] = [];
    const delivery = createDelivery({ logger: silentLogger(), policy: { windowMs: 60_000, baseDelayMs: 30_000, maxDelayMs: 30_000 }, deadLetters: { add: (l) => letters.push(l) }, random: () => 1 });
    const job = failing(Array(5).fill({ retryable: true, reason: 'http 503' }));
    const sending = delivery.send({ key: 'slack:C1', ...job, letter });
    while (job.calls() === 0) await new Promise((r) => setImmediate(r));
    delivery.abandon();
    await expect(sending).resolves.toBeNull();
    expect(letters).toEqual([expect.objectContaining({ reason: 'http 503', attempts: 1 })]);
  });

  it('keeps dead letters as JSON lines in a file, and a failure to write is logged, not thrown', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'whichpy-dead-')), 'dead-letters.jsonl');
    createDeadLetterFile(file, silentLogger(), () => new Date('2026-11-25T12:00:00Z')).add({ ...letter, reason: 'http 500', attempts: 7, firstTriedAt: 'x' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ at: '2026-11-25T12:00:00.000Z', ...letter, reason: 'http 500', attempts: 7, firstTriedAt: 'x' });
    expect(() => createDeadLetterFile(join(file, 'not-a-dir', 'x.jsonl'), silentLogger()).add({ ...letter, reason: 'r', attempts: 1, firstTriedAt: 'x' })).not.toThrow();
  });
});
