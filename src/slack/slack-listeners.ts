import type { App } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import { untracked, type FeedbackHandler, type IncomingQuestion, type QuestionHandler, type TrackWork } from '../core/adapter';
import type { Answer } from '../core/answer';
import { createExpiringKeys, type ExpiringKeys } from '../core/bounded-map';
import type { ConversationContext } from '../core/conversation';
import { errorAnswer } from '../core/error-answer';
import { messages } from '../core/messages';
import { createDelivery, type Delivery } from '../delivery/delivery';
import type { Logger } from '../logging/logger';
import { withRenderCache } from '../render/render-cache';
import { decodeSlackValue, renderSlack, SLACK_ACTION_PREFIX, slackRenderKey, type SlackMessage } from '../render/render-slack';
import { classifyResponseUrlFailure, classifySlackFailure, postToResponseUrl } from './slack-failures';

export interface SlackListenersConfig {
  command: string;
  handler: QuestionHandler;
  onFeedback?: FeedbackHandler;
  logger: Logger;
  /** Counts each question and its reply as in flight, so shutdown waits for them. */
  track?: TrackWork;
  /** Retries and dead letters for replies (default: retries, no dead-letter file). */
  delivery?: Delivery;
  /** Longest wait for one response_url post (default 10 s). */
  requestTimeoutMs?: number;
  /** Event ids already taken (default: this process's memory; Redis shares them between replicas). */
  claims?: ExpiringKeys;
}

/** A notice (error, slow down) gets no 👍/👎: there is nothing to rate. */
const rateable = (answer: Answer) => answer.confidence > 0;

interface Asked {
  text: string;
  userId: string;
  conversationId: string;
  context?: ConversationContext | null;
}

/**
 * Wires Slack's three ways of asking (slash command, @mention, DM) and the answer buttons to the
 * shared handler. Listeners only translate; every failure is caught here, at the platform edge.
 */
