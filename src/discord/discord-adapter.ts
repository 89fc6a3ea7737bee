import { once } from 'node:events';
import { ChannelType, Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from '../config/config';
import { untracked, type Adapter, type FeedbackHandler, type IncomingQuestion, type QuestionHandler, type TrackWork } from '../core/adapter';
import type { Answer } from '../core/answer';
import { createExpiringKeys, type ExpiringKeys } from '../core/bounded-map';
import { errorAnswer } from '../core/error-answer';
import { createDelivery, type Delivery } from '../delivery/delivery';
import type { Logger } from '../logging/logger';
import { renderDiscord, type DiscordMessage } from '../render/render-discord';
import { classifyDiscordFailure, rejectRateLimit } from './discord-failures';
import { handleDiscordInteraction } from './discord-interactions';

/** Connection states the adapter reports (the app shows them on /healthz). */
export type DiscordState = 'connected' | 'reconnecting' | 'failed';

export interface DiscordAdapterConfig {
  discord: DiscordConfig;
  handler: QuestionHandler;
  onFeedback?: FeedbackHandler;
  onState?: (state: DiscordState) => void;
  logger: Logger;
  /** How long to wait for the gateway's READY before start() fails (default 30 s). */
  readyTimeoutMs?: number;
  /** Counts each question and its reply as in flight, so shutdown waits for them. */
  track?: TrackWork;
  /**
   * Message and interaction ids already taken. Shared through Redis, two processes receiving the
   * same message (two replicas of one shard during a rolling deploy) answer it once.
   */
  claims?: ExpiringKeys;
  /** Bot message id -> conversation (reply chains); shared through Redis so any process can follow on. */
  chains?: ExpiringKeys;
  /**
   * REST requests per second across the bot (default 50, Discord's global limit). Discord raises
   * it for some large bots; the benchmark lifts it to measure whichpy rather than the limit.
   */
  globalRequestsPerSecond?: number;
  /** Retries and dead letters for replies. */
  delivery?: Delivery;
  /** Longest wait for one REST call (default 10 s; discord.js's own default is 15 s). */
  requestTimeoutMs?: number;
}

/** Lets the interaction handler answer and render the same way messages are. */
export interface DiscordReplyKit {
  ask(question: Omit<IncomingQuestion, 'platform'>): Promise<Answer | null>;
  render(answer: Answer, question: string): DiscordMessage;
  /** Remembers which conversation a message the bot sent belongs to (reply chains). */
  remember(messageId: string | undefined, conversationId: string): Promise<void>;
  conversationOf(messageId: string): Promise<string | undefined>;
  /** True for the one process that takes this message or interaction id (set-if-absent). */
  claim(id: string): Promise<boolean>;
  onFeedback?: FeedbackHandler;
  logger: Logger;
}

/**
 * Discord on discord.js. Needs no privileged intent: Discord sends the content of messages that
 * mention the bot and of DMs without Message Content. Every reply sets allowed mentions to
 * nothing, so no text taken from a question can ping anyone.
 */
export function createDiscordAdapter(config: DiscordAdapterConfig): Adapter {
  const { logger } = config;
  const track = config.track ?? untracked;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until used; without the Channel partial their messages are dropped.
    partials: [Partials.Channel, Partials.Message],
    allowedMentions: { parse: [], repliedUser: false },
    // DISCORD_SHARDS / DISCORD_SHARD_COUNT: this process runs these shards of the whole bot.
    ...(config.discord.shards ? { shards: config.discord.shards.ids, shardCount: config.discord.shards.count } : {}),
    rest: {
      ...(config.discord.apiUrl ? { api: config.discord.apiUrl.replace(/\/$/, '') } : {}),
      ...(config.globalRequestsPerSecond ? { globalRequestsPerSecond: config.globalRequestsPerSecond } : {}),
      // Replies are retried by `delivery` (backoff, jitter, dead letters), not three times at once.
      retries: 0,
      timeout: config.requestTimeoutMs ?? 10_000,
      rejectOnRateLimit: rejectRateLimit,
    },
  });
  const delivery = config.delivery ?? createDelivery({ logger });
  // Bot message id -> conversation, so a reply to the bot's answer follows on from it.
  const chains = config.chains ?? createExpiringKeys(10_000, 24 * 60 * 60_000);
  const claims = config.claims ?? createExpiringKeys(5000, 10 * 60_000);
  const kit: DiscordReplyKit = {
    async ask(question) {
      try {
        return await config.handler({ platform: 'discord', ...question });
      } catch (err) {
        logger.error({ err, platform: 'discord' }, 'handler rejected');
        return errorAnswer();
      }
    },
    render: (answer, question) => renderDiscord(answer, { question, feedback: answer.confidence > 0 }),
    remember: async (messageId, conversationId) => {
      if (messageId) await chains.set(messageId, conversationId);
    },
    conversationOf: (messageId) => chains.get(messageId),
    claim: (id) => claims.claim(id),
    onFeedback: config.onFeedback,
    logger,
  };

  client.on(Events.MessageCreate, (message) => track(async () => {
    try {
      // Bots (and the bot itself) are ignored so two bots can never answer each other in a loop.
      if (message.author.bot || !client.user) return;
      const isDm = message.channel.type === ChannelType.DM;
      // mentions.users holds direct mentions (and reply pings) only: @everyone, @here and role
      // mentions reach the bot too, but are not questions to it.
      if (!isDm && !message.mentions.users.has(client.user.id)) return;
      if (!(await claims.claim(`message:${message.id}`))) return;
      const referenced = message.reference?.messageId;
      const conversationId = isDm
        ? `dm:${message.channelId}`
        : message.channel.isThread()
          ? `thread:${message.channelId}`
          : ((referenced && (await chains.get(referenced))) || `msg:${message.id}`);
      const answer = await kit.ask({ text: message.content, userId: message.author.id, conversationId });
      if (!answer) return;
      const reply = kit.render(answer, message.content);
      const sent = await delivery.send({
        key: `discord:${message.channelId}`,
        attempt: () => message.reply({ ...reply, failIfNotExists: false }),
        classify: classifyDiscordFailure,
        letter: { platform: 'discord', kind: 'discord.message', target: { channelId: message.channelId, replyTo: message.id }, payload: reply },
      });
      if (sent) await kit.remember(sent.id, conversationId);
    } catch (err) {
      // 403 / 50013 (missing permissions), 429 after retries, 5xx: logged, and the bot carries on.
      logger.error({ err, platform: 'discord', channel: message.channelId, code: (err as { code?: unknown }).code }, 'discord reply failed');
    }
  }));
  client.on(Events.InteractionCreate, (interaction) => track(() => handleDiscordInteraction(interaction, kit)));
  client.on(Events.ShardDisconnect, () => config.onState?.('reconnecting'));
  client.on(Events.ShardReconnecting, () => config.onState?.('reconnecting'));
  client.on(Events.ShardResume, () => config.onState?.('connected'));
  client.on(Events.ShardReady, () => config.onState?.('connected'));
  client.on(Events.Error, (err) => logger.error({ err, platform: 'discord' }, 'discord client error'));

  return {
    platform: 'discord',
    async start() {
      const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(config.readyTimeoutMs ?? 30_000) });
      // If login fails, READY never comes and the wait above would later reject with nobody
      // listening, an unhandled rejection that takes the process down; it is settled here instead.
      ready.catch(() => undefined);
      try {
        // The wait bounds login too: behind a proxy that accepts connections and never answers,
        // login would wait out the whole request timeout; start-up fails on its own clock instead.
        await Promise.all([client.login(config.discord.token), ready]);
      } catch (err) {
        await client.destroy();
        throw err;
      }
      logger.info({ platform: 'discord', user: client.user?.id, guilds: client.guilds.cache.size }, 'discord connected');
    },
    async stop() {
      await client.destroy();
    },
  };
}
