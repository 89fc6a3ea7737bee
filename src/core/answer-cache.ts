import type { Answer } from './answer';
import { createBoundedMap } from './bounded-map';
import type { ConversationContext } from './conversation';
import type { Matcher } from './matcher';
import { MAX_QUESTION_CHARS } from './normalize';

/** How many distinct questions (with their context) are remembered per knowledge version. */
export const ANSWER_CACHE_SIZE = 2000;

/** Freezes an object graph, so a value shared between callers cannot be changed by one of them. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A stable key for a conversation context (null and undefined: no context). */
export const contextKey = (c: ConversationContext | null | undefined): string => (c ? `${c.intent}|${c.frameworks.join(',')}|${c.topic ?? ''}` : '');

/**
 * Remembers answers to questions already asked. In a team the same questions come back (and
 * every "Compare on: async" button asks exactly the same one), and the answer depends only on the
 * question, its context and the knowledge, so a repeat costs a lookup instead of matching again.
 * Wrap a matcher per knowledge version: a reload brings a fresh, empty cache. Answers are frozen,
 * because every caller now shares them. Memory is bounded: least recently used entries go first.
 */
export function withAnswerCache(matcher: Matcher, size = ANSWER_CACHE_SIZE): Matcher {
  const cache = createBoundedMap<string, Answer>(size);
  return {
    knowledge: matcher.knowledge,
    answer(question, context) {
      // Odd or over-long input is rare and would only fill the cache with one-offs.
      if (typeof question !== 'string' || question.length > MAX_QUESTION_CHARS) return matcher.answer(question, context);
      const key = `${contextKey(context)}\u0000${question}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const answer = deepFreeze(matcher.answer(question, context));
      cache.set(key, answer);
      return answer;
    },
  };
}
