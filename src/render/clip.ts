/**
 * Cuts text to at most `max` characters (UTF-16 units, as Slack and Discord count), ending with
 * "…" when something was cut. Never splits a surrogate pair, so an emoji cannot turn into a
 * broken character that a platform would reject.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Splits lines into chunks of at most `max` characters joined by `separator`, clipping any
 * single line that is longer than a chunk on its own. The separator counts towards the limit,
 * so a wider one (" · " in Slack's sources line) cannot push a chunk past it.
 */
export function chunkLines(lines: string[], max: number, separator = '\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = clip(raw, max);
    if (current && current.length + separator.length + line.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}${separator}${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * A fenced code block of at most `max` characters. Code is cut at a line boundary (a half line of
 * Python misleads more than a missing one) and backtick fences inside it are broken up, so the
 * block can never close early.
 */
export function codeBlock(code: string, max: number, language = ''): string {
  const open = `\`\`\`${language}\n`;
  const close = '\n```';
  const room = max - open.length - close.length;
  const lines = code.trimEnd().replace(/```/g, '`\u200b`\u200b`').split('\n');
  let body = '';
  for (const line of lines) {
    const next = body ? `${body}\n${line}` : line;
    if (next.length > room - 2) {
      body = body ? `${body}\n…` : clip(line, Math.max(1, room));
      break;
    }
    body = next;
  }
  return `${open}${body}${close}`;
}
