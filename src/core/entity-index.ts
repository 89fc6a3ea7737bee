import type { EntityKind } from './entity-names';
import type { Knowledge } from './knowledge-model';
import { indexText } from './prebuilt-index';
import { createSpellingCorrector } from './spelling';
import { stemWords } from './words';

export type { EntityKind } from './entity-names';

// Hungarian's long vowels for a name's last one before a case ending ("Django" -> "Djangó-ban").
const LENGTHENED_VOWEL: Record<string, string> = { a: 'á', e: 'é', o: 'ó' };

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

// Names longer than this are never matched whole. Chinese, Japanese, Korean and Thai are read a
// character a word, so "เรียนง่าย" (easy to learn) is seven words.
const MAX_PHRASE_WORDS = 12;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * A match for a name found at a span, written out field by field. Spreading the entry
 * (`{ ...e, start, end, exact }`) gave the same objects, but V8 (Node 20) kept them alive through
 * minor GCs: in a loop of finds, each scavenge copied ~1.9 MB of dead matches instead of ~7 KB and
 * paused 9-15 ms instead of ~1.5 ms, one cause of answers taking 5-15 ms at random.
 */
function matchAt(e: Entry, start: number, end: number, exact: boolean): EntityMatch {
  return e.weak ? { kind: e.kind, id: e.id, weak: e.weak, start, end, exact } : { kind: e.kind, id: e.id, start, end, exact };
}

