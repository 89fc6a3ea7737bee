import { createQuestionHandler } from '../../src/app/question-handler';
import type { Adapter } from '../../src/core/adapter';
import { createMatcher } from '../../src/core/matcher';
import { createDelivery, type DeadLetter } from '../../src/delivery/delivery';
import { createDiscordAdapter } from '../../src/discord/discord-adapter';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { CHANNEL_ID, startFakeDiscord, type DiscordCall, type DiscordFault, type FakeDiscord } from '../fakes/fake-discord';
import { discordText, messageCreate } from '../fakes/discord-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
const isPost = (c: DiscordCall) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path);
const isFailedPost = (c: DiscordCall) => c.method === 'POST' && /^\/channels\/\d+\/messages#/.test(c.path);

/** The same faults as on Slack, against the real discord.js client. */
describe('Discord replies under failing APIs (real discord.js against a faulty fake Discord)', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  const deadLetters: DeadLetter[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    adapter = createDiscordAdapter({
      discord: { token: 'fake-token', applicationId: null, guildId: null, apiUrl: fake.apiUrl, shards: null },
      handler: createQuestionHandler({ matcher: () => matcher, logger: silentLogger() }),
      logger: silentLogger(),
      delivery: createDelivery({ logger: silentLogger(), policy: { windowMs: 2_000, baseDelayMs: 20, maxDelayMs: 100 }, deadLetters: { add: (l) => deadLetters.push(l) } }),
      requestTimeoutMs: 300,
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  it.each<[string, DiscordFault[]]>([
    ['a 500', [{ status: 500 }]],
    ['a 502 then a 503', [{ status: 502 }, { status: 503 }]],
    ['a 429 with Retry-After', [{ status: 429, retryAfter: '0.05' }]],
    ['a 429 without Retry-After', [{ status: 429 }]],
    ['a connection reset', ['reset']],
    ['a hung API (client timeout)', ['hang']],
    ['three failures in a row', [{ status: 500 }, 'reset', { status: 429 }]],
  ])('delivers the reply after %s', async (_name, faults) => {
    const from = fake.calls.length;
    fake.injectFaults(faults);
    fake.dispatch('MESSAGE_CREATE', messageCreate('what is flask'));
    const reply = await fake.waitForCall(isPost, 5_000, from);
    expect(discordText(reply!.body)).toMatch(/Flask/);
    expect(fake.calls.slice(from).filter(isFailedPost)).toHaveLength(faults.length);
  });

  it('keeps a reply that still fails as a dead letter with everything needed to resend it', async () => {
    const before = deadLetters.length;
    fake.injectFaults(Array(500).fill({ status: 500 }));
    const message = messageCreate('what is flask');
    fake.dispatch('MESSAGE_CREATE', message);
    for (let waited = 0; deadLetters.length === before && waited < 8_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    fake.injectFaults([]);
    const letter = deadLetters.at(-1)!;
    expect(letter).toMatchObject({ platform: 'discord', kind: 'discord.message', target: { channelId: CHANNEL_ID, replyTo: message.id }, reason: 'http 500' });
    expect(letter.attempts).toBeGreaterThan(2);
    expect(discordText(JSON.parse(JSON.stringify(letter.payload)) as Record<string, unknown>)).toMatch(/Flask/);
  });

  it('a permanent error (no permission) goes to the dead letters at once, without retrying', async () => {
    const before = deadLetters.length;
    fake.injectFaults([{ status: 403, code: 50013 }]);
    fake.dispatch('MESSAGE_CREATE', messageCreate('what is flask'));
    for (let waited = 0; deadLetters.length === before && waited < 5_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(deadLetters.at(-1)).toMatchObject({ kind: 'discord.message', reason: 'http 403', attempts: 1 });
  });
});
