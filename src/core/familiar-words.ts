import type { Knowledge } from './knowledge-model';
import { normalizeQuestion } from './normalize';
import { stem } from './words';

// Fields that hold code, addresses or ids rather than prose about frameworks.
const NOT_PROSE = new Set(['code', 'url', 'id', 'nlu']);

function addWords(into: Set<string>, text: string): void {
  for (const w of normalizeQuestion(text).words) into.add(stem(w));
}

function addProse(into: Set<string>, value: unknown, key = ''): void {
  if (NOT_PROSE.has(key)) return;
  if (typeof value === 'string') addWords(into, value);
  else if (Array.isArray(value)) for (const item of value) addProse(into, item, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) addProse(into, v, k);
}

/**
 * The words of framework talk: every word an in-scope example uses, and every word of the
 * knowledge's own prose (facts, notes, pros and cons). A question about an everyday-word name
 * made mostly of other words ("can I hear a tornado coming") is about the everyday thing; the
 * prose keeps ordinary framework words ("mature", "popular") from counting against a question.
 */
export function familiarWords(knowledge: Knowledge): Set<string> {
  const familiar = new Set<string>();
  for (const [intent, questions] of Object.entries(knowledge.nlu.examples)) {
    if (intent === 'out_of_scope') continue;
    for (const q of questions ?? []) addWords(familiar, q);
  }
  for (const w of knowledge.nlu.vocabulary.judgement) addWords(familiar, w);
  addProse(familiar, { frameworks: knowledge.frameworks, topics: knowledge.topics, concepts: knowledge.concepts });
  return familiar;
}
