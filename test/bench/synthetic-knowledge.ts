import { POOR_FIT_RATING, type Concept, type Framework, type Knowledge, type Topic } from '../../src/core/knowledge-model';
import { rankByRating } from '../../src/knowledge/rank-by-rating';

/** A made-up word per index ("zorvak", "quilenta", …), so synthetic names do not collide with real ones. */
function pseudoWord(i: number): string {
  const syllables = ['zor', 'vak', 'qui', 'len', 'tra', 'mox', 'pel', 'dru', 'kes', 'hym', 'wib', 'yon', 'gaf', 'nux', 'bix', 'ros'];
  let n = i + 17;
  let word = '';
  do {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  } while (n > 0);
  return word;
}

/**
 * The real knowledge grown `factor` times: frameworks and concepts cloned under made-up names (each
 * with as many aliases as the original), and every topic given `factor` times the synonyms. The
 * real entries stay, so the evaluation questions still mean the same; only the haystack grows.
 */
export function scaleKnowledge(real: Knowledge, factor: number): Knowledge {
  let next = 0;
  const frameworks: Framework[] = [...real.frameworks];
  const concepts: Concept[] = [...real.concepts];
  for (let copy = 1; copy < factor; copy++) {
    for (const f of real.frameworks) {
      const name = pseudoWord((next += 1));
      frameworks.push({ ...f, id: name, name: name[0]!.toUpperCase() + name.slice(1), aliases: f.aliases.map((_, i) => `${name} ${pseudoWord(i)}`) });
    }
    for (const c of real.concepts) {
      const name = pseudoWord((next += 1));
      concepts.push({ ...c, id: name, name, aliases: c.aliases.map((_, i) => `${name}${pseudoWord(i)}`) });
    }
  }
  const topics: Topic[] = real.topics.map((t) => ({
    ...t,
    // Rankings and poor fits come from the ratings, which the clones copy from their originals.
    ranking: rankByRating(frameworks, t.id),
    poorFit: frameworks.filter((f) => f.support[t.id].rating <= POOR_FIT_RATING).map((f) => f.id),
    synonyms: [...t.synonyms, ...Array.from({ length: t.synonyms.length * (factor - 1) }, () => `${pseudoWord((next += 1))} ${t.phrase.split(' ').at(-1)}`)],
  }));
  return { version: `${real.version}x${factor}`, frameworks, topics, concepts, nlu: real.nlu };
}
