import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { contextOf, createConversationMemory } from '../../src/core/conversation';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import type { EvalCase } from '../eval/evaluate';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

/** One turn: the fields its answer must have, as in the evaluation set, and whether it states an assumption. */
interface Turn extends EvalCase {
  assumes?: boolean;
}

const conversations = parse(readFileSync(join(__dirname, 'conversations.yaml'), 'utf8')) as Turn[][];
const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
const FOLLOWING_ON = /following on from your last question/;

describe('follow-up questions understand what came before', () => {
  it('has at least 30 conversations of 2 to 4 turns', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(30);
    for (const c of conversations) expect(c.length).toBeGreaterThanOrEqual(2);
  });

  it.each(conversations.map((turns) => [turns.map((t) => t.q).join(' → '), turns] as const))('%s', (_name, turns) => {
    const memory = createConversationMemory();
    for (const turn of turns) {
      const answer = matcher.answer(turn.q, memory.get('thread'));
      memory.remember('thread', answer);
      const { q, assumes, ...expected } = turn;
      const got = Object.fromEntries(Object.keys(expected).map((k) => [k, answer[k as keyof typeof answer]]));
      expect({ q, ...got }).toEqual({ q, ...expected });
      if (assumes !== undefined) expect({ q, assumes: FOLLOWING_ON.test(answer.text) }).toEqual({ q, assumes });
    }
  });

  it('starts fresh without a context (the JSON CLI is stateless by default)', () => {
    expect(matcher.answer('and for async?', null)).toMatchObject({ intent: 'recommend', frameworks: [], topic: 'async' });
  });

  it.each([
    ['great, and can it give me openapi docs?', 'openapi'],
    ['cool. does it do websockets as well?', 'websockets'],
  ])('asks which framework "it" is in %p with no conversation, showing where each stands on the feature', (q, topic) => {
    const answer = matcher.answer(q, null);
    expect(answer).toMatchObject({ intent: 'feature_check', frameworks: [], topic, support: null, recommendation: null });
    expect(answer.text).toMatch(/^Which framework do you mean\?/);
    expect(answer.parts.sections.map((s) => s.heading)).toContain('Built in');
  });

  it('ignores a context naming a framework the knowledge no longer has', () => {
    const stale = { intent: 'compare' as const, frameworks: ['flask', 'removed'], topic: null };
    expect(matcher.answer('and for async?', stale)).toMatchObject({ frameworks: [], topic: 'async' });
  });
});

describe('conversation memory', () => {
  const answer = matcher.answer('flask vs django');

  it('keeps a context per conversation', () => {
    const memory = createConversationMemory();
    memory.remember('thread-a', answer);
    expect(memory.get('thread-a')).toEqual(contextOf(answer));
    expect(memory.get('thread-b')).toBeNull();
  });

  it('forgets a context after the time-to-live', () => {
    let now = 0;
    const memory = createConversationMemory({ ttlMs: 15 * 60_000, now: () => now });
    memory.remember('t', answer);
    now += 15 * 60_000 - 1;
    expect(memory.get('t')).not.toBeNull();
    now += 15 * 60_000;
    expect(memory.get('t')).toBeNull();
  });

  it('stays bounded, dropping the least recently used conversation', () => {
    const memory = createConversationMemory({ maxConversations: 100 });
    for (let i = 0; i < 10_000; i++) memory.remember(`t${i}`, answer);
    expect(memory.size()).toBe(100);
    expect(memory.get('t0')).toBeNull();
    expect(memory.get('t9999')).not.toBeNull();
  });

  it('keeps the last context when an answer is about nothing (help, out of scope)', () => {
    const memory = createConversationMemory();
    memory.remember('t', answer);
    memory.remember('t', matcher.answer('help'));
    memory.remember('t', matcher.answer('what is the weather'));
    expect(memory.get('t')).toEqual(contextOf(answer));
  });
});
