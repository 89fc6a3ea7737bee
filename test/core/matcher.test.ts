import fc from 'fast-check';
import { toAnswerJson } from '../../src/core/answer';
import { createMatcher, LOW_CONFIDENCE } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { answerJsonSchema } from '../support/answer-contract';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
const ask = (q: string) => matcher.answer(q);

describe('the matcher understands what is asked', () => {
  it.each<[string, Partial<ReturnType<typeof ask>>]>([
    // compare
    ['flask vs django for admin panel', { intent: 'compare', frameworks: ['flask', 'django'], topic: 'admin', recommendation: 'django' }],
    ['djnago vs flsk orm', { intent: 'compare', frameworks: ['django', 'flask'], topic: 'orm', recommendation: 'django' }],
    ['fast api or flask for async', { intent: 'compare', frameworks: ['fastapi', 'flask'], topic: 'async', recommendation: 'fastapi' }],
    ['Flask vs FastAPI vs Django', { intent: 'compare', frameworks: ['flask', 'fastapi', 'django'], topic: null, recommendation: null }],
    // recommend
    ['best framework for a backoffice', { intent: 'recommend', frameworks: [], topic: 'admin', recommendation: 'django' }],
    ['what should I use for swagger docs', { intent: 'recommend', frameworks: [], topic: 'openapi', recommendation: 'fastapi' }],
    ['which python framework should i use?', { intent: 'recommend', frameworks: [], topic: null, recommendation: null }],
    // feature_check
    ['does fastapi have an orm?', { intent: 'feature_check', frameworks: ['fastapi'], topic: 'orm', support: 'extension' }],
    ['does django have an admin panel', { intent: 'feature_check', frameworks: ['django'], topic: 'admin', support: 'built_in' }],
    // What it may be instead, after "or is it", is not asked: the feature before it is.
    ['does aiohttp do html templates, or is it mostly an async http client these days?', { intent: 'feature_check', frameworks: ['aiohttp'], topic: 'templates', support: 'extension' }],
    // A capability no framework ships but a package adds is an extension, named in the answer.
    ['can flask limit requests per minute per client?', { intent: 'feature_check', frameworks: ['flask'], support: 'extension', text: expect.stringContaining('Flask-Limiter') }],
    ['does flask do i18n for a site in three languages?', { intent: 'feature_check', frameworks: ['flask'], support: 'extension', text: expect.stringContaining('Flask-Babel') }],
    // describe
    ['what is wsgi', { intent: 'describe', frameworks: [] }],
    ['tell me about pyramid', { intent: 'describe', frameworks: ['pyramid'], topic: null }],
    // pros_cons
    ['pros and cons of bottle', { intent: 'pros_cons', frameworks: ['bottle'] }],
    ['django disadvantages', { intent: 'pros_cons', frameworks: ['django'] }],
    // list, help, out of scope
    ['which frameworks do you know?', { intent: 'list_frameworks', frameworks: [] }],
    ['help', { intent: 'help', frameworks: [] }],
    ['', { intent: 'help', frameworks: [] }],
    ['what is the weather in Paris tomorrow', { intent: 'out_of_scope', frameworks: [], recommendation: null }],
    ['best javascript framework?', { intent: 'out_of_scope', frameworks: [] }],
  ])('%j', (question, expected) => {
    expect(ask(question)).toMatchObject(expected);
  });

  it('does not invent frameworks from ordinary words one letter away', () => {
    for (const q of ['what is the best test task for a flash sale', 'most people post here', 'a battle of bottled water']) {
      expect(ask(q).frameworks).toEqual([]);
    }
  });

  it('lists frameworks in order of first mention, without duplicates', () => {
    expect(ask('django django flask and DJANGO again vs flask').frameworks).toEqual(['django', 'flask']);
  });
});

describe('every answer keeps the contract', () => {
  const questions = [
    'flask vs django for admin panel',
    'best framework for a rest api',
    'does cherrypy have an admin?',
    'what is asgi',
    'pros and cons of fastapi',
    'list frameworks',
    'help',
    'how do I center a div',
    'flask',
  ];
  it.each(questions)('%j', (q) => {
    const answer = ask(q);
    expect(() => answerJsonSchema.parse(toAnswerJson(answer))).not.toThrow();
    if (!['help', 'out_of_scope'].includes(answer.intent)) expect(answer.sources.length).toBeGreaterThan(0);
  });

  it('covers all eight intents with the questions above', () => {
    expect(new Set(questions.map((q) => ask(q).intent)).size).toBe(8);
  });

  it('says when it is unsure and offers up to three "did you mean" questions', () => {
    const answer = ask('python web stuff hmm');
    expect(answer.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(answer.parts.didYouMean.length).toBeGreaterThan(0);
    expect(answer.parts.didYouMean.length).toBeLessThanOrEqual(3);
    for (const s of answer.parts.didYouMean) expect(ask(s.question).confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it('says when a long question was cut', () => {
    const answer = ask(`flask vs django ${'and also '.repeat(200)}`);
    expect(answer.parts.notes.join(' ')).toMatch(/500/);
  });

  it('never throws and always returns a valid answer, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', maxLength: 2000 })), (q) => {
        answerJsonSchema.parse(toAnswerJson(ask(q)));
      }),
      { numRuns: 500 },
    );
  });
});
