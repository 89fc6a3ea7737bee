import type { EntityMatch } from './entity-index';

const VS = new Set(['vs', 'versus']);
/** How many words a side of "X vs Y" may have: "overriding save", "wtforms alone", "plain html forms". */
const MAX_SIDE = 4;
// Where a side ends: the context after it ("wtforms for a survey app") or a question around it.
// "cherrypy's strengths vs newer frameworks": a group is the rest of the field, which we do know.
const GROUP_WORDS = new Set(['framework', 'frameworks', 'others', 'other', 'alternatives', 'competitors', 'rest', 'everything', 'ones', 'everyone', 'all']);
// Words that open a noun phrase: on a side after "vs" they belong to it ("just calling the function").
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our']);
const SIDE_ENDS = new Set(['for', 'in', 'with', 'when', 'if', 'on', 'to', 'and', 'or', 'but', 'which', 'what', 'is', 'are', 'should', 'do', 'does', 'at', 'the', 'a', 'an', 'my', 'our']);

/**
 * "django forms vs wtforms", "django signals vs overriding save()": an explicit "vs" with one side
 * naming something we know (a framework or package) and the other nothing we know (at most the
 * same need), nor another ecosystem. Returns the other side's words, or null. Such a question weighs the two, even though
 * only one side can be answered from the knowledge.
 */
export function unknownSide(words: string[], matches: EntityMatch[], ecosystemStarts: number[]): string | null {
  const at = words.findIndex((w) => VS.has(w));
  if (at <= 0 || words.findIndex((w, i) => i > at && VS.has(w)) >= 0) return null;
  const within = (s: number[]) => matches.filter((m) => s.length > 0 && m.start >= s[0]! && m.end <= s.at(-1)! + 1);
  const named = (s: number[]) => within(s).some((m) => m.kind === 'framework' || m.kind === 'concept');
  // A side's words, read outwards from "vs" until the context around it starts.
  const side = (step: 1 | -1): number[] => {
    const out: number[] = [];
    // After "vs" a determiner inside the side is its own; before "vs", it is where the context starts.
    const ends = (w: string) => SIDE_ENDS.has(w) && !(step === 1 && out.length > 0 && DETERMINERS.has(w));
    for (let i = at + step; i >= 0 && i < words.length && out.length < MAX_SIDE && !ends(words[i]!); i += step) out.push(i);
    return step === 1 ? out : out.reverse();
  };
  const left = side(-1);
  const right = side(1);
  if (left.length === 0 || right.length === 0) return null;
  // Nothing of ours on a side, or only the need the other side names ("wtforms" reads as form handling,
  // as "django forms" does): that side is another way to meet the same need.
  const unknown = (s: number[], known: number[]) =>
    !named(s) && !s.some((i) => ecosystemStarts.includes(i) || GROUP_WORDS.has(words[i]!)) && within(s).every((m) => within(known).some((k) => k.kind === 'topic' && k.id === m.id));
  if (named(left) && unknown(right, left)) return right.map((i) => words[i]).join(' ');
  if (named(right) && unknown(left, right)) return left.map((i) => words[i]).join(' ');
  return null;
}
