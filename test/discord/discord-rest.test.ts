import { recommendedShardCount, registerCommands } from '../../src/discord/discord-rest';
import { APP_ID, GUILD_ID, startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord';

describe('Discord REST tasks against the fake', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(() => fake.close());
  const discord = () => ({ token: 'fake-token', applicationId: APP_ID, guildId: null as string | null, apiUrl: fake.apiUrl, shards: null });

  it('registers /whichpy globally', async () => {
    expect(await registerCommands(discord())).toEqual({ scope: 'global', names: ['whichpy'] });
    const call = fake.calls.find((c) => c.path === `/applications/${APP_ID}/commands`)!;
    expect(call.method).toBe('PUT');
    expect((call.body as unknown as Array<{ options: Array<{ name: string }> }>)[0]!.options.map((o) => o.name)).toEqual(['question', 'private']);
  });

  it('registers /whichpy in one guild when a guild id is configured', async () => {
    expect(await registerCommands({ ...discord(), guildId: GUILD_ID })).toEqual({ scope: 'guild', names: ['whichpy'] });
    expect(fake.calls.some((c) => c.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`)).toBe(true);
  });

  it('reads the recommended shard count from /gateway/bot', async () => {
    expect(await recommendedShardCount(discord())).toBe(1);
  });
});
