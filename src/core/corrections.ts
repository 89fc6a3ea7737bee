import type { Correction, Framework } from './knowledge-model';
import { normalizePhrase } from './normalize';
import { FILLER, STOP_WORDS, stem } from './words';

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
export function relevantCorrections(frameworks: Framework[], questionWords: string[]): Correction[] {
  const asked = new Set(questionWords.map(stem));
  const out: Correction[] = [];
  for (const f of frameworks) {
    for (const c of f.corrections) {
      const claim = [...contentWords(c.claim)].filter((w) => w !== stem(f.id) && w !== stem(f.name.toLowerCase()));
      const shared = claim.filter((w) => asked.has(w)).length;
      if (shared >= 2 && shared / Math.max(1, claim.length) >= 1 / 3) out.push(c);
    }
  }
  return out.slice(0, 2);
}
