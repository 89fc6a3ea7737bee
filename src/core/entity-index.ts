import { entityNames, phraseKey, type EntityKind } from './entity-names';
import type { Knowledge } from './knowledge-model';
import { proseWords } from './familiar-words';
import { createSpellingCorrector } from './spelling';
import { stem } from './words';

export type { EntityKind } from './entity-names';

/** One thing found in the question, with the word span it came from. */
export interface EntityMatch {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
  /** False when a word had to be spell-corrected to match. */
  exact: boolean;
  /** Matched by a generic word that only hints at a topic ("api"). */
  weak?: boolean;
}

/** Finds frameworks, topics and concepts in normalised words, forgiving typos. */
export interface EntityIndex {
  /** `correct: false` matches exact names only (no spelling correction), for text we wrote ourselves. */
  find(words: string[], options?: { correct?: boolean }): EntityMatch[];
}

interface Entry {
  kind: EntityKind;
  id: string;
  weak?: boolean;
}

const MAX_PHRASE_WORDS = 5;

export function createEntityIndex(knowledge: Knowledge): EntityIndex {
  const phrases = new Map<string, Entry[]>();
  const compact = new Map<string, Entry[]>();
  const add = (kind: EntityKind, id: string, phrase: string, weak?: boolean): void => {
    const key = phraseKey(phrase);
    if (!key) return;
    for (const [map, k] of [
      [phrases, key],
      [compact, key.replaceAll(' ', '')],
    ] as const) {
      const list = map.get(k) ?? [];
      if (!list.some((e) => e.kind === kind && e.id === id)) list.push(weak ? { kind, id, weak } : { kind, id });
      map.set(k, list);
    }
  };
  for (const { kind, id, phrase, weak } of entityNames(knowledge)) add(kind, id, phrase, weak);

  const vocabulary = [...new Set([...phrases.keys()].flatMap((k) => k.split(' ')))];
  const frameworkWords = new Set(
    [...phrases.entries()].filter(([, es]) => es.some((e) => e.kind === 'framework')).flatMap(([k]) => k.split(' ')),
  );
  const { correct } = createSpellingCorrector(vocabulary, frameworkWords, proseWords(knowledge));

  const lookup = (span: string[]): Entry[] | undefined => phrases.get(span.join(' ')) ?? compact.get(span.join(''));
  // A span of several words can only match if its first word starts some name ("django" of
  // "django rest framework", "fast" of "fastapi"): checking that first skips almost every span.
  const canStart = new Set<string>();
  for (const key of phrases.keys()) canStart.add(key.split(' ')[0]!);
  for (const key of compact.keys()) for (let i = 1; i <= key.length; i++) canStart.add(key.slice(0, i));
  const spanFree = (taken: boolean[], i: number, n: number) => {
    for (let j = i; j < i + n; j++) if (taken[j]) return false;
    return true;
  };

  return {
    find(words, options) {
      const stems = words.map(stem);
      const fixed = options?.correct === false ? stems : stems.map(correct);
      const taken = new Array<boolean>(words.length).fill(false);
      const matches: EntityMatch[] = [];
      for (let n = Math.min(MAX_PHRASE_WORDS, words.length); n >= 1; n--) {
        for (let i = 0; i + n <= words.length; i++) {
          if (n > 1 && !canStart.has(stems[i]!) && !canStart.has(fixed[i]!)) continue;
          if (!spanFree(taken, i, n)) continue;
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
