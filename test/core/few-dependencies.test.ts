import { createMatcher } from '../../src/core/matcher';
import { normalizeQuestion } from '../../src/core/normalize';
import { FEW_DEPENDENCIES, NO_DEPENDENCIES } from '../../src/core/reading-rules';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(knowledge);
const ask = (q: string) => matcher.answer(q, null);
const standalone = new Set(knowledge.frameworks.filter((f) => f.standardLibraryOnly).map((f) => f.id));

describe('wanting as little installed as possible', () => {
  it.each([
    ['a status page with zero dependencies', true],
    ['as few deps as possible please', true],
    ['stdlib only, the box has no pip', true],
    ['it must be dependency-free', true],
    ['a single-file tool for the lab', true],
    ['it has to be one file', true],
    ['no external dependencies allowed on the build server', true],
    ['whichever needs fewer dependencies', true],
    // Installing anything being hard where it runs is the same wish.
    ['installing libraries on the ward pc is a nightmare', true],
    ['our lab pcs cannot install anything from pypi', true],
    ['installing is easy, pip works fine', false],
    // Dependency injection is a feature, not something installed.
    ['a framework without dependency injection magic', false],
    ['upload a single file and get a report back', false],
    ['which dependencies does flask pull in?', false],
  ])('%j', (q, asked) => {
    expect(FEW_DEPENDENCIES.test(normalizeQuestion(q).text)).toBe(asked);
  });

  it('the knowledge marks at least one framework as needing only the standard library', () => {
    expect(standalone.size).toBeGreaterThan(0);
  });

  it.each([
    'tiny web framework for an offline kiosk box, zero dependencies?',
    'which python framework for a small status site? as few deps as possible',
    // A few JSON endpoints say what the small app does: API tooling is what they would not install.
    'which framework should serve a couple of json endpoints from an old thin client? as few dependencies as possible',
    // ...and a slow board is the machine it must fit on, not a call for the fastest framework.
    'need a small REST API for a weather station on a pi zero. minimal dependencies, the board is really slow',
  ])('a pick leads with a framework that needs only the standard library, and says so: %j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(standalone.has(a.recommendation ?? '')).toBe(true);
    expect(a.parts.notes.join(' ')).toMatch(/as little installed as possible/);
  });

  // ...and the wish's own words ask for no community of packages.
  it('between two, installing being a pain tips it to the one needing only the standard library', () => {
    const a = ask('bottle or flask for a one-page lab tool? installing packages on those machines is a pain');
    expect(a.intent).toBe('compare');
    expect(standalone.has(a.recommendation ?? '')).toBe(true);
  });

  it.each([
    ['zero dependencies please', true],
    ['no pip on that box', true],
    ['we can only copy one .py file over', true],
    // Fewer is a preference, not a rule.
    ['as few deps as possible', false],
    ['without pulling in a pile of dependencies', false],
  ])('nothing may be installed at all: %j', (q, none) => {
    expect(NO_DEPENDENCIES.test(normalizeQuestion(q).text)).toBe(none);
  });

  it('with nothing installable, a framework needing only the standard library is picked even where another rates higher', () => {
    const a = ask('offline box, no pip, we copy one .py file over. need a couple of json endpoints and a status page. which python framework?');
    expect(a).toMatchObject({ intent: 'recommend', topic: 'small_apps' });
    expect(standalone.has(a.recommendation ?? '')).toBe(true);
  });

  it('of two close on the needs, a wish for fewer dependencies decides it', () => {
    expect(ask('flask or bottle for a one-file status page? whichever needs fewer dependencies')).toMatchObject({ intent: 'compare', recommendation: 'bottle' });
  });

  it('of two level on the needs, the one needing only the standard library wins, and the note says why', () => {
    const a = ask('flask or bottle for a small one-file script on a router, zero dependencies');
    expect(a).toMatchObject({ intent: 'compare', recommendation: 'bottle' });
    expect(a.parts.notes.join(' ')).toMatch(/as little installed as possible, which tips it to Bottle/);
  });
});
