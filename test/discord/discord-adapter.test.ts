import type { Adapter, Feedback } from '../../src/core/adapter';
import { createQuestionHandler } from '../../src/app/question-handler';
import { createConversationMemory } from '../../src/core/conversation';
import { createMatcher } from '../../src/core/matcher';
import { createDiscordAdapter } from '../../src/discord/discord-adapter';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { CHANNEL_ID, DM_CHANNEL_ID, startFakeDiscord, THREAD_ID, type DiscordCall, type FakeDiscord } from '../fakes/fake-discord';
import { buttonInteraction, commandInteraction, discordText, messageCreate, type MessageOptions } from '../fakes/discord-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

// One matcher, built once, as the app does: building one trains the intent classifier.
const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
const isPost = (c: DiscordCall) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path);
const isCallback = (c: DiscordCall) => /\/callback$/.test(c.path);
type Embed = { title: string };
const titleOf = (c: DiscordCall | null) => ((c!.body.embeds ?? (c!.body.data as { embeds: Embed[] }).embeds) as Embed[])[0]!.title;

describe('Discord adapter (real discord.js against a fake gateway and REST on 127.0.0.1)', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  const feedback: Feedback[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    adapter = createDiscordAdapter({
      discord: { token: 'fake-token', applicationId: null, guildId: null, apiUrl: fake.apiUrl, shards: null },
      handler: createQuestionHandler({ matcher: () => matcher, logger: silentLogger(), conversations: createConversationMemory() }),
      onFeedback: (f) => feedback.push(f),
      logger: silentLogger(),
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  const say = async (text: string, o: MessageOptions = {}, ms = 3000) => {
    const from = fake.calls.length;
    const message = messageCreate(text, o);
    fake.dispatch('MESSAGE_CREATE', message);
    return { message, reply: await fake.waitForCall(isPost, ms, from) };
  };

  describe('mentions and DMs', () => {
    it('replies to a mention with an embed, a reference to the question and no pings', async () => {
      const { message, reply } = await say('flask vs django for admin panel');
      expect(reply!.path).toBe(`/channels/${CHANNEL_ID}/messages`);
      expect(reply!.body.message_reference).toMatchObject({ message_id: message.id });
      expect(reply!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(discordText(reply!.body)).toMatch(/Flask-Admin/);
    });

    it('answers a DM in the DM', async () => {
      const { reply } = await say('what is asgi', { dm: true });
      expect(reply!.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
      expect(discordText(reply!.body)).toMatch(/ASGI/);
    });

    it('gives the help answer for a bare mention', async () => {
      const { reply } = await say('');
      expect(discordText(reply!.body)).toMatch(/whichpy helps you choose/i);
    });

    it.each<[string, MessageOptions]>([
      ['a message from another bot', { author: { id: '900000000000000099', username: 'otherbot', bot: true } }],
      ['a message that does not mention the bot', { mentionBot: false }],
      ['a message that reaches the bot only through @everyone', { mentionBot: false, mentionEveryone: true }],
      ['a message that reaches the bot only through a role mention', { mentionBot: false, mentionRoles: ['900000000000000077'] }],
    ])('ignores %s', async (_name, o) => {
      const { reply } = await say('flask vs django', o, 400);
      expect(reply).toBeNull();
    });
  });

  describe('failures', () => {
    it('retries after a 429 and the reply still arrives', async () => {
      fake.failNextPosts(1, 429);
      const { reply } = await say('what is flask');
      expect(reply).not.toBeNull();
      expect(fake.calls.some((c) => c.path.endsWith('#429'))).toBe(true);
    });

    it('retries after a 500 and the reply still arrives', async () => {
      fake.failNextPosts(2, 500);
      const { reply } = await say('what is django');
      expect(discordText(reply!.body)).toMatch(/Django/);
    });

    it('survives a 403 (code 50013, missing permission: not retried) and answers the next message', async () => {
      fake.failNextPosts(1, 403, 50013);
      const from = fake.calls.length;
      await say('what is django', {}, 1500);
      expect(fake.calls.slice(from).filter((c) => c.path.endsWith('#403'))).toHaveLength(1);
      const { reply } = await say('what is bottle');
      expect(discordText(reply!.body)).toMatch(/Bottle/);
    });
  });

  describe('conversations', () => {
    it('a reply to the bot\'s answer follows on; a new mention starts fresh', async () => {
      const { reply: first } = await say('flask vs django');
      const { reply: followUp } = await say('and for async?', { replyTo: first!.createdId });
      expect(titleOf(followUp)).toMatch(/^Flask vs Django: Async/i);
      // The chain goes on: a reply to the follow-up still knows the frameworks.
      const { reply: third } = await say('what about fastapi?', { replyTo: followUp!.createdId });
      expect(titleOf(third)).toMatch(/FastAPI/);
      expect(titleOf(third)).toMatch(/Flask|Django/);
      const { reply: fresh } = await say('and for async?');
      expect(titleOf(fresh)).not.toMatch(/ vs /);
    });

    it('a thread is one conversation; another channel does not inherit it', async () => {
      await say('flask vs django', { channelId: THREAD_ID });
      const { reply: followUp } = await say('and for async?', { channelId: THREAD_ID });
      expect(titleOf(followUp)).toMatch(/^Flask vs Django: Async/i);
      const { reply: elsewhere } = await say('and for async?', { channelId: CHANNEL_ID });
      expect(titleOf(elsewhere)).not.toMatch(/ vs /);
    });

    it('a DM is one conversation', async () => {
      await say('what is fastapi', { dm: true });
      const { reply } = await say('pros?', { dm: true });
      expect(titleOf(reply)).toMatch(/FastAPI/);
    });
  });

  describe('slash command and buttons', () => {
    const command = async (question: string | null, isPrivate = false) => {
      const from = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', commandInteraction(question, isPrivate));
      return fake.waitForCall(isCallback, 3000, from);
    };

    it('answers /whichpy with the embed in the interaction callback', async () => {
      const call = await command('does fastapi have an orm?');
      expect(call!.body.type).toBe(4);
      const data = call!.body.data as { flags?: number; allowed_mentions: unknown };
      expect(data.flags ?? 0).toBe(0);
      expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(discordText(call!.body)).toMatch(/FastAPI/);
    });

    it('answers privately (ephemeral flag) when asked', async () => {
      const call = await command('flask vs django', true);
      expect((call!.body.data as { flags: number }).flags & 64).toBe(64);
    });

    it('answers help for /whichpy with no question', async () => {
      expect(discordText((await command(null))!.body)).toMatch(/whichpy helps you choose/i);
    });

    it('a follow-up button answers its question', async () => {
      const answer = await command('flask vs django for admin panel');
      const rows = (answer!.body.data as { components: Array<{ components: Array<{ custom_id: string }> }> }).components;
      const from = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', buttonInteraction(rows[0]!.components[0]!.custom_id));
      const clicked = await fake.waitForCall(isCallback, 3000, from);
      expect(clicked!.body.type).toBe(4);
      expect(titleOf(clicked)).toMatch(/Flask vs Django/);
    });

    it('a follow-up button on a private answer updates it in place', async () => {
      const from = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', buttonInteraction('wp:a:what is wsgi', { ephemeral: true }));
      const clicked = await fake.waitForCall(isCallback, 3000, from);
      expect(clicked!.body.type).toBe(7); // UPDATE_MESSAGE
    });

    it('👎 records the question and thanks privately', async () => {
      const from = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', buttonInteraction('wp:f:0:is bottle good for big apps', { embeds: [{ title: 'Bottle: Scalability' }] }));
      const thanks = await fake.waitForCall(isCallback, 3000, from);
      expect((thanks!.body.data as { flags: number }).flags & 64).toBe(64);
      expect(feedback.at(-1)).toEqual({ platform: 'discord', helpful: false, question: 'is bottle good for big apps', answerTitle: 'Bottle: Scalability' });
    });

    it('an unknown whichpy button gets a kind private reply', async () => {
      const from = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', buttonInteraction('wp:zz:nonsense'));
      const reply = await fake.waitForCall(isCallback, 3000, from);
      expect((reply!.body.data as { flags: number }).flags & 64).toBe(64);
    });
  });
});
