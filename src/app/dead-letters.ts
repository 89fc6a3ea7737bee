import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DeadLetter, DeadLetterSink } from '../delivery/delivery';
import type { Logger } from '../logging/logger';

/** One line of DATA_DIR/dead-letters.jsonl. */
export interface DeadLetterLine extends DeadLetter {
  at: string;
}

/**
 * Replies that could not be delivered, one JSON line each with everything `npm run resend`
 * needs (platform, where, the message). Written at once (these are rare), and a failure to
 * write is logged with the reply's target, never thrown into the adapter.
 */
export function createDeadLetterFile(file: string, logger: Logger, now: () => Date = () => new Date()): DeadLetterSink {
  return {
    add(letter) {
      try {
        mkdirSync(dirname(file), { recursive: true });
        const line: DeadLetterLine = { at: now().toISOString(), ...letter };
        appendFileSync(file, `${JSON.stringify(line)}\n`);
      } catch (err) {
        logger.error({ err, platform: letter.platform, kind: letter.kind }, 'could not keep a dead letter; the reply is lost');
      }
    },
  };
}
