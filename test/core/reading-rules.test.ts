import { detectCues } from '../../src/core/cues';
import { allowed, groupNamed, type Named } from '../../src/core/reading-rules';
import { normalizeQuestion } from '../../src/core/normalize';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import type { ScopeReading } from '../../src/core/read-scope';

// Only the counts matter to these rules; the scope reading is what a plain framework question gives.
const scope = { everydayNamesOnly: false, technical: 1 } as ScopeReading;
const named = (text: string, counts: Partial<Named>): Named => ({ fw: 0, concepts: 0, comparable: 0, topics: 0, features: 0, options: 0, strong: 0, prosConsAsked: detectCues(text).has('prosCons'), insteadOf: false, scope, text, ...counts });

describe('which intents a question can have, from what it names', () => {
  it.each([
    // [text, counts, intent, allowed]
    // A feature of one framework, or of two asked about together, can be checked...
    ['does flask have an admin', { fw: 1, options: 1, features: 1 }, 'feature_check', true],
    ['do flask and bottle have templates', { fw: 2, options: 2, features: 1 }, 'feature_check', true],
    // ...but one option considered over the other weighs them: a comparison, not a feature check.
    ['a couple of server rendered forms. flask seems obvious; any reason to consider django here', { fw: 2, options: 2, features: 1 }, 'feature_check', false],
    // Ideas listed as needs are weighed for pros and cons only when those are asked for.
    ['need admin plus orm plus auth out of the box', { concepts: 1, topics: 2 }, 'pros_cons', false],
    ['orm pros and cons', { concepts: 1, topics: 1 }, 'pros_cons', true],
    ['pros and cons of uvicorn', { concepts: 1, comparable: 1 }, 'pros_cons', true],
  ] as const)('%j: %s', (text, counts, intent, expected) => {
    expect(allowed(intent, named(text, counts))).toBe(expected);
  });
});

describe('frameworks named as a group', () => {
  const knowledge = loadKnowledge(KNOWLEDGE_DIR);
  it.each([
    ['flask, django or fastapi: which of the three for a json api?', 3],
    ['the big three are all fine, right?', 3],
    // Three people or things counted are not the three frameworks.
    ['two of the three devs know django and one knows flask', 0],
    ['all three services talk json over http', 0],
    // ...nor is a group set aside.
    ['what else is worth a look apart from the big three?', 0],
  ])('%j names %d', (q, n) => {
    expect(groupNamed(normalizeQuestion(q).text, knowledge)).toHaveLength(n);
  });
});
