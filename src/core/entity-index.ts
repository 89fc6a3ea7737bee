import type { Knowledge } from './knowledge-model';
import { normalizePhrase } from './normalize';
import { createSpellingCorrector } from './spelling';
import { stem } from './words';

/** What a span of the question refers to. */
export type EntityKind = 'framework' | 'topic' | 'concept';

/** One thing found in the question, with the word span it came from. */
export interface EntityMatch {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
  /** False when a word had to be spell-corrected to match. */
  exact: boolean;
}

/** Finds frameworks, topics and concepts in normalised words, forgiving typos. */
export interface EntityIndex {
  find(words: string[]): EntityMatch[];
}

interface Entry {
  kind: EntityKind;
  id: string;
}

const MAX_PHRASE_WORDS = 5;

function phraseKey(phrase: string): string {
  return normalizePhrase(phrase).split(' ').filter(Boolean).map(stem).join(' ');
}

export function createEntityIndex(knowledge: Knowledge): EntityIndex {
  const phrases = new Map<string, Entry[]>();
  const compact = new Map<string, Entry[]>();
  const add = (kind: EntityKind, id: string, phrase: string): void => {
    const key = phraseKey(phrase);
    if (!key) return;
    for (const [map, k] of [
      [phrases, key],
      [compact, key.replaceAll(' ', '')],
    ] as const) {
      const list = map.get(k) ?? [];
      if (!list.some((e) => e.kind === kind && e.id === id)) list.push({ kind, id });
      map.set(k, list);
    }
  };
  for (const f of knowledge.frameworks) [f.id, f.name, ...f.aliases].forEach((p) => add('framework', f.id, p));
  for (const t of knowledge.topics) [t.id.replaceAll('_', ' '), t.name, ...t.synonyms].forEach((p) => add('topic', t.id, p));
  for (const c of knowledge.concepts) [c.id.replaceAll('_', ' '), c.name, ...c.aliases].forEach((p) => add('concept', c.id, p));

  const vocabulary = [...new Set([...phrases.keys()].flatMap((k) => k.split(' ')))];
  const frameworkWords = new Set(
    [...phrases.entries()].filter(([, es]) => es.some((e) => e.kind === 'framework')).flatMap(([k]) => k.split(' ')),
  );
  const { correct } = createSpellingCorrector(vocabulary, frameworkWords);

  const lookup = (span: string[]): Entry[] | undefined => phrases.get(span.join(' ')) ?? compact.get(span.join(''));

  return {
    find(words) {
      const stems = words.map(stem);
      const fixed = stems.map(correct);
      const taken = new Array<boolean>(words.length).fill(false);
      const matches: EntityMatch[] = [];
      for (let n = Math.min(MAX_PHRASE_WORDS, words.length); n >= 1; n--) {
        for (let i = 0; i + n <= words.length; i++) {
          if (taken.slice(i, i + n).some(Boolean)) continue;
          const exactEntries = lookup(stems.slice(i, i + n));
          const entries = exactEntries ?? lookup(fixed.slice(i, i + n));
          if (!entries) continue;
          for (const e of entries) matches.push({ ...e, start: i, end: i + n, exact: Boolean(exactEntries) });
          for (let j = i; j < i + n; j++) taken[j] = true;
          // "django rest framework" is a concept, and also names Django.
          if (n > 1 && !entries.some((e) => e.kind === 'framework')) {
            for (let j = i; j < i + n; j++) {
              const inner = lookup([fixed[j]!])?.find((e) => e.kind === 'framework');
              if (inner) matches.push({ ...inner, start: j, end: j + 1, exact: stems[j] === fixed[j] });
            }
          }
        }
      }
      return matches.sort((a, b) => a.start - b.start);
    },
  };
}
