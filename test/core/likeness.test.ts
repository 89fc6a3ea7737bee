import { builtOnName } from '../../src/core/judge';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(knowledge);
const ask = (q: string) => matcher.answer(q, null);
const kindOf = (id: string | null) => knowledge.frameworks.find((f) => f.id === id)?.kind;

// With no need named, the pick is the framework most like the one they know.
describe('the framework most like one they know', () => {
  it('one of ours: a framework built on it', () => {
    const a = ask('which python framework is most like flask?');
    expect(a.intent).toBe('recommend');
    const pick = knowledge.frameworks.find((f) => f.id === a.recommendation)!;
    expect(pick.id).not.toBe('flask');
    expect(builtOnName(pick, 'Flask')).toBe(true);
    expect(a.parts.verdict).toMatch(/most like Flask/);
  });

  it.each([
    ['Coming from Laravel, which Python web framework will feel the most familiar?', 'full-stack'],
    ['ex-Symfony dev here, which python framework is closest?', 'full-stack'],
    ['Is there a Python equivalent of Sinatra?', 'micro'],
    ['we use koa at work, which python framework is closest?', 'micro'],
  ])('from another ecosystem, one of the same kind: %j', (q, kind) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(kindOf(a.recommendation)).toBe(kind);
    expect(a.parts.title).toBe('Closest to what you know');
  });

  it('a need named is still what decides', () => {
    expect(ask('coming from rails, which python framework for a websocket chat server?').topic).toBe('websockets');
  });
});
