import { withAnswerCache } from '../../src/core/answer-cache';
import type { Answer } from '../../src/core/answer';
import { createMatcher, type Matcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const real = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
/** The real matcher, counting how often it really matched. */
const counting = () => {
  const calls: string[] = [];
  const matcher: Matcher = { knowledge: real.knowledge, answer: (q, c) => (calls.push(String(q)), real.answer(q, c)) };
  return { matcher, calls };
};

describe('the answer cache', () => {
  it('answers a repeated question from memory, with the same answer', () => {
    const { matcher, calls } = counting();
    const cached = withAnswerCache(matcher);
    const first = cached.answer('flask vs django for admin panel');
    expect(cached.answer('flask vs django for admin panel')).toBe(first);
    expect(calls).toHaveLength(1);
    expect(first).toEqual(real.answer('flask vs django for admin panel'));
  });

  it('keeps answers apart by conversation context', () => {
    const { matcher, calls } = counting();
    const cached = withAnswerCache(matcher);
    const alone = cached.answer('and for async?');
    const followUp = cached.answer('and for async?', { intent: 'compare', frameworks: ['flask', 'django'], topic: null });
    expect(followUp.frameworks).toEqual(['flask', 'django']);
    expect(alone.frameworks).not.toEqual(['flask', 'django']);
    expect(calls).toHaveLength(2);
  });

  it('freezes shared answers so no caller can change them for the others', () => {
    const answer = withAnswerCache(real).answer('what is wsgi') as Answer & { parts: { notes: string[] } };
    expect(() => answer.parts.notes.push('changed')).toThrow(TypeError);
  });

  it('forgets the least recently used answers beyond its size', () => {
    const { matcher, calls } = counting();
    const cached = withAnswerCache(matcher, 2);
    for (const q of ['what is flask', 'what is django', 'what is flask', 'what is bottle', 'what is django']) cached.answer(q);
    expect(calls).toEqual(['what is flask', 'what is django', 'what is bottle', 'what is django']);
  });

  it('does not cache over-long or non-text input', () => {
    const { matcher, calls } = counting();
    const cached = withAnswerCache(matcher);
    const long = `flask ${'x'.repeat(600)}`;
    cached.answer(long);
    cached.answer(long);
    cached.answer(42);
    expect(calls).toHaveLength(3);
  });
});
