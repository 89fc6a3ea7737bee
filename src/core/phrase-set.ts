import { phraseKey } from './entity-names';
import { stemWords } from './words';

/** A list of phrases (one or more words) looked up in a question's words, plurals folded. */
export interface PhraseSet {
  /** Where phrases of the set occur, longest first at each position, without overlaps. */
  find(words: string[]): { start: number; end: number; phrase: string }[];
  has(words: string[]): boolean;
}

/**
 * Phrases are indexed by their first word, so a question is scanned once and only the lengths
 * that some phrase starting with that word has are joined and looked up: the scope reader runs
 * several sets on every question, and joining every n-gram for each made them the hot path.
 */
export function createPhraseSet(phrases: Iterable<string>): PhraseSet {
  const keys = new Set<string>();
  const lengthsByFirst = new Map<string, number[]>();
  for (const p of phrases) {
    const key = phraseKey(p);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    const parts = key.split(' ');
    const lengths = lengthsByFirst.get(parts[0]!) ?? [];
    if (!lengths.includes(parts.length)) lengths.push(parts.length);
    lengthsByFirst.set(parts[0]!, lengths.sort((a, b) => b - a));
  }
  const find = (words: string[]) => {
    const out: { start: number; end: number; phrase: string }[] = [];
    if (keys.size === 0) return out;
    const stems = stemWords(words);
    for (let i = 0; i < stems.length; i++) {
      const lengths = lengthsByFirst.get(stems[i]!);
      if (!lengths) continue;
      for (const n of lengths) {
        if (i + n > stems.length) continue;
        const key = n === 1 ? stems[i]! : stems.slice(i, i + n).join(' ');
        if (keys.has(key)) {
          out.push({ start: i, end: i + n, phrase: key });
          i += n - 1;
          break;
        }
      }
    }
    return out;
  };
  return { find, has: (words) => find(words).length > 0 };
}
