import fc from 'fast-check';
import { toAnswerJson } from '../../src/core/answer';
import { createConversationMemory } from '../../src/core/conversation';
import { createMatcher } from '../../src/core/matcher';
import { MAX_QUESTION_CHARS } from '../../src/core/normalize';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { renderDiscord } from '../../src/render/render-discord';
import { renderSlack } from '../../src/render/render-slack';
import { renderText } from '../../src/render/render-text';
import { answerJsonSchema } from '../support/answer-contract';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { discordViolations, slackViolations } from '../support/platform-limits';
import { hostileQuestion } from './hostile-questions';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
/**
 * A bound far above the real cost (well under 1 ms a question; see `npm run bench`) that only a
 * runaway, such as a regular expression backtracking on a 100 KB paste, could reach.
 */
const RUNAWAY_MS = 1000;

/** 10,500 generated questions a run, across the properties below. */
describe('fuzzing the core and the renderers with hostile questions', () => {
  it('the core never throws, and answers within the contract and the time bound (6,000 questions)', () => {
    fc.assert(
      fc.property(hostileQuestion, (q) => {
        const started = performance.now();
        const answer = matcher.answer(q);
        const ms = performance.now() - started;
        expect(ms).toBeLessThan(RUNAWAY_MS);
        answerJsonSchema.parse(toAnswerJson(answer));
        if (q.length > MAX_QUESTION_CHARS && answer.intent !== 'help') expect(answer.parts.notes.join(' ')).toContain(String(MAX_QUESTION_CHARS));
      }),
      { numRuns: 6000 },
    );
  });

  it('every answer renders inside every Slack and Discord limit, with no broadcast mention (3,000 questions)', () => {
    fc.assert(
      fc.property(hostileQuestion, fc.boolean(), (q, shareable) => {
        const answer = matcher.answer(q);
        expect(slackViolations(renderSlack(answer, { question: q, shareable, feedback: true }))).toEqual([]);
        expect(discordViolations(renderDiscord(answer, { question: q, feedback: true }))).toEqual([]);
        expect(renderText(answer)).not.toMatch(/<!(channel|here|everyone)>/);
      }),
      { numRuns: 3000 },
    );
  });

  it('follow-ups on hostile input never throw either (1,500 conversations of three turns)', () => {
    fc.assert(
      fc.property(fc.array(hostileQuestion, { minLength: 3, maxLength: 3 }), (turns) => {
        const memory = createConversationMemory();
        for (const q of turns) {
          const answer = matcher.answer(q, memory.get('c'));
          answerJsonSchema.parse(toAnswerJson(answer));
          memory.remember('c', answer);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
