import fc from 'fast-check';
import type { Answer } from '../../src/core/answer';
import { deepFreeze } from '../../src/core/answer-cache';
import type { ConversationContext } from '../../src/core/conversation';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { RENDERS_PER_ANSWER, withRenderCache } from '../../src/render/render-cache';
import { renderSlack, slackRenderKey, type SlackRenderOptions } from '../../src/render/render-slack';
import { answerArbitrary, hostileText } from '../support/answer-arbitrary';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

/** renderSlack behind the cache, counting the renders it really makes. */
function countedRender() {
  let renders = 0;
  const render = withRenderCache((a: Answer, o: SlackRenderOptions) => (renders++, renderSlack(a, o)), slackRenderKey);
  return { render, renders: () => renders };
}

const context = (intent: ConversationContext['intent'], frameworks: string[], topic: ConversationContext['topic'] = null): ConversationContext => ({ intent, frameworks, topic });

describe('render cache', () => {
  const real = createMatcher(loadKnowledge(KNOWLEDGE_DIR));

  it('renders a shared (frozen) answer once per set of options, and hands out a frozen message', () => {
    const { render, renders } = countedRender();
    const answer = deepFreeze(real.answer('flask vs django for admin panel'));
    const options = { question: 'flask vs django for admin panel', shareable: true, feedback: true, askedWith: null };
    const first = render(answer, options);
    expect(render(answer, { ...options })).toBe(first);
    expect(renders()).toBe(1);
    expect(first).toEqual(renderSlack(answer, options));
    expect(Object.isFrozen(first.blocks[0])).toBe(true);
  });

  it('renders a fresh (unfrozen) answer every time: it is never asked for again', () => {
    const { render, renders } = countedRender();
    const answer = real.answer('what is wsgi');
    render(answer, { question: 'what is wsgi' });
    render(answer, { question: 'what is wsgi' });
    expect(renders()).toBe(2);
    expect(Object.isFrozen(answer)).toBe(false);
  });

  // Each row changes one option; a key that missed it would hand back the first row's message.
  it.each<[string, SlackRenderOptions]>([
    ['another question', { question: 'django or flask?', shareable: true, feedback: true }],
    ['not shareable', { question: 'flask vs django', feedback: true }],
    ['no feedback buttons', { question: 'flask vs django', shareable: true }],
    ['asked with a context', { question: 'flask vs django', shareable: true, feedback: true, askedWith: context('compare', ['flask', 'django']) }],
    ['another context topic', { question: 'flask vs django', shareable: true, feedback: true, askedWith: context('compare', ['flask', 'django'], 'async') }],
  ])('tells renders apart when only one option differs: %s', (_, options) => {
    const { render } = countedRender();
    const answer = deepFreeze(real.answer('flask vs django'));
    render(answer, { question: 'flask vs django', shareable: true, feedback: true });
    expect(render(answer, options)).toEqual(renderSlack(answer, options));
  });

  it('keeps a bounded number of renders per answer, still right past the bound', () => {
    const { render, renders } = countedRender();
    // A notice answer may be shared for any question; its renders per question must not pile up.
    const answer = deepFreeze(real.answer('help'));
    const questions = Array.from({ length: RENDERS_PER_ANSWER + 2 }, (_, i) => `help ${i}`);
    for (const question of questions) expect(render(answer, { question })).toEqual(renderSlack(answer, { question }));
    expect(render(answer, { question: questions.at(-1)! })).toBe(render(answer, { question: questions.at(-1)! }));
    render(answer, { question: questions[0]! });
    expect(renders()).toBe(questions.length + 1);
  });

  it('gives the same message as rendering afresh, for any answer and any two sets of options (property)', () => {
    const options = fc.record({
      question: hostileText(300),
      shareable: fc.boolean(),
      feedback: fc.boolean(),
      askedWith: fc.option(fc.record({ intent: fc.constantFrom('compare', 'recommend', 'describe') as fc.Arbitrary<ConversationContext['intent']>, frameworks: fc.array(fc.constantFrom('flask', 'django', 'fastapi'), { maxLength: 3 }), topic: fc.constant(null) })),
    });
    fc.assert(
      fc.property(answerArbitrary, options, options, (answer, a, b) => {
        const { render } = countedRender();
        const shared = deepFreeze(answer);
        render(shared, a);
        expect(render(shared, b)).toEqual(renderSlack(shared, b));
      }),
      { numRuns: 100 },
    );
  });
});
