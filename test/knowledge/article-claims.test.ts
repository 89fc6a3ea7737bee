import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

/** A claim of the seed article, a question that checks it, and words any correct answer contains. */
interface ArticleClaim {
  claim: string;
  accurate: boolean | 'vague';
  correction?: string;
  question: string;
  intent: string;
  frameworks: string[];
  mentions: string[];
}

const claims = parse(readFileSync(join(__dirname, '..', 'fixtures', 'article-claims.yaml'), 'utf8')) as ArticleClaim[];
const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));

describe('every claim of the seed article is answerable', () => {
  it('lists the article\'s claims', () => {
    expect(claims.length).toBeGreaterThanOrEqual(30);
  });

  it.each(claims.map((c) => [c.claim, c] as const))('%s', (_claim, c) => {
    const answer = matcher.answer(c.question);
    const said = `${answer.text}\n${answer.sources.map((s) => s.title).join('\n')}`.toLowerCase();
    const missing = c.mentions.filter((word) => !said.includes(word.toLowerCase()));
    expect({ question: c.question, missing }).toEqual({ question: c.question, missing: [] });
    expect(answer.sources.length).toBeGreaterThan(0);
  });
});
