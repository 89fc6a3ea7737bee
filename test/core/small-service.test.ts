import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
const ask = (q: string) => matcher.answer(q, null);

// A framework rated middling for small apps because small sites with pages take it more work (no
// templates, sessions or forms) is judged on what a small service with no pages needs.
describe('a small service with no pages', () => {
  it.each([
    ['is falcon fine for a small json-only webhook endpoint?', 'falcon', 'good'],
    ['aiohttp ok for a little service that calls a few other apis concurrently?', 'aiohttp', 'good'],
    // Pages, a login or forms are what the middling rating is about.
    ['is falcon fine for a small website with pages and a login form?', 'falcon', 'poor'],
    // A heavy framework for a tiny service stays too much.
    ['is django good for a tiny json api with 3 endpoints?', 'django', 'poor'],
  ])('%j', (q, framework, fit) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', frameworks: [framework], fit });
    if (fit === 'good') {
      expect(a.recommendation).toBe(framework);
      expect(a.parts.verdict).toMatch(/^Yes: .* a small service with no pages\./);
      expect(a.parts.notes.join(' ')).toMatch(/sites with pages, which this service does not have/);
    }
  });
});
