import { phraseKey } from './entity-names';
import { stem } from './words';

const MAX_WORDS = 5;

/** A list of phrases (one or more words) looked up in a question's words, plurals folded. */
export interface PhraseSet {
  /** Word positions where a phrase of the set starts, with its length. */
  find(words: string[]): { start: number; end: number; phrase: string }[];
  has(words: string[]): boolean;
}

export function createPhraseSet(phrases: Iterable<string>): PhraseSet {
  const keys = new Set<string>();
  for (const p of phrases) {
    const key = phraseKey(p);
    if (key) keys.add(key);
  }
  const find = (words: string[]) => {
    const stems = words.map(stem);
    const out: { start: number; end: number; phrase: string }[] = [];
    for (let i = 0; i < stems.length; i++) {
      for (let n = Math.min(MAX_WORDS, stems.length - i); n >= 1; n--) {
        const key = stems.slice(i, i + n).join(' ');
        if (keys.has(key)) {
          out.push({ start: i, end: i + n, phrase: key });
          break;
        }
      }
    }
    return out;
  };
  return { find, has: (words) => find(words).length > 0 };
}
