import pino from 'pino';
import type { Logger } from '../../src/logging/logger';

/** A real pino logger whose lines are kept for assertions (what was logged, how often). */
export function capturedLogger(): { logger: Logger; lines: Array<{ level: number; msg: string } & Record<string, unknown>>; count(msg: RegExp): number } {
  const lines: Array<{ level: number; msg: string } & Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
  return { logger, lines, count: (msg) => lines.filter((l) => msg.test(l.msg)).length };
}
