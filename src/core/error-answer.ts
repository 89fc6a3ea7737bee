import type { Answer } from './answer';
import { messages } from './messages';

/**
 * The kind reply for when something failed while answering. It needs no knowledge, so it can
 * be sent even when the failure was in loading or matching.
 */
export function errorAnswer(): Answer {
  const parts = {
    title: 'Something went wrong',
    verdict: messages.internalError,
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
    confidence: 0,
    text: `${parts.title}\n\n${parts.verdict}`,
    sources: [],
    parts,
  };
}