export function registerSlackListeners(app: App, config: SlackListenersConfig): void {
  const { handler, logger } = config;
  const track = config.track ?? untracked;
  // Slack retries an event it thinks we missed (X-Slack-Retry-Num), maybe to another replica; the
  // event_id is the same, so one already claimed is acknowledged (Bolt acks events first) and not
  // answered twice. The claim fails open: with Redis away, a retry is answered rather than lost.
  const claims = config.claims ?? createExpiringKeys(5000, 10 * 60_000);
  const firstTime = async (eventId: unknown): Promise<boolean> => typeof eventId !== 'string' || claims.claim(eventId);

  const answer = async (asked: Asked): Promise<Answer | null> => {
    const question: IncomingQuestion = { platform: 'slack', ...asked };
    try {
      return await handler(question);
    } catch (err) {
      logger.error({ err, platform: 'slack' }, 'handler rejected');
      return errorAnswer();
    }
  };
  // A cached answer asked again is not rendered again (the same question in a team, a button).
  const renderOnce = withRenderCache(renderSlack, slackRenderKey);
  const render = (a: Answer, question: string, options: { shareable?: boolean; askedWith?: ConversationContext | null } = {}): SlackMessage =>
    renderOnce(a, { question, feedback: rateable(a), ...options });

  const delivery = config.delivery ?? createDelivery({ logger });
  const timeoutMs = config.requestTimeoutMs ?? 10_000;
  // Retried per channel, then kept as a dead letter: a reply is delivered or kept, never just logged.
  const postInThread = async (client: webApi.WebClient, channel: string, threadTs: string | undefined, message: SlackMessage) => {
    const payload = { channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...message, unfurl_links: false, unfurl_media: false };
    await delivery.send({
      key: `slack:${channel}`,
      attempt: () => client.chat.postMessage(payload),
      classify: classifySlackFailure,
      letter: { platform: 'slack', kind: 'slack.postMessage', target: { channel, ...(threadTs ? { thread_ts: threadTs } : {}) }, payload },
    });
  };
  /** A post to the click's response_url (valid 30 minutes), retried like a message. */
  type Respond = (body: Record<string, unknown>) => Promise<void>;
  const respondVia = (url: string, channel: string | undefined): Respond => async (body) => {
    await delivery.send({
      key: `slack:${channel ?? 'response_url'}`,
      attempt: () => postToResponseUrl(url, body, timeoutMs),
      classify: classifyResponseUrlFailure,
      letter: { platform: 'slack', kind: 'slack.response_url', target: { url }, payload: body },
    });
  };

  app.command(config.command, ({ command, ack }) => track(async () => {
    // The answer itself is the ack (Slack waits up to 3 s), private to the asker, with "Share".
    try {
      const a = await answer({ text: command.text, userId: command.user_id, conversationId: `slash:${command.channel_id}:${command.trigger_id}` });
      if (!a) return await ack();
      await ack({ response_type: 'ephemeral', ...render(a, command.text, { shareable: true, askedWith: null }) });
    } catch (err) {
      logger.error({ err, platform: 'slack' }, 'slash command failed');
      await ack({ response_type: 'ephemeral', text: messages.internalError }).catch(() => undefined);
    }
  }));

  app.event('app_mention', ({ event, body, client }) => track(async () => {
    // Other bots are ignored so two bots can never answer each other in a loop.
    if (event.bot_id || event.subtype === 'bot_message' || !event.user) return;
    if (!(await firstTime(body.event_id))) return;
    const threadTs = event.thread_ts ?? event.ts;
    const a = await answer({ text: event.text, userId: event.user, conversationId: `${event.channel}:${threadTs}` });
    if (a) await postInThread(client, event.channel, threadTs, render(a, event.text));
  }));

  app.message(({ message, body, client }) => track(async () => {
    // Only DMs: channel messages reach the bot as app_mention. Edits, joins and bot posts
    // (subtype or bot_id set) are not questions.
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message && message.bot_id) return;
    if (!(await firstTime(body.event_id))) return;
    const threadTs = message.thread_ts;
    const a = await answer({ text: message.text ?? '', userId: message.user, conversationId: threadTs ? `${message.channel}:${threadTs}` : message.channel });
    if (a) await postInThread(client, message.channel, threadTs, render(a, message.text ?? ''));
  }));

  app.action(new RegExp(`^${SLACK_ACTION_PREFIX}`), ({ ack, action, body, respond: boltRespond, client }) => track(async () => {
    await ack();
    const button = body as unknown as ButtonBody;
    const respond: Respond = button.response_url ? respondVia(button.response_url, button.channel?.id) : async (m) => void (await boltRespond(m));
    try {
      await onButton(action as { value?: unknown }, button, respond, client);
    } catch (err) {
      logger.error({ err, platform: 'slack' }, 'slack button failed');
      await respond({ response_type: 'ephemeral', replace_original: false, text: messages.internalError }).catch(() => undefined);
    }
  }));

  interface ButtonBody {
    user: { id: string };
    channel?: { id: string };
    message?: { ts: string; thread_ts?: string };
    container?: { is_ephemeral?: boolean };
    response_url?: string;
  }

  async function onButton(action: { value?: unknown }, body: ButtonBody, respond: Respond, client: webApi.WebClient): Promise<void> {
    const decoded = decodeSlackValue(action.value);
    if (!decoded) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: messages.buttonExpired });
      return;
    }
    if (decoded.kind === 'feedback') {
      config.onFeedback?.({ platform: 'slack', helpful: decoded.helpful, question: decoded.question, answerTitle: decoded.answerTitle });
      await respond({ response_type: 'ephemeral', replace_original: false, text: decoded.helpful ? messages.feedbackThanks : messages.feedbackThanksUnhelpful });
      return;
    }
    const userId = body.user.id;
    const channel = body.channel?.id;
    const ephemeral = body.container?.is_ephemeral === true || !body.message;
    if (decoded.kind === 'share') {
      // Slack cannot make an ephemeral message public, so the same answer is posted again
      // publicly through the response URL, and the private copy is removed.
      const a = await answer({ text: decoded.question, userId, conversationId: `share:${channel}:${Date.now()}`, context: decoded.context });
      if (!a) return;
      await respond({ response_type: 'in_channel', replace_original: false, ...render(a, decoded.question) });
      await respond({ delete_original: true }).catch(() => undefined);
      return;
    }
    if (ephemeral || !channel || !body.message) {
      // A private slash answer: the follow-up replaces it in place, still private and shareable.
      const a = await answer({ text: decoded.question, userId, conversationId: `slash:${channel}:${Date.now()}`, context: decoded.context });
      if (a) await respond({ response_type: 'ephemeral', replace_original: true, ...render(a, decoded.question, { shareable: true, askedWith: decoded.context ?? null }) });
      return;
    }
    // A public answer: the follow-up goes in its thread and continues that conversation.
    const threadTs = body.message.thread_ts ?? body.message.ts;
    const a = await answer({ text: decoded.question, userId, conversationId: `${channel}:${threadTs}`, context: decoded.context });
    if (a) await postInThread(client, channel, threadTs, render(a, decoded.question));
  }
}
