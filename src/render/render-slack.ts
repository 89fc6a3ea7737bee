import type { Answer, Suggestion } from '../core/answer';
import { contextKey } from '../core/answer-cache';
import { contextOf, type ConversationContext } from '../core/conversation';
import { messages } from '../core/messages';
import { MAX_BUTTON_QUESTION, type ButtonAction } from './button-action';
import { chunkLines, clip, codeBlock } from './clip';

/** Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** Top-level `text`: Slack allows 40,000, but a notification only needs the gist. */
  fallbackText: 3000,
} as const;

/** Every action id whichpy's buttons use starts with this; the adapter routes on it. */
export const SLACK_ACTION_PREFIX = 'whichpy:';

/** A Block Kit block; typed loosely because Slack's union is huge and we only build a few kinds. */
export type SlackBlock = Record<string, unknown> & { type: string };

/** A message ready for chat.postMessage, respond() or a slash command's ack. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** What the renderer needs beyond the answer, to build buttons that act on the right question. */
export interface SlackRenderOptions {
  /** The question as asked; carried by the Share and 👎 buttons. */
  question: string;
  /** The context the question was answered with; Share carries it to give the same answer. */
  askedWith?: ConversationContext | null;
  /** Private slash answers get "Share in channel". */
  shareable?: boolean;
  /** 👍 / 👎 buttons (all answers but notices). */
  feedback?: boolean;
}

/**
 * Escapes text for Slack's mrkdwn. Only &, < and > are special; with them escaped, text from a
 * question can never become `<!channel>`, `<@U123>` or a link.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });

/** Encodes a button's action in its value, keeping within Slack's 2,000 characters. */
export function encodeSlackValue(action: ButtonAction): string {
  const value = JSON.stringify(action);
  if (value.length <= SLACK_LIMITS.buttonValue) return value;
  return JSON.stringify({ ...action, question: clip(action.question, 200), context: undefined });
}

export function decodeSlackValue(value: unknown): ButtonAction | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as ButtonAction;
    if (parsed && typeof parsed.question === 'string' && ['ask', 'share', 'feedback'].includes(parsed.kind)) return parsed;
  } catch {
    // A value we did not write (an old or forged button): treated as unknown.
  }
  return null;
}

function button(actionId: string, text: string, action: ButtonAction, style?: 'primary' | 'danger'): SlackBlock {
  return {
    type: 'button',
    action_id: clip(actionId, SLACK_LIMITS.actionId),
    text: plain(clip(text.trim() || action.question.trim() || '…', SLACK_LIMITS.buttonText)),
    value: encodeSlackValue(action),
    ...(style ? { style } : {}),
  };
}

function askButtons(kind: string, suggestions: Suggestion[], context: ConversationContext | null): SlackBlock[] {
  return suggestions.slice(0, 5).map((s, i) =>
    button(`${SLACK_ACTION_PREFIX}${kind}:${i}`, s.label, { kind: 'ask', question: clip(s.question, MAX_BUTTON_QUESTION), context }),
  );
}

