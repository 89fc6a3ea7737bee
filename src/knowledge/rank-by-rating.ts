import type { Framework, TopicId } from '../core/knowledge-model';

/** Topics whose ratings break ties: between two equally rated frameworks, the better-supported one first. */
const TIE_BREAKERS: TopicId[] = ['community', 'maturity', 'documentation'];

/**
 * Every framework id, best fit for the topic first. Ratings are written per framework, so adding a
 * framework file re-ranks every topic without touching the topic files; ties fall to community,
 * maturity and documentation, then the name, so the order is stable.
 */
export function rankByRating(frameworks: Framework[], topic: TopicId): string[] {
  const key = (f: Framework) => [f.support[topic].rating, ...TIE_BREAKERS.map((t) => f.support[t].rating)];
  return [...frameworks]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
      return a.name.localeCompare(b.name);
    })
    .map((f) => f.id);
}
