import type { Adapter, QuestionHandler } from '../../src/core/adapter';
import { createDiscordAdapter } from '../../src/discord/discord-adapter';
import { silentLogger } from '../../src/logging/logger';
import { runAdapterContract, type AdapterHarness } from '../contract/adapter-contract';
import { BOT_USER, startFakeDiscord, type DiscordCall, type FakeDiscord } from '../fakes/fake-discord';
import { discordText, messageCreate, type MessageOptions } from '../fakes/discord-payloads';

function discordHarness(): AdapterHarness {
  let fake: FakeDiscord;
  let adapter: Adapter;
  let last: DiscordCall | null = null;

  const send = async (text: string, o: MessageOptions = {}) => {
    const from = fake.calls.length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(text, o));
    last = await fake.waitForCall((c) => c.method === 'POST' && /\/messages$/.test(c.path), 1000, from);
    return last ? discordText(last.body) : null;
  };

  return {
    async start(handler: QuestionHandler) {
      fake = await startFakeDiscord();
      adapter = createDiscordAdapter({ discord: { token: 'fake-token', applicationId: null, guildId: null, apiUrl: fake.apiUrl, shards: null }, handler, logger: silentLogger() });
      await adapter.start();
    },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
    ask: (text) => send(text),
    askAsOtherBot: (text) => send(text, { author: { id: '900000000000000099', username: 'otherbot', bot: true } }),
    askAsSelf: (text) => send(text, { author: BOT_USER }),
    // Discord pings only what allowed_mentions lets through; whichpy lets nothing through.
    lastReplyCouldPing: () => {
      const allowed = last?.body.allowed_mentions as { parse?: unknown[]; users?: unknown[]; roles?: unknown[]; replied_user?: boolean } | undefined;
      return !allowed || (allowed.parse?.length ?? 1) > 0 || (allowed.users?.length ?? 0) > 0 || (allowed.roles?.length ?? 0) > 0;
    },
  };
}

runAdapterContract('Discord', discordHarness);
