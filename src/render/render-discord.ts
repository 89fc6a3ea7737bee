import type { Answer, Suggestion } from '../core/answer';
import { messages } from '../core/messages';
import { chunkLines, clip, codeBlock } from './clip';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

/** Every custom_id whichpy's buttons use starts with this; the adapter routes on it. */
export const DISCORD_ID_PREFIX = 'wp:';
/** Sources may fill this many fields; beyond that the rest are left out (reasons matter more). */
const MAX_SOURCE_FIELDS = 3;
/** The longest question a 👎 button carries (custom_id holds 100 characters in all). */
const FEEDBACK_QUESTION_CHARS = DISCORD_LIMITS.customId - `${DISCORD_ID_PREFIX}f:0:`.length;

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

/** An embed as Discord's API takes it (discord.js accepts this JSON as is). */
export interface DiscordEmbed {
  title: string;
  description: string;
  color: number;
  fields: DiscordEmbedField[];
  footer?: { text: string };
}

export interface DiscordButton {
  type: 2;
  style: 1 | 2 | 3 | 4;
  label: string;
  custom_id: string;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

/** A reply ready for discord.js: no mention in it can ever ping anyone (`allowedMentions`). */
export interface DiscordMessage {
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  allowedMentions: { parse: []; repliedUser: false };
}

/** What a whichpy button does, decoded from its custom_id. */
export type DiscordButtonAction = { kind: 'ask'; question: string } | { kind: 'feedback'; helpful: boolean; question: string };

const PYTHON_BLUE = 0x306998;

/**
 * Defuses mention syntax in text shown to people: `allowedMentions` already stops pings, and this
 * also keeps `@everyone` or `<@123>` from displaying as a mention at all.
 */
export function escapeDiscord(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

export function encodeDiscordId(action: DiscordButtonAction): string {
  if (action.kind === 'ask') return clip(`${DISCORD_ID_PREFIX}a:${action.question}`, DISCORD_LIMITS.customId);
  return `${DISCORD_ID_PREFIX}f:${action.helpful ? 1 : 0}:${clip(action.question, FEEDBACK_QUESTION_CHARS)}`;
}

export function decodeDiscordId(id: string): DiscordButtonAction | null {
  const ask = /^wp:a:([\s\S]*)$/.exec(id);
  if (ask) return { kind: 'ask', question: ask[1]! };
  const feedback = /^wp:f:([01]):([\s\S]*)$/.exec(id);
  if (feedback) return { kind: 'feedback', helpful: feedback[1] === '1', question: feedback[2]! };
  return null;
}

const embedSize = (e: DiscordEmbed) => e.title.length + e.description.length + (e.footer?.text.length ?? 0) + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);

/** A row of buttons with unique custom_ids (Discord rejects duplicates within a message). */
function row(suggestions: Suggestion[], used: Set<string>, style: 1 | 2): DiscordActionRow | null {
  const components: DiscordButton[] = [];
  for (const s of suggestions) {
    const id = encodeDiscordId({ kind: 'ask', question: s.question.trim() || s.label.trim() || 'help' });
    if (used.has(id) || components.length === DISCORD_LIMITS.buttonsPerRow) continue;
    used.add(id);
    components.push({ type: 2, style, label: clip(s.label.trim() || s.question.trim() || 'Ask', DISCORD_LIMITS.buttonLabel), custom_id: id });
  }
  return components.length > 0 ? { type: 1, components } : null;
}

export interface DiscordRenderOptions {
  /** The question as asked; the 👎 button carries it (shortened) to the gap log. */
  question: string;
  feedback?: boolean;
}

/** Renders an answer as one embed with buttons, always within Discord's limits. */
export function renderDiscord(answer: Answer, options: DiscordRenderOptions): DiscordMessage {
  const { parts } = answer;
  const description = [parts.verdict, ...parts.notes.map((n) => `*${n}*`)].filter((s) => s.trim()).map(escapeDiscord).join('\n\n');
  const embed: DiscordEmbed = {
    title: clip(escapeDiscord(parts.title.trim() || 'whichpy'), DISCORD_LIMITS.title),
    description: clip(description || 'whichpy', DISCORD_LIMITS.description),
    color: PYTHON_BLUE,
    fields: [],
  };
  const field = (name: string, value: string, inline = false) =>
    embed.fields.push({ name: clip(escapeDiscord(name.trim() || '…'), DISCORD_LIMITS.fieldName), value: clip(escapeDiscord(value.trim() || '—'), DISCORD_LIMITS.fieldValue), inline });
  for (const f of parts.fields) field(f.name, f.lines.join('\n'), true);
  // Code goes in as written: escaping would put backslashes inside the code block.
  for (const c of parts.code ?? []) {
    embed.fields.push({ name: clip(escapeDiscord(c.title), DISCORD_LIMITS.fieldName), value: codeBlock(c.code.replace(/@(everyone|here)/gi, '@\u200b$1'), DISCORD_LIMITS.fieldValue, c.language), inline: false });
  }
  for (const section of parts.sections) {
    chunkLines(section.lines.map((l) => `• ${l}`), DISCORD_LIMITS.fieldValue).forEach((chunk, i) => field(i === 0 ? section.heading : `${section.heading} (more)`, chunk));
  }
  if (parts.didYouMean.length > 0) field(`${messages.didYouMeanHeading}?`, parts.didYouMean.map((s) => `• ${s.question}`).join('\n'));
  // Sources come last and must survive trimming, so they are kept aside until the end. Links are
  // whole or absent: a long list continues in a second field rather than being cut mid-link.
  const sourceLinks = answer.sources.map((s) => `[${escapeDiscord(s.title.replace(/[[\]]/g, ''))}](${s.url.replace(/[()\s]/g, encodeURIComponent)})`);
  const sources = chunkLines(sourceLinks, DISCORD_LIMITS.fieldValue, ' · ')
    .slice(0, MAX_SOURCE_FIELDS)
    .map((value, i) => ({ name: i === 0 ? messages.sourcesHeading : `${messages.sourcesHeading} (more)`, value }));
  // Room is kept for the sources fields and for the "shortened" footer, which are added last.
  const reserved = sources.reduce((sum, f) => sum + f.name.length + f.value.length, 0) + messages.shortenedToFit('Discord').length + (parts.checked?.length ?? 0) + 1;
  // Past 25 fields or 6,000 characters Discord rejects the message: drop reasons from the end
  // (the verdict and side-by-side view matter most), then shorten the description.
  const maxFields = DISCORD_LIMITS.fields - sources.length;
  let trimmed = embed.fields.length > maxFields;
  embed.fields = embed.fields.slice(0, maxFields);
  while (embed.fields.length > 0 && embedSize(embed) + reserved > DISCORD_LIMITS.embedTotal) {
    embed.fields.pop();
    trimmed = true;
  }
  if (embedSize(embed) + reserved > DISCORD_LIMITS.embedTotal) {
    embed.description = clip(embed.description, Math.max(1, DISCORD_LIMITS.embedTotal - reserved - embedSize({ ...embed, description: '' }) - 100));
  }
  embed.fields.push(...sources);
  const footer = [parts.checked, trimmed ? messages.shortenedToFit('Discord') : undefined].filter(Boolean).join(' ');
  if (footer) embed.footer = { text: clip(footer, DISCORD_LIMITS.footer) };

  const used = new Set<string>();
  const rows = [row(parts.followUps, used, 2), row(parts.didYouMean, used, 1)].filter((r): r is DiscordActionRow => r !== null);
  if (options.feedback) {
    rows.push({
      type: 1,
      components: [
        { type: 2, style: 2, label: '👍 Helpful', custom_id: encodeDiscordId({ kind: 'feedback', helpful: true, question: options.question }) },
        { type: 2, style: 2, label: '👎 Not helpful', custom_id: encodeDiscordId({ kind: 'feedback', helpful: false, question: options.question }) },
      ],
    });
  }
  return { embeds: [embed], components: rows.slice(0, DISCORD_LIMITS.rows), allowedMentions: { parse: [], repliedUser: false } };
}
