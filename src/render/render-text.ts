import type { Answer } from '../core/answer';
import { messages } from '../core/messages';

/** How plain text is laid out: `width` wraps long lines at word boundaries (a terminal's columns). */
export interface TextRenderOptions {
  width?: number;
}

// Narrower than this, wrapping hurts more than it helps (a split pane, a pipe that reports 0).
const MIN_WIDTH = 30;

/**
 * Wraps one line to `width` at spaces. Continuation lines keep the line's indentation, and a
 * bullet's text lines up under its first word, so lists stay readable when the terminal is narrow.
 */
function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const indent = /^(\s*(?:[•\-*] )?)/.exec(line)![1]!.replace(/[•\-*]/, ' ');
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (current && next.length > width) {
      out.push(current);
      current = `${indent}${word}`;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

/** Plain text for terminals and logs: the answer, then its sources as "title <url>". */
export function renderText(answer: Answer, options: TextRenderOptions = {}): string {
  const sources = answer.sources.map((s) => `• ${s.title} <${s.url}>`);
  const followUps = answer.parts.followUps.map((s) => `• ${s.question}`);
  const text = [
    answer.text,
    ...(followUps.length > 0 ? [`${messages.followUpsHeading}:\n${followUps.join('\n')}`] : []),
    ...(sources.length > 0 ? [`${messages.sourcesHeading}:\n${sources.join('\n')}`] : []),
  ].join('\n\n');
  const width = options.width;
  if (!width || width < MIN_WIDTH) return text;
  // Code keeps its lines as written: a wrapped line of Python is a different program.
  const codeLines = new Set((answer.parts.code ?? []).flatMap((c) => c.code.split('\n')));
  return text
    .split('\n')
    .flatMap((line) => (codeLines.has(line) ? [line] : wrapLine(line, width)))
    .join('\n');
}
