import type { FeedbackHandler } from '../core/adapter';
import type { Matcher } from '../core/matcher';
import type { Logger } from '../logging/logger';
import type { GapLog } from './gap-log';

/** What the feedback handler needs: the live matcher (to record our reading) and the gap log. */
export interface FeedbackHandlerConfig {
  matcher: () => Matcher;
  gapLog: GapLog;
  logger: Logger;
}

/**
 * 👍 is logged; 👎 asks the person nothing more and goes to the gap log with the question and the
 * title of the answer they rated, so `npm run report` shows the worst-rated answers. The button
 * carries only the question, so the intent and frameworks are our reading of it now.
 */
export function createFeedbackHandler({ matcher, gapLog, logger }: FeedbackHandlerConfig): FeedbackHandler {
  return (feedback) => {
    try {
      logger.info({ platform: feedback.platform, helpful: feedback.helpful, answer: feedback.answerTitle }, 'answer rated');
      if (feedback.helpful) return;
      const reading = matcher().answer(feedback.question);
      gapLog.record({
        kind: 'unhelpful',
        platform: feedback.platform,
        question: feedback.question,
        intent: reading.intent,
        frameworks: reading.frameworks,
        topic: reading.topic,
        confidence: reading.confidence,
        answer: feedback.answerTitle,
      });
    } catch (err) {
      // A rating must never break the button that sent it: the person still gets the thanks.
      logger.error({ err, platform: feedback.platform }, 'recording feedback failed');
    }
  };
}
