import type { AnswerParts } from './answer';
import { messages } from './messages';

/**
 * The plain-text form of an answer, as a person reads it in a terminal or a notification.
 * Sources are not included: each renderer shows them in its own way.
 */
export function partsToText(parts: AnswerParts): string {
  const blocks: string[] = [parts.title, parts.verdict];
  if (parts.notes.length > 0) blocks.push(parts.notes.join(' '));
  if (parts.fields.length > 0) {
    blocks.push(parts.fields.map((f) => `${f.name}: ${f.lines.join(' — ')}`).join('\n'));
  }
  for (const section of parts.sections) {
    if (section.lines.length === 0) continue;
    blocks.push([`${section.heading}:`, ...section.lines.map((l) => `• ${l}`)].join('\n'));
  }
  for (const c of parts.code ?? []) blocks.push(`${c.title}:\n${c.code.trimEnd()}`);
  if (parts.didYouMean.length > 0) {
    blocks.push([`${messages.didYouMeanHeading}:`, ...parts.didYouMean.map((s) => `• ${s.question}`)].join('\n'));
  }
  if (parts.checked) blocks.push(parts.checked);
  return blocks.filter((b) => b.trim().length > 0).join('\n\n');
}
