/**
 * How many people build the app, when the question counts them: "a 30-person team", "team of 12",
 * "50 developers", "~40 devs". scale.ts skips these counts on purpose ("we're 40 employees" is not a
 * load); here they say how big the codebase and its team are, which tells frameworks apart the way a
 * large user base does: a framework that leaves structure to each team strains with dozens of them.
 */

/** From this many developers a team is large: several sub-teams share one codebase. */
export const LARGE_TEAM = 10;

// The people counted are the ones who write the code.
const BUILDERS = new Set(['developers', 'developer', 'devs', 'dev', 'engineers', 'engineer', 'programmers', 'coders']);
// "a 30 person team", "10 dev team": the count names the team's size.
const TEAM_NOUN = new Set(['team', 'teams']);
const SIZE_OF = new Set(['person', 'people', 'man', 'strong', 'member']);
const AT_LEAST = new Set(['plus', 'odd']);
const SPELT: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12, dozens: 24 };

const countAt = (word: string | undefined): number | null => {
  if (word === undefined) return null;
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return SPELT[word] ?? null;
};

export interface TeamSize {
  size: number;
  start: number;
  end: number;
}

/** The largest team size the question counts, with the words it spans; null when none is counted. */
export function teamSizeNamed(words: string[]): TeamSize | null {
  let found: TeamSize | null = null;
  const keep = (size: number, start: number, end: number) => {
    if (!found || size > found.size) found = { size, start, end };
  };
  for (let i = 0; i < words.length; i++) {
    // "a dozen devs": the article is part of the count.
    const n = countAt(words[i]);
    if (n === null) continue;
    // "30+ developers" (read "30 plus"), "20 odd engineers": the count is a floor, still the team's size.
    const open = AT_LEAST.has(words[i + 1] ?? '') ? 1 : 0;
    const next = words[i + 1 + open];
    // "50 developers", "~40 devs", "30 person team", "10 dev team"
    if (BUILDERS.has(next ?? '')) keep(n, i, i + 2 + open);
    else if (SIZE_OF.has(next ?? '') && TEAM_NOUN.has(words[i + 2 + open] ?? '')) keep(n, i, i + 3 + open);
    // "team of 12", "a team of ten developers"
    if (words[i - 1] === 'of' && TEAM_NOUN.has(words[i - 2] ?? '')) keep(n, i - 2, BUILDERS.has(next ?? '') ? i + 2 + open : i + 1);
  }
  return found;
}
