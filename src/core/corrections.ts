import type { Correction, Framework } from './knowledge-model';
import { normalizePhrase } from './normalize';
import { FILLER, STOP_WORDS, stem, stemWords } from './words';

function contentWords(text: string): Set<string> {
  return new Set(
    normalizePhrase(text)
      .split(' ')
      .filter((w) => w.length >= 3 && !FILLER.has(w) && !STOP_WORDS.has(w))
      .map(stem),
  );
}

/**
 * Corrections whose claim the question echoes ("is flask only for one page apps?"), so the
 * answer states the accurate fact next to the myth. A claim must share at least two content
 * words with the question, and at least a third of its own.
 */
// Knowledge is immutable, so each claim's words are worked out once, not on every question.
const claimWords = new WeakMap<Correction, string[]>();

function wordsOfClaim(c: Correction, f: Framework): string[] {
  let words = claimWords.get(c);
  if (!words) {
    words = [...contentWords(c.claim)].filter((w) => w !== stem(f.id) && w !== stem(f.name.toLowerCase()));
    claimWords.set(c, words);
  }
  return words;
}

export function relevantCorrections(frameworks: Framework[], questionWords: string[]): Correction[] {
  const asked = new Set(stemWords(questionWords));
  const out: Correction[] = [];
  for (const f of frameworks) {
    for (const c of f.corrections) {
      const claim = wordsOfClaim(c, f);
      const shared = claim.filter((w) => asked.has(w)).length;
      if (shared >= 2 && shared / Math.max(1, claim.length) >= 1 / 3) out.push(c);
    }
  }
  return out.slice(0, 2);
}
