import type { IncomingQuestion, QuestionHandler } from '../core/adapter';
import { errorAnswer } from '../core/error-answer';
import type { Matcher } from '../core/matcher';
import type { Logger } from '../logging/logger';

/** What the shared handler needs; `matcher` is a getter so reloaded knowledge takes effect. */
export interface QuestionHandlerConfig {
  matcher: () => Matcher;
  logger: Logger;
}

/**
 * The one path every platform's questions take: answer, log one structured line (never the
 * text's secrets: only ids, intent and timing), and turn any failure into a kind answer.
 */
export function createQuestionHandler({ matcher, logger }: QuestionHandlerConfig): QuestionHandler {
  return async (question: IncomingQuestion) => {
    const started = performance.now();
    try {
      const answer = matcher().answer(question.text);
      logger.info(
        {
          platform: question.platform,
          user: question.userId,
          conversation: question.conversationId,
          intent: answer.intent,
          frameworks: answer.frameworks,
          topic: answer.topic,
          confidence: answer.confidence,
          answered: answer.intent !== 'out_of_scope' && answer.confidence >= 0.6,
          ms: Math.round((performance.now() - started) * 100) / 100,
        },
        'question answered',
      );
      return answer;
    } catch (err) {
      logger.error({ err, platform: question.platform, conversation: question.conversationId }, 'answering failed');
      return errorAnswer();
    }
  };
}
