import type { Platform } from '../core/adapter';
import type { Answer } from '../core/answer';
import { LOW_CONFIDENCE } from '../core/matcher';
import type { GapLog } from './gap-log';

/** True when the answer really answered: in scope, confident, and nothing named left out. */
export function wasAnswered(answer: Answer): boolean {
  // A question naming a framework we do not cover is a gap even when the rest was answered.
  return answer.intent !== 'out_of_scope' && answer.confidence >= LOW_CONFIDENCE && !answer.parts.uncovered?.length;
}

/**
 * Puts a question whichpy could not answer in the gap log, marked with where it was asked
 * (the terminal chat and `npm run ask` too, so a maintainer can try the loop locally).
 * Returns whether it was answered.
 */
export function recordIfGap(gapLog: GapLog | undefined, platform: Platform, question: string, answer: Answer): boolean {
  const answered = wasAnswered(answer);
  if (!answered && answer.intent !== 'help') {
    gapLog?.record({
      kind: 'unanswered',
      platform,
      question: String(question),
      intent: answer.intent,
      frameworks: answer.frameworks,
      topic: answer.topic,
      confidence: answer.confidence,
      answer: answer.parts.title,
    });
  }
  return answered;
}
