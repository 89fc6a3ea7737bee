import { createQuestionForms, FEATURE_FORM } from '../../src/core/question-forms';
import { normalizeQuestion } from '../../src/core/normalize';
import type { QuestionFormPhrases } from '../../src/core/knowledge-model';

const none: QuestionFormPhrases = {
  undecided: [],
  differenceBetween: [],
  whatIs: [],
  prosCons: [],
  howTo: [],
  howToWithin: [],
  knownToYou: [],
  fitAsked: [],
  tooHeavy: [],
  longevity: [],
  stepsAsked: [],
  handlesLoad: [],
  fitFor: [],
  hasFeature: [],
  canDo: [],
  move: [],
  insteadOf: [],
  needInstead: [],
  notNeededAfter: [],
  helpAsked: [],
  greeting: [],
  likeBefore: [],
  likeAfter: [],
  excludedBefore: [],
  excludedAfter: [],
  knownBefore: [],
  knownAfter: [],
};
const text = (q: string) => normalizeQuestion(q).text;

describe('question forms from phrases', () => {
  const forms = createQuestionForms({ ...none, howTo: ['cómo'], howToWithin: ['kaise'], whatIs: ['とは', 'co je to'], fitFor: ['pour'], move: ['переходить с'] });

  it.each([
    // [question, is it a how-to]
    ['¿cómo despliego flask con gunicorn?', true],
    // A phrase for the opening of a clause asks how only there: here "como" is "as".
    ['¿flask es tan bueno cómo django?', false],
    // Languages that ask at the end.
    ['django mein file upload kaise karte hain', true],
    // English forms are structure in the code, whatever the data holds.
    ['how should we tune the workers', true],
    ['how do i pick a framework', true],
    // A terse how-to ends on the word.
    ['sanic websockets, how', true],
    // A way to do it, with chat's "what is the" dropped; "best way to" may still choose.
    ['proper way to split a big fastapi app into routers', true],
    ['best way to build an api in python', false],
    // Tips on doing something ask how.
    ['any tips on running sanic behind nginx', true],
    ['no idea how many workers', false],
  ])('%j is a how-to: %s', (q, howTo) => {
    expect(forms.howTo(text(q))).toBe(howTo);
  });

  it('reads phrases of unspaced scripts written as people write them', () => {
    expect(forms.whatIsElsewhere(text('ASGIとは？'))).toBe(true);
    expect(forms.whatIsElsewhere(text('Co je to ORM?'))).toBe(true);
    expect(forms.whatIsElsewhere(text('what is an orm'))).toBe(false);
  });

  it.each([
    ['what is the difference between wsgi and asgi', true],
    // Chat's "diff" before "between" is the difference...
    ["what's the diff between uvicorn and hypercorn", true],
    // ...but a diff of code is not.
    ['how do i read this diff of my flask app', false],
  ])('%j asks for a difference: %s', (q, asked) => {
    expect(forms.differenceBetween(text(q))).toBe(asked);
  });

  it('reads whole words only', () => {
    expect(forms.moveElsewhere(text('Стоит ли переходить с DRF на Django Ninja?'))).toBe(true);
    expect(forms.moveElsewhere(text('переходить сразу'))).toBe(false);
    expect(forms.forWord('pour')).toBe(true);
    expect(forms.forWord('for')).toBe(true);
    expect(forms.forWord('pou')).toBe(false);
  });

  it('reads "or do I need X" in English structure and in the phrases given', () => {
    const f = createQuestionForms({ ...none, needInstead: ['oder brauche ich'] });
    expect(f.needInstead(text('does litestar do rate limiting, or do i need slowapi'))).toBe(true);
    expect(f.needInstead(text('hat flask sessions oder brauche ich eine erweiterung'))).toBe(true);
    expect(f.needInstead(text('flask oder django'))).toBe(false);
  });

  it('never matches a form with no phrases', () => {
    const empty = createQuestionForms(none);
    expect(empty.hasFeatureElsewhere('')).toBe(false);
    expect(empty.moveElsewhere(text('переходить с drf'))).toBe(false);
  });

  it('reads a greeting only where the message opens', () => {
    const greeted = createQuestionForms({ ...none, greeting: ['hej', 'こんにちは'] });
    expect(greeted.greetedElsewhere(text('Hej! Vad kan du?'))).toBe(true);
    expect(greeted.greetedElsewhere(text('こんにちは！元気？'))).toBe(true);
    expect(greeted.greetedElsewhere(text('Vad kan du? hej'))).toBe(false);
  });

  it('reads "like" only right before or right after a name', () => {
    const like = createQuestionForms({ ...none, likeBefore: ['wie'], likeAfter: ['gibi'] });
    expect(like.likeBefore(text('Hat Litestar OpenAPI wie'))).toBe(true);
    expect(like.likeBefore(text('wie kann ich mit'))).toBe(false);
    expect(like.likeAfter(text('gibi şablon motoruyla'))).toBe(true);
    expect(like.likeAfter(text('şablon motoru gibi'))).toBe(false);
  });
});

describe('the steps of something asked for', () => {
  const forms = createQuestionForms({ ...none, stepsAsked: ['schritt für schritt', '手順'] });

  it.each([
    ['we want to port the app over step by step', true],
    ['walk me through moving our views over', true],
    // Other languages are data.
    ['wie portiere ich das schritt für schritt?', true],
    ['移行の手順を教えて', true],
    ['how do we port the app?', false],
  ])('%j asks for steps: %s', (q, asked) => {
    expect(forms.stepsAsked(text(q))).toBe(asked);
  });
});

describe('the English form of a feature question', () => {
  it.each([
    ['does falcon have websockets', true],
    // What a framework makes for you is a feature it has: docs, a schema, an admin.
    ['does cherrypy generate openapi docs for its routes', true],
    ['does pyramid produce a swagger page', true],
    ['does django create the admin from the models', true],
    // The feature first, then where it would be built.
    ['is request validation built into starlette', true],
    ['are sessions baked into bottle', true],
    // Chat's "<name> <feature> supported?".
    ['bottle asyncio supported', true],
    ['is it supported', false],
    // British "has X got".
    ['has sanic got a test client', true],
    // A statement of what it ships, asked back ("..., right?").
    ['aiohttp ships its own server right', true],
    // A feature said first, then whether it works in the framework.
    ['do background tasks work in starlette', true],
    ['does it work in production', false],
    // Something it handles itself; a load it handles is a fit, not a feature.
    ['does pyramid handle csrf tokens by itself', true],
    ['does sanic take care of cors for you', true],
    ['can quart handle 5000 open connections', false],
    ['does litestar validate query parameters', true],
    // A framework that does something, not asked whether it has it.
    ['django is great for generating reports', false],
    ['is this bug in flask or in werkzeug', false],
  ])('%j is a feature question: %s', (q, yes) => {
    expect(FEATURE_FORM.test(text(q))).toBe(yes);
  });
});
