import type { Knowledge } from './knowledge-model';
import { normalizeQuestion } from './normalize';
import { stem } from './words';

// Fields that hold code, addresses or ids rather than prose about frameworks.
const NOT_PROSE = new Set(['code', 'url', 'id', 'nlu']);

/**
 * Every word of the knowledge's own prose (facts, notes, pros and cons), as written: words we
 * spell this way ourselves are real words, never typos to correct ("changing" is not "caching").
 */
export function proseWords(knowledge: Knowledge): Set<string> {
  const words = new Set<string>();
  const collect = (value: unknown, key = ''): void => {
    if (NOT_PROSE.has(key)) return;
    if (typeof value === 'string') for (const w of normalizeQuestion(value).words) words.add(w);
    else if (Array.isArray(value)) for (const item of value) collect(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect({ frameworks: knowledge.frameworks, topics: knowledge.topics, concepts: knowledge.concepts });
  return words;
}

/**
 * The words of framework talk: every word an in-scope example uses, the knowledge's own prose
 * and the judgement vocabulary. A question about an everyday-word name made mostly of other words
 * ("can I hear a tornado coming") is about the everyday thing; the prose keeps ordinary framework
 * words ("mature", "popular") from counting against a question.
 */
export function familiarWords(knowledge: Knowledge): Set<string> {
  const familiar = new Set<string>();
  const add = (text: string) => {
    for (const w of normalizeQuestion(text).words) familiar.add(stem(w));
  };
  for (const [intent, questions] of Object.entries(knowledge.nlu.examples)) {
    if (intent === 'out_of_scope') continue;
    for (const q of questions ?? []) add(q);
  }
  for (const w of knowledge.nlu.vocabulary.judgement) add(w);
  for (const w of proseWords(knowledge)) familiar.add(stem(w));
  return familiar;
}