export function createEntityIndex(knowledge: Knowledge): EntityIndex {
  const phrases = new Map<string, Entry[]>();
  const compact = new Map<string, Entry[]>();
  const add = (kind: EntityKind, id: string, key: string, weak?: boolean): void => {
    if (!key) return;
    // Names are also found glued or split ("djangorestframework", "BackgroundTasks", "auto-generated
    // docs"). Needs written in other scripts or with accents are read as typed: their glued prefixes
    // (thousands of synonyms in many languages) would cost megabytes and find nothing more.
    const glued = kind !== 'topic' || ASCII.test(key);
    for (const [map, k] of (glued ? [[phrases, key], [compact, key.replaceAll(' ', '')]] : [[phrases, key]]) as [Map<string, Entry[]>, string][]) {
      const list = map.get(k) ?? [];
      if (!list.some((e) => e.kind === kind && e.id === id)) list.push(weak ? { kind, id, weak } : { kind, id });
      map.set(k, list);
    }
  };
  const text = indexText(knowledge);
  for (const { name, key } of text.names) add(name.kind, name.id, key, name.weak);

  const vocabulary = [...new Set([...phrases.keys()].flatMap((k) => k.split(' ')))];
  const frameworkWords = new Set(
    [...phrases.entries()].filter(([, es]) => es.some((e) => e.kind === 'framework')).flatMap(([k]) => k.split(' ')),
  );
  const { correct } = createSpellingCorrector(vocabulary, frameworkWords, text.proseWords);
  // "rozdiel medzi Flaskom a Djangom", "Flask'ta", "Djangon": a one-word framework name with a case
  // ending of another language glued on. A five-letter name needs a longer ending, so Italian
  // "quarta" (fourth) is no Quart.
  const endings = new Set(knowledge.nlu.vocabulary.nameEndings.map((e) => e.toLowerCase()));
  const inflectable = new Map<string, string[]>();
  for (const [key, es] of phrases) {
    if (key.includes(' ') || key.length < 5 || !es.some((e) => e.kind === 'framework')) continue;
    inflectable.set(key.slice(0, 5), [...(inflectable.get(key.slice(0, 5)) ?? []), key]);
  }
  // "a Djangóban", "Djangót tanulni": Hungarian lengthens a name's last vowel before the ending (and its
  // accusative is a bare "t" after it).
  const lengthenedStem = (name: string): string | undefined => {
    const long = LENGTHENED_VOWEL[name.at(-1) ?? ''];
    return long ? name.slice(0, -1) + long : undefined;
  };
  const uninflected = (w: string): string | undefined =>
    endings.size === 0 || w.length < 6 || phrases.has(w)
      ? undefined
      : inflectable.get(w.slice(0, 5))?.find((name) => {
          const ending = w.slice(name.length);
          if (w.startsWith(name) && endings.has(ending) && (name.length >= 6 || ending.length >= 2)) return true;
          const stem = lengthenedStem(name);
          const after = stem && w.startsWith(stem) ? w.slice(stem.length) : undefined;
          return after !== undefined && (after === 't' || endings.has(after));
        });

  const lookup = (word: string): Entry[] | undefined => phrases.get(word) ?? compact.get(word);
  // Names grow word by word ("django", "django rest", "django rest framework") or glued ("fast",
  // "fastapi"): a span stops growing as soon as it is the start of no name, so a 60-word question
  // tries a few spans per word instead of every span of up to five words.
  let maxWords = 1;
  for (const key of phrases.keys()) maxWords = Math.min(MAX_PHRASE_WORDS, Math.max(maxWords, key.split(' ').length));
  // Whether a run of words starts some name, found by binary search over the names, sorted: a set of
  // every prefix answered in one lookup but held ~50,000 more strings (3 MB of the process).
  const firstAtLeast = (sorted: string[], prefix: string): string | undefined => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return sorted[lo];
  };
  const spacedNames = [...phrases.keys()].sort();
  // "django rest" starts "django rest framework" word by word; "djangorest" starts only a glued name.
  const spacedStarts = { has: (words: string) => phrases.has(words) || firstAtLeast(spacedNames, `${words} `)?.startsWith(`${words} `) === true };
  // "مناسب لموقع إخباري" (suited to a news site), "מתאים לאתר גדול": Arabic and Hebrew glue short
  // words ("for", "in", "the") to the next one. Where the word as written spells nothing, it is read
  // without such a prefix when the rest starts a name; the rest keeps three letters, so no bare root is read.
  const prefixes = [...knowledge.nlu.vocabulary.gluedPrefixes].sort((a, b) => b.length - a.length);
  const unprefixed = (w: string): string | undefined => {
    if (prefixes.length === 0) return undefined;
    for (const p of prefixes) if (w.startsWith(p) && w.length - p.length >= 3 && spacedStarts.has(w.slice(p.length))) return w.slice(p.length);
    return undefined;
  };
  const gluedNames = [...compact.keys()].sort();
  const gluedStarts = { has: (glued: string) => firstAtLeast(gluedNames, glued)?.startsWith(glued) === true };
  const spanFree = (taken: boolean[], i: number, n: number) => {
    for (let j = i; j < i + n; j++) if (taken[j]) return false;
    return true;
  };
  /** The names each span starting at `i` spells: entries[n - 1] for the span of n words. */
  const none: (Entry[] | undefined)[] = [];
  const spansFrom = (ws: readonly string[], i: number): (Entry[] | undefined)[] => {
    if (!spacedStarts.has(ws[i]!) && !gluedStarts.has(ws[i]!)) return none;
    // Sized up front: filled from empty, the array would first grow to room for 17 entries.
    const found = new Array<Entry[] | undefined>(maxWords);
    let spaced = '';
    let glued = '';
    for (let n = 1; n <= maxWords && i + n <= ws.length; n++) {
      const w = ws[i + n - 1]!;
      spaced = n === 1 ? w : `${spaced} ${w}`;
      glued += w;
      const spacedOn = spacedStarts.has(spaced);
      const gluedOn = gluedStarts.has(glued);
      if (!spacedOn && !gluedOn) break;
      // "fast a p i" and "w s g i" are spelt out, but "websockets? I need" is no Italian "websocketi": one
      // letter right after a whole word does not finish a glued name.
      // ("so a single file" is no "soa" either: the article after a two-letter word.)
      const strayLetter = n > 1 && w.length === 1 && (ws[i + n - 2]!.length > 2 || (w === 'a' && ws[i + n - 2]!.length === 2));
      // ...nor is the article "a" glued to the word after it: "for a ws relay" is no "aws" ("a s g i" is spelt out).
      const article = n > 1 && ws[i] === 'a' && ws[i + 1]!.length > 1;
      found[n - 1] = (spacedOn ? phrases.get(spaced) : undefined) ?? (gluedOn && !strayLetter && !article ? compact.get(glued) : undefined);
    }
    return found;
  };
  return {
    find(words, options) {
      const stems = stemWords(words);
      const fixed = options?.correct === false ? stems : stems.map((w) => uninflected(w) ?? unprefixed(w) ?? correct(w));
      const taken = new Array<boolean>(words.length).fill(false);
      const exactSpans = stems.map((_, i) => spansFrom(stems, i));
      // Most words need no correction: a span of uncorrected words spells what its exact span spells.
      let nextChanged = Infinity;
      const fixedSpans = fixed === stems ? exactSpans : exactSpans.slice();
      for (let i = words.length - 1; i >= 0 && fixed !== stems; i--) {
        if (fixed[i] !== stems[i]) nextChanged = i;
        if (nextChanged < i + maxWords) fixedSpans[i] = spansFrom(fixed, i);
      }
      const matches: EntityMatch[] = [];
      for (let n = Math.min(maxWords, words.length); n >= 1; n--) {
        for (let i = 0; i + n <= words.length; i++) {
          const exactEntries = exactSpans[i]![n - 1];
          const entries = exactEntries ?? fixedSpans[i]![n - 1];
          if (!entries || !spanFree(taken, i, n)) continue;
          for (const e of entries) matches.push(matchAt(e, i, i + n, Boolean(exactEntries)));
          for (let j = i; j < i + n; j++) taken[j] = true;
          // "django rest framework" is a concept, and also names Django.
          if (n > 1 && !entries.some((e) => e.kind === 'framework')) {
            for (let j = i; j < i + n; j++) {
              const inner = lookup(fixed[j]!)?.find((e) => e.kind === 'framework');
              if (inner) matches.push(matchAt(inner, j, j + 1, stems[j] === fixed[j]));
            }
          }
        }
      }
      return matches.sort((a, b) => a.start - b.start);
    },
  };
}
