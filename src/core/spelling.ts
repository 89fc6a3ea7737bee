import Fuse from 'fuse.js';
import { editDistance } from './edit-distance';
import { NEVER_CORRECT } from './words';

/** Turns a mistyped word into the vocabulary word it most likely meant, or leaves it as is. */
export interface SpellingCorrector {
  correct(word: string): string;
}

const CACHE_LIMIT = 5000;
const FUSE_OPTIONS = { includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 2 } as const;

// Two inflected words of one length with the same ending differ in their stem: "posting" and
// "porting", "ingestion" and "injection" are both real words, not one a typo of the other. A typo
// of an inflected word usually drops or doubles a letter ("tempating"), which changes the length.
const INFLECTION = /(?:ing|ion|ions|ed|er|ers|ly)$/;
// Versions and numbers ("3", "v2", "5k") are never typos of a name.
const HAS_DIGIT = /\d/;
const sameInflection = (word: string, item: string) => word.length === item.length && INFLECTION.exec(word)?.[0] === INFLECTION.exec(item)?.[0] && INFLECTION.test(word);

/** How many edits a typo of this length may contain and still count. */
function allowedEdits(word: string, candidate: string): number {
  if (word.length <= 3) return 0;
  // A 4-letter word may only have lost a letter ("flsk" -> "flask"), not swapped one ("test" -> "rest").
  if (word.length === 4) return candidate.length > word.length ? 1 : 0;
  return word.length >= 8 ? 2 : 1;
}

/** The vocabulary arranged for finding candidates. */
interface Lookups {
  /** Each first letter's words, in vocabulary order (what that letter's Fuse index searches). */
  wordsByLetter: Map<string, string[]>;
  /** Vocabulary words by all but their first letter: finds a wrong or an extra first letter. */
  byTail: Map<string, string[]>;
}

function buildLookups(vocabulary: string[]): Lookups {
  const wordsByLetter = new Map<string, string[]>();
  const byTail = new Map<string, string[]>();
  for (const w of vocabulary) {
    for (const [map, key] of [
      [wordsByLetter, w[0]!],
      [byTail, w.slice(1)],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(w);
      else map.set(key, [w]);
    }
  }
  return { wordsByLetter, byTail };
}

/**
 * Spelling correction over the knowledge's vocabulary. Fuse proposes candidates and the
 * edit-distance gate decides, because Fuse also scores substrings ("task" inside "flask") as close,
 * which would invent frameworks. People rarely mistype the first letter, so Fuse searches only the
 * words sharing it: one small index per letter instead of the whole vocabulary made a question
 * of 70 unknown words cost 40-100 ms. The rarer first-letter typos of long words ("xjango") are
 * exactly one edit at the front, so they are found by lookup instead.
 *
 * `shortWords` are the only words a 4-letter typo may become: "flsk" is surely Flask, but "sale"
 * is not a typo of the topic word "scale".
 */
export function createSpellingCorrector(vocabulary: string[], shortWords: Set<string>, realWords: ReadonlySet<string> = new Set()): SpellingCorrector {
  const vocab = new Set(vocabulary);
  // A typo is at most two edits from a word we know, so a word longer than the longest by more than
  // that is none of ours. Fuse's search of a 500-letter run ("sBsBsB...") took a quarter of a second.
  const longestTypo = vocabulary.reduce((n, w) => Math.max(n, w.length), 0) + 2;
  // Built when a first word needs correcting: a start, and a first question spelt right, skip it.
  let lookups: Lookups | null = null;
  const byFirstLetter = new Map<string, Fuse<string>>();
  // Each letter's Fuse index is built the first time a word with that letter needs correcting.
  // Building all of them took ~40 ms of every start-up, and a question needs the few letters its
  // unknown words begin with.
  const fuseFor = (letter: string): Fuse<string> | undefined => {
    let fuse = byFirstLetter.get(letter);
    const words = (lookups ??= buildLookups(vocabulary)).wordsByLetter.get(letter);
    if (!fuse && words) byFirstLetter.set(letter, (fuse = new Fuse(words, FUSE_OPTIONS)));
    return fuse;
  };
  const cache = new Map<string, string | null>();

  const frontTypos = (word: string): string[] => {
    const { byTail } = (lookups ??= buildLookups(vocabulary));
    const swapped = word.length > 1 ? `${word[1]}${word[0]}${word.slice(2)}` : word;
    return [...(byTail.get(word.slice(1)) ?? []), ...(byTail.get(word) ?? []), word.slice(1), swapped].filter((w) => vocab.has(w));
  };

  const search = (word: string): string | null => {
    let best: string | null = null;
    let bestDistance = Infinity;
    const consider = (item: string, sameStart: boolean) => {
      if (sameInflection(word, item)) return;
      const max = allowedEdits(word, item);
      const d = editDistance(word, item, max);
      // Two letters changed in place in a word under ten letters is another word, not a typo:
      // "sysadmin" is no "sqladmin". Typos of that length drop, double or swap letters.
      if (d === 2 && word.length === item.length && word.length < 10) return;
      const startOk = sameStart || (d === 1 && word.length >= 6);
      const shortOk = word.length > 4 || shortWords.has(item);
      if (d <= max && startOk && shortOk && d < bestDistance) {
        best = item;
        bestDistance = d;
      }
    };
    for (const { item } of fuseFor(word[0]!)?.search(word, { limit: 8 }) ?? []) consider(item, true);
    if (best === null) for (const item of frontTypos(word)) consider(item, false);
    return best;
  };

  return {
    correct(word) {
      // A word our own prose uses is spelt right ("changing" is not a misspelt "caching"), but a
      // name's possessive ("fastapis", from "FastAPI's") is still the name.
      const possessive = word.endsWith('s') && vocab.has(word.slice(0, -1));
      if (vocab.has(word) || NEVER_CORRECT.has(word) || (realWords.has(word) && !possessive) || word.length < 4 || word.length > longestTypo || HAS_DIGIT.test(word)) return word;
      const cached = cache.get(word);
      if (cached !== undefined) return cached ?? word;
      const best = search(word);
      // A full cache is dropped rather than grown: memory stays bounded on endless novel words.
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, best);
      return best ?? word;
    },
  };
}
