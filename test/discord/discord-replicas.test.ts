import { startApp, type RunningApp } from '../../src/app/run-app';
import { silentLogger } from '../../src/logging/logger';
import { startFakeDiscord, type DiscordCall, type FakeDiscord } from '../fakes/fake-discord';
import { commandInteraction, discordText, messageCreate } from '../fakes/discord-payloads';
import { fakeDiscordConfig, testAppConfig } from '../support/app-config';
import { startRedisServer, type RedisServer } from '../support/redis-server';

const isPost = (c: DiscordCall) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path);
const followsOn = /following on from your last question/i;

/**
 * Two processes on one Redis receiving the same gateway events, as two replicas of one shard do
 * during a rolling deploy: each message is claimed by its id, so it is answered once, and a reply
 * chain started by one process continues on the other.
 */
describe('Discord: two processes of one shard sharing one Redis', () => {
  let redis: RedisServer;
  let discord: FakeDiscord;
  let apps: RunningApp[];

  beforeAll(async () => {
    [redis, discord] = await Promise.all([startRedisServer(), startFakeDiscord()]);
    const config = testAppConfig({ healthPort: 0, discord: { ...fakeDiscordConfig(discord.apiUrl), shards: { ids: [1], count: 2 } }, redis: { url: redis.url, keyPrefix: 'shards:' } });
    apps = await Promise.all([0, 1].map(() => startApp({ config, logger: silentLogger(), host: '127.0.0.1', watchKnowledge: false })));
  }, 30_000);
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await discord.close();
    await redis.stop();
  });

  it('each process identifies as the shard it was given (DISCORD_SHARDS of DISCORD_SHARD_COUNT)', () => {
    expect(discord.identifies).toEqual([[1, 2], [1, 2]]);
  });

  it('a message both receive is answered once; a reply to that answer continues on either', async () => {
    const from = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', messageCreate('flask vs django'));
    const answer = await discord.waitForCall(isPost, 5000, from);
    discord.dispatch('MESSAGE_CREATE', messageCreate('and for async?', { replyTo: answer!.createdId! }));
    const followUp = await discord.waitForCall((c) => isPost(c) && c !== answer, 5000, from);
    expect(discordText(followUp!.body)).toMatch(followsOn);
    // A marker message after both: once its answer is posted, any duplicate would have been too.
    const marker = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', messageCreate('what is wsgi'));
    await discord.waitForCall(isPost, 5000, marker);
    expect(discord.calls.slice(from).filter(isPost).map((c) => discordText(c.body))).toEqual([
      expect.stringMatching(/Flask/),
      expect.stringMatching(followsOn),
      expect.stringMatching(/WSGI/),
    ]);
  });

  it('a /whichpy interaction both receive gets one response (a second would fail: already acknowledged)', async () => {
    const isCallback = (c: DiscordCall) => /^\/interactions\/\d+\/[^/]+\/callback$/.test(c.path);
    const from = discord.calls.length;
    discord.dispatch('INTERACTION_CREATE', commandInteraction('what is asgi'));
    await discord.waitForCall(isCallback, 5000, from);
    const marker = discord.calls.length;
    discord.dispatch('INTERACTION_CREATE', commandInteraction('what is wsgi'));
    await discord.waitForCall(isCallback, 5000, marker);
    expect(discord.calls.slice(from).filter(isCallback)).toHaveLength(2);
  });
});