/** Renders an answer as Block Kit, always within Slack's limits (long parts are split or trimmed). */
export function renderSlack(answer: Answer, options: SlackRenderOptions): SlackMessage {
  const { parts } = answer;
  const context = contextOf(answer);
  const head: SlackBlock[] = [
    { type: 'header', text: plain(clip(parts.title.trim() || 'whichpy', SLACK_LIMITS.headerText)) },
    { type: 'section', text: mrkdwn(clip(escapeSlack(parts.verdict.trim() || parts.title.trim() || 'whichpy'), SLACK_LIMITS.sectionText)) },
  ];
  if (parts.notes.length > 0) {
    head.push({ type: 'context', elements: parts.notes.slice(0, SLACK_LIMITS.contextElements).map((n) => mrkdwn(clip(escapeSlack(n), SLACK_LIMITS.contextText))) });
  }
  for (let i = 0; i < parts.fields.length; i += SLACK_LIMITS.fieldsPerSection) {
    const fields = parts.fields.slice(i, i + SLACK_LIMITS.fieldsPerSection).map((f) =>
      mrkdwn(clip(`*${escapeSlack(f.name)}*\n${f.lines.map(escapeSlack).join('\n')}`, SLACK_LIMITS.fieldText)),
    );
    head.push({ type: 'section', fields });
  }
  // Code was asked for ("show me hello world in falcon"), so it stays with the verdict, untrimmed.
  for (const c of parts.code ?? []) {
    const title = `*${clip(escapeSlack(c.title), 200)}*\n`;
    head.push({ type: 'section', text: mrkdwn(`${title}${codeBlock(escapeSlack(c.code), SLACK_LIMITS.sectionText - title.length)}`) });
  }

  const body: SlackBlock[] = [];
  for (const section of parts.sections) {
    if (section.lines.length === 0) continue;
    const heading = `*${clip(escapeSlack(section.heading), 200)}*`;
    const chunks = chunkLines(section.lines.map((l) => `• ${escapeSlack(l)}`), SLACK_LIMITS.sectionText - heading.length - 1);
    chunks.forEach((chunk, i) => body.push({ type: 'section', text: mrkdwn(i === 0 ? `${heading}\n${chunk}` : chunk) }));
  }

  const tail: SlackBlock[] = [];
  if (parts.didYouMean.length > 0) {
    tail.push({ type: 'section', text: mrkdwn(`*${messages.didYouMeanHeading}?*`) });
    tail.push({ type: 'actions', block_id: 'whichpy_did_you_mean', elements: askButtons('dym', parts.didYouMean, context) });
  }
  if (answer.sources.length > 0) {
    const links = chunkLines(answer.sources.map((s) => `<${s.url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeSlack(s.title)}>`), SLACK_LIMITS.contextText, ' · ');
    const checked = parts.checked ? [mrkdwn(escapeSlack(parts.checked))] : [];
    const room = SLACK_LIMITS.contextElements - 1 - checked.length;
    tail.push({ type: 'context', elements: [mrkdwn(`*${messages.sourcesHeading}:*`), ...links.slice(0, room).map((l) => mrkdwn(l)), ...checked] });
  }
  const followUps = askButtons('next', parts.followUps, context);
  if (followUps.length > 0) tail.push({ type: 'actions', block_id: 'whichpy_follow_ups', elements: followUps });
  const question = clip(options.question, MAX_BUTTON_QUESTION);
  const own: SlackBlock[] = [];
  if (options.shareable) own.push(button(`${SLACK_ACTION_PREFIX}share`, 'Share in channel', { kind: 'share', question, context: options.askedWith ?? null }, 'primary'));
  if (options.feedback) {
    const answerTitle = clip(parts.title, 150);
    own.push(button(`${SLACK_ACTION_PREFIX}feedback:up`, '👍 Helpful', { kind: 'feedback', helpful: true, question, answerTitle }));
    own.push(button(`${SLACK_ACTION_PREFIX}feedback:down`, '👎 Not helpful', { kind: 'feedback', helpful: false, question, answerTitle }));
  }
  if (own.length > 0) tail.push({ type: 'actions', block_id: 'whichpy_answer_actions', elements: own });

  // Past 50 blocks Slack rejects the message, so the reasons are trimmed first (the verdict,
  // the side-by-side view, sources and buttons matter most) and the reader is told.
  const room = SLACK_LIMITS.blocks - head.length - tail.length;
  const keptBody = body.length <= room ? body : [...body.slice(0, Math.max(0, room - 1)), { type: 'context', elements: [mrkdwn(messages.shortenedToFit('Slack'))] }];
  const blocks = [...head, ...keptBody, ...tail].slice(0, SLACK_LIMITS.blocks);
  return { text: clip(escapeSlack(answer.text.trim() || parts.title.trim() || 'whichpy'), SLACK_LIMITS.fallbackText), blocks };
}

/** Every option that changes renderSlack's output, as one string (for withRenderCache). */
export const slackRenderKey = (o: SlackRenderOptions): string => `${o.shareable ? 's' : ''}${o.feedback ? 'f' : ''}|${contextKey(o.askedWith)}\u0000${o.question}`;
