import type { IncomingQuestion, QuestionHandler } from '../core/adapter';
import type { ConversationMemory, ConversationStore } from '../core/conversation';
import { errorAnswer, restartingAnswer, slowDownAnswer } from '../core/error-answer';
import type { Matcher } from '../core/matcher';
import type { Logger } from '../logging/logger';
import type { CooldownCheck } from './cooldown';
import type { GapLog } from './gap-log';
import { recordIfGap } from './gap-recorder';

/** What the shared handler needs; `matcher` is a getter so reloaded knowledge takes effect. */
export interface QuestionHandlerConfig {
  matcher: () => Matcher;
  logger: Logger;
  /** Per-user rate limit, in this process or shared by replicas; none = unlimited (tests, the terminal). */
  cooldown?: CooldownCheck;
  /** Where questions the bot could not answer confidently are kept for maintainers. */
  gapLog?: GapLog;
  /**
   * Context per conversation, so "and for async?" follows on; none = every question stands alone.
   * A shared store (Redis) answers asynchronously, and with no context when it is unreachable.
   */
  conversations?: Pick<ConversationMemory, 'get' | 'remember'> | ConversationStore;
  /** False while shutting down: questions then get a "restarting, ask again" notice, not an answer. */
  accepting?: () => boolean;
}

/**
 * The one path every platform's questions take: rate-limit, answer, record gaps, log one
 * structured line (ids, intent, timing; never tokens), and turn any failure into a kind answer.
 */
export function createQuestionHandler({ matcher, logger, cooldown, gapLog, conversations, accepting }: QuestionHandlerConfig): QuestionHandler {
  return async (question: IncomingQuestion) => {
    const started = performance.now();
    try {
      if (accepting && !accepting()) {
        logger.info({ platform: question.platform, conversation: question.conversationId }, 'question refused while shutting down');
        return restartingAnswer();
      }
      const conversation = `${question.platform}:${question.conversationId}`;
      // Both at once: with a shared store (Redis) that is one round trip, not two.
      const [verdict = 'answer', remembered] = await Promise.all([
        cooldown?.check(`${question.platform}:${question.userId}`),
        question.context ? null : conversations?.get(conversation),
      ]);
      if (verdict !== 'answer') {
        logger.info({ platform: question.platform, user: question.userId, verdict }, 'question rate-limited');
        return verdict === 'slow_down' ? slowDownAnswer() : null;
      }
      const answer = matcher().answer(question.text, question.context ?? remembered);
      // Saved before the reply goes out, so a follow-up to another replica finds it.
      await conversations?.remember(conversation, answer);
      const answered = recordIfGap(gapLog, question.platform, String(question.text), answer);
      logger.info(
        {
          platform: question.platform,
          user: question.userId,
          conversation: question.conversationId,
          intent: answer.intent,
          frameworks: answer.frameworks,
          topic: answer.topic,
          confidence: answer.confidence,
          answered,
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
