import { createQuestionHandler } from '../../src/app/question-handler';
import { createMatcher } from '../../src/core/matcher';
import { createDelivery, type DeadLetter } from '../../src/delivery/delivery';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-adapter';
import { startFakeSlack, type FakeSlack, type SlackFault } from '../fakes/fake-slack';
import { appMentionEvent, blockActionsForm, sendToBolt, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { fakeSlackConfig } from '../support/app-config';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
const POST = '/api/chat.postMessage';

/**
 * Replies are delivered or kept: the fake Slack injects 429s (with and without Retry-After),
 * 500s, resets and hangs; the real Bolt client retries with backoff per channel, and what still
 * fails becomes a dead letter holding everything needed to resend it.
 */
describe('Slack replies under failing APIs (real Bolt against a faulty fake Slack)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let port: number;
  const deadLetters: DeadLetter[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack();
    adapter = createSlackAdapter({
      slack: fakeSlackConfig(fake.apiUrl),
      host: '127.0.0.1',
      logger: silentLogger(),
      handler: createQuestionHandler({ matcher: () => matcher, logger: silentLogger() }),
      // Short backoff, a 2 s window and a 300 ms client timeout keep the test fast; the shape is production's.
      delivery: createDelivery({ logger: silentLogger(), policy: { windowMs: 2_000, baseDelayMs: 20, maxDelayMs: 100 }, deadLetters: { add: (l) => deadLetters.push(l) } }),
      requestTimeoutMs: 300,
    });
    await adapter.start();
    port = adapter.port()!;
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  const mention = async (text: string, channel = 'C0GENERAL') => {
    await sendToBolt(port, JSON.stringify(appMentionEvent(text, { channel })), { json: true });
  };
  const delivered = (from: number, channel = 'C0GENERAL', ms = 5_000) => fake.waitForCall((c) => c.path === POST && c.body.channel === channel, ms, from);

  it.each<[string, SlackFault[]]>([
    ['a 500', [{ status: 500 }]],
    ['a 429 with Retry-After', [{ status: 429, retryAfter: '0' }]],
    ['a 429 without Retry-After', [{ status: 429 }]],
    ['a connection reset', ['reset']],
    ['a hung API (client timeout)', ['hang']],
    ['a transient Slack error', [{ slackError: 'internal_error' }]],
    ['three failures in a row', [{ status: 500 }, 'reset', { status: 429 }]],
  ])('delivers the reply after %s', async (_name, faults) => {
    const from = fake.calls.length;
    fake.injectFaults('post', faults);
    await mention('what is flask');
    const call = await delivered(from);
    expect(slackText(call!.body)).toMatch(/Flask/);
    expect(fake.calls.slice(from).filter((c) => c.path === `${POST}#failed`)).toHaveLength(faults.length);
  });

  it('a Retry-After on one channel does not hold up replies to another', async () => {
    const from = fake.calls.length;
    fake.injectFaults('post', [{ status: 429, retryAfter: '1' }], 'C0SLOW');
    await mention('what is flask', 'C0SLOW');
    await fake.waitForCall((c) => c.path === `${POST}#failed`, 3_000, from);
    await mention('what is django', 'C0FAST');
    const fast = await delivered(from, 'C0FAST');
    const slow = await delivered(from, 'C0SLOW');
    expect(fake.calls.indexOf(fast!)).toBeLessThan(fake.calls.indexOf(slow!));
  });

  it('keeps a reply that still fails as a dead letter with everything needed to resend it', async () => {
    const from = fake.calls.length;
    const before = deadLetters.length;
    fake.injectFaults('post', Array(500).fill({ status: 500 }));
    await sendToBolt(port, JSON.stringify(appMentionEvent('what is flask', { channel: 'C0DOWN', threadTs: '1700000000.000100' })), { json: true });
    for (let waited = 0; deadLetters.length === before && waited < 8_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    fake.injectFaults('post', []); // clears the faults left over
    const letter = deadLetters.at(-1)!;
    expect(letter).toMatchObject({ platform: 'slack', kind: 'slack.postMessage', target: { channel: 'C0DOWN', thread_ts: '1700000000.000100' }, reason: 'http 500' });
    expect(letter.attempts).toBeGreaterThan(2);
    expect(letter.payload).toMatchObject({ channel: 'C0DOWN', thread_ts: '1700000000.000100', blocks: expect.any(Array), text: expect.stringMatching(/Flask/) });
    expect(fake.calls.slice(from).some((c) => c.path === POST && c.body.channel === 'C0DOWN')).toBe(false);
  });

  it('a permanent error (channel gone) goes to the dead letters at once, without retrying', async () => {
    const before = deadLetters.length;
    fake.injectFaults('post', [{ slackError: 'channel_not_found' }]);
    await mention('what is flask', 'C0GONE');
    for (let waited = 0; deadLetters.length === before && waited < 5_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(deadLetters.at(-1)).toMatchObject({ kind: 'slack.postMessage', target: { channel: 'C0GONE' }, reason: 'slack channel_not_found', attempts: 1 });
  });

  it('retries the response_url post of "Share in channel"', async () => {
    const answer = (await sendToBolt(port, slashCommandForm('what is flask', fake.responseUrl('unused')))).json();
    const share = (answer.blocks as Array<{ type: string; elements?: { action_id: string; value: string }[] }>).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'whichpy:share')!;
    const from = fake.calls.length;
    fake.injectFaults('respond', [{ status: 500 }, 'reset', { status: 429 }]);
    await sendToBolt(port, blockActionsForm(share, { responseUrl: fake.responseUrl('share'), ephemeral: true }));
    const posted = await fake.waitForCall((c) => c.path === '/respond/share' && c.body.response_type === 'in_channel', 5_000, from);
    expect(slackText(posted!.body)).toMatch(/Flask/);
    expect(fake.calls.slice(from).filter((c) => c.path === '/respond/share#failed')).toHaveLength(3);
  });
});
