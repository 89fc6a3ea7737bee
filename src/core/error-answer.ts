import type { Answer } from './answer';
import { messages } from './messages';

/**
 * A short fixed reply that needs no knowledge (so it can be sent even when loading or matching
 * failed): a title, one sentence, and a Help button.
 */
function noticeAnswer(title: string, verdict: string): Answer {
  const parts = {
    title,
    verdict,
    fields: [],
    sections: [],
    notes: [],
    followUps: [{ label: 'Help', question: 'help' }],
    didYouMean: [],
  };
  return {
    intent: 'help',
    frameworks: [],
    topic: null,
    recommendation: null,
    support: null,
    fit: null,
    confidence: 0,
    text: `${parts.title}\n\n${parts.verdict}`,
    sources: [],
    parts,
  };
}

/** The kind reply for when something failed while answering. */
export function errorAnswer(): Answer {
  return noticeAnswer(messages.internalErrorTitle, messages.internalError);
}

/** The one reply a user gets when asking faster than the cooldown allows. */
export function slowDownAnswer(): Answer {
  return noticeAnswer(messages.slowDownTitle, messages.slowDown);
}

/** The reply to a question that arrives while the bot is shutting down (instead of silence). */
export function restartingAnswer(): Answer {
  return noticeAnswer(messages.restartingTitle, messages.restarting);
}
