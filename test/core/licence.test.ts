import { createMatcher } from '../../src/core/matcher';
import { messages } from '../../src/core/messages';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(knowledge);
const licenceOf = (id: string) => knowledge.frameworks.find((f) => f.id === id)!.licence!;

// Our own phrasings; the facts come from each framework's `licence` in knowledge/.
describe('the licence a framework is released under', () => {
  it('every framework file says which licence it is under', () => {
    for (const f of knowledge.frameworks) expect({ id: f.id, spdx: f.licence?.spdx }).toEqual({ id: f.id, spdx: expect.any(String) });
  });

  it.each([
    ['what licence is bottle released under?', 'bottle'],
    ['Is Falcon licensed under something that lets us ship it inside a closed-source kiosk?', 'falcon'],
    ['Welche Lizenz hat Flask? Wir verkaufen die App an Kunden.', 'flask'],
    // An everyday-word name with only the licence asked is still the framework.
    ['what license is flask under?', 'flask'],
  ])('%j is answered from its licence', (q, id) => {
    const a = matcher.answer(q);
    expect(a.frameworks).toContain(id);
    expect(a.parts.verdict).toBe(licenceOf(id).text);
    expect(a.sources.map((s) => s.url)).toEqual(licenceOf(id).sources.map((s) => s.url));
  });

  it('two frameworks weighed on licence are compared, each with its own terms', () => {
    const a = matcher.answer('tornado vs sanic licence-wise, for an app we sell to hospitals?');
    expect(a.intent).toBe('compare');
    const lines = a.parts.sections.flatMap((s) => s.lines).join('\n');
    expect(lines).toContain(licenceOf('tornado').text);
    expect(lines).toContain(licenceOf('sanic').text);
  });

  it.each([
    // A licence in the background is not what is asked.
    "Our Retool licence doubled this year, so we are rebuilding the booking screens ourselves. Flask-Admin or the Django admin?",
  ])('%j is not a licence question', (q) => {
    expect(matcher.answer(q).parts.title).not.toMatch(/licence$/);
  });

  it('a licence of another kind is not a framework question', () => {
    expect(matcher.answer('do I need a license to fly a falcon in Ohio?').intent).toBe('out_of_scope');
  });

  it('a framework whose file has no licence says it is not on file', () => {
    const without = createMatcher({ ...knowledge, frameworks: knowledge.frameworks.map((f) => (f.id === 'bottle' ? { ...f, licence: null } : f)) });
    expect(without.answer('what licence is bottle released under?').parts.verdict).toBe(messages.licenceUnknown('Bottle'));
  });
});
