import type { Answer } from '../core/answer';
import { messages } from '../core/messages';

/** Plain text for terminals and logs: the answer, then its sources as "title <url>". */
export function renderText(answer: Answer): string {
  const sources = answer.sources.map((s) => `• ${s.title} <${s.url}>`);
  const followUps = answer.parts.followUps.map((s) => `• ${s.question}`);
  return [
    answer.text,
    ...(followUps.length > 0 ? [`${messages.followUpsHeading}:\n${followUps.join('\n')}`] : []),
    ...(sources.length > 0 ? [`${messages.sourcesHeading}:\n${sources.join('\n')}`] : []),
  ].join('\n\n');
}
