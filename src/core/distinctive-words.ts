import type { Framework, Knowledge } from './knowledge-model';
import { normalizePhrase } from './normalize';
import { FILLER, NEVER_CORRECT, STOP_WORDS, stem, stemWords } from './words';

/** How much a question's own words point at each framework's known strengths. */
export interface DistinctiveWords {
  /** A bonus per framework id for the question's words found in what that framework is known for (frameworks without one are left out). */
  affinity(words: string[]): Map<string, number>;
}

const MIN_LENGTH = 3;
// One distinctive word is worth a small nudge; a few together can settle a close call, but never
// outweigh a rating point on a need the question names.
const PER_WORD = 0.12;
const MAX_BONUS = 0.45;

const contentWords = (text: string): string[] =>
  normalizePhrase(text)
    .split(' ')
    .filter((w) => w.length >= MIN_LENGTH && !STOP_WORDS.has(w) && !FILLER.has(w))
    .map(stem);

/**
 * What each framework is known for, as words: its summary, what it is built on, best-for and
 * choose-if texts. A word shared by many frameworks ("api") says nothing; one that only Bottle's
 * texts use ("dependencies", "single file") or only aiohttp's ("client") tells frameworks apart, so
 * each word is weighted by how few frameworks use it (inverse document frequency). Framework names
 * are left out: "our flask app" must not favour every framework whose text mentions Flask.
 */
export function createDistinctiveWords(knowledge: Knowledge): DistinctiveWords {
  const names = new Set(knowledge.frameworks.flatMap((f) => [f.id, ...f.aliases, f.name].flatMap((n) => contentWords(n))));
  const textOf = (f: Framework) => [f.summary.text, f.builtOn.text, f.chooseIf, ...f.bestFor.map((b) => b.text)].join(' ');
  const wordsOf = new Map(knowledge.frameworks.map((f) => [f.id, new Set(contentWords(textOf(f)).filter((w) => !names.has(w)))]));
  const documentFrequency = new Map<string, number>();
  for (const set of wordsOf.values()) for (const w of set) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const n = knowledge.frameworks.length;
  // Each word's share of a bonus, worked out once per knowledge rather than per framework per question.
  const weight = new Map([...documentFrequency].map(([w, df]) => [w, Math.log(n / df) / Math.log(n)]));
  // Which frameworks' texts use each word (as framework positions, in knowledge order): a question
  // then visits only the frameworks sharing one of its words. Scanning every framework's words for
  // every question made this the costliest step of reading one once the knowledge grew (1,300
  // frameworks in the 100x bench: ~1.1 ms a question, and a 1,300-key result to copy and collect).
  const ids = [...wordsOf.keys()];
  const usedBy = new Map<string, number[]>();
  ids.forEach((id, i) => {
    for (const w of wordsOf.get(id)!) {
      const list = usedBy.get(w);
      if (list) list.push(i);
      else usedBy.set(w, [i]);
    }
  });

  return {
    affinity(questionWords) {
      // Everyday question words ("use", "want", "build") say nothing about a framework, even when a
      // framework's text happens to use them ("what FastAPI uses underneath").
      const stems = stemWords(questionWords);
      const asked = new Set<string>();
      questionWords.forEach((w, i) => {
        if (w.length >= MIN_LENGTH && !STOP_WORDS.has(w) && !NEVER_CORRECT.has(w)) asked.add(stems[i]!);
      });
      // Per framework the weights are added in the order the question asks the words, as a scan of
      // each framework would add them, so every bonus is the same number to the last bit.
      const scores = new Map<number, number>();
      for (const w of asked) for (const i of usedBy.get(w) ?? []) scores.set(i, (scores.get(i) ?? 0) + weight.get(w)!);
      // Only frameworks with a bonus are listed (in knowledge order): a missing one has none, and
      // the judge reads `affinity[id] ?? 0`.
      const out = new Map<string, number>();
      for (const i of [...scores.keys()].sort((a, b) => a - b)) out.set(ids[i]!, Math.min(MAX_BONUS, PER_WORD * scores.get(i)!));
      return out;
    },
  };
}
