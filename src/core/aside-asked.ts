import type { EntityMatch } from './entity-index';
import { english, type ScopeReading } from './read-scope';
import { OPEN_QUESTION } from './reading-rules';
import { CLOSEST_ASKED, ecosystemOnlyBehind, saysPython } from './scope-decision';

type Span = { start: number; end: number };

// The asking part points back at the app ("how do I show the menu on it?"): a question about the app, ours.
// ...or at whichpy itself ("hello! what can you do?"), or asks for a pick ("what do i use", "pick one").
const POINTS_BACK = new Set(['it', 'its', 'this', 'that', 'them', 'they', 'these', 'those', 'there', 'you', 'u', 'ya', 'whichpy', 'bot']);
const ASKS_FOR_A_PICK = /^what (?:do|should|would|can|could) (?:i|we)\b|\b(?:reach for|use|using|pick|choose|go with|start|stack|tool|tools|library|libraries)\b/;
// "...a calendar page and a forms download. Whats my path of least resistance?": the easiest way asked for is
// the way to build what was described.
const WAY_ASKED = /\b(?:path of least resistance|(?:simplest|easiest|quickest|fastest|laziest|least painful) (?:way|route|option|path|approach|setup)|least (?:effort|friction))\b/;
const MIN_WORDS = 4;
// "which of the two is closest to what we had in Laravel?", "does Depends work like Spring's injection?": ours
// weighed against the other ecosystem's, or one of ours picked, still asks about ours.
const SET_AGAINST = /\b(?:which|what) (?:one|of)\b|\b(?:like|compared (?:to|with)|different from|similar to|same as)\b/;

/**
 * The part of a question that asks, when something else is around it: the last sentence that asks,
 * or in a single sentence its last clause after a colon, dash or semicolon ("Building a tiny app for
 * my book club; quick one: why do old books smell sweet?"). Null when the question is one piece.
 */
export function askingPart(words: string[], asked: Span[] | null, clauses: Span[]): Span | null {
  if (asked !== null && asked.length > 0) return asked.at(-1)!;
  return clauses.length >= 2 ? clauses.at(-1)! : null;
}

// "how do you guard a Nuxt server route?": "you" after "how do" is anyone, not the bot.
const GENERIC_YOU_BEFORE = /\bhow (?:do|does|would|can|should)$/;
const genericYou = (words: string[], i: number): boolean => words[i] === 'you' && GENERIC_YOU_BEFORE.test(words.slice(Math.max(0, i - 2), i).join(' '));
// "any suppliers that do engraving in small batches?": "that" before what something does ties it to the noun before it; it points nowhere back.
const DOES_AFTER_THAT = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'sell', 'sells', 'make', 'makes', 'ship', 'ships', 'offer', 'offers', 'deliver', 'delivers', 'print', 'prints']);
const relativeThat = (words: string[], i: number): boolean => words[i] === 'that' && i > 0 && DOES_AFTER_THAT.has(words[i + 1] ?? '');
/** Whether the word at `i` points back at what was said before ("is that true?"), not at anyone ("how do you ...") or the noun before it. */
const pointsBack = (words: string[], i: number): boolean => POINTS_BACK.has(words[i]!) && !genericYou(words, i) && !relativeThat(words, i);

/**
 * "writing a small web app for my chess club. how does castling work again?": the app is only who
 * asks. The part that asks names nothing of ours, nothing web or Python, does not point back at the
 * app, and reads as everyday life, so the question is not ours however much web the rest has.
 * `read` reads scope on the part's words alone; it runs only for a question with a separate asking part.
 */
export function askedAside(words: string[], part: Span | null, read: (words: string[]) => { scope: ScopeReading; matches: EntityMatch[] }): boolean {
  if (part === null || part.end - part.start < MIN_WORDS || (part.start === 0 && part.end === words.length)) return false;
  const own = words.slice(part.start, part.end);
  const ownText = own.join(' ');
  if (own.some((_, i) => pointsBack(own, i)) || !english(own) || saysPython(own) || OPEN_QUESTION.test(ownText) || ASKS_FOR_A_PICK.test(ownText) || WAY_ASKED.test(ownText)) return false;
  const { scope, matches } = read(own);
  // Every word of it one our own questions use ("what's the quickest way to get going") reads as ours.
  // (A need read from one word, "small batches" as a small app, is no evidence of ours.)
  return matches.length <= 1 && matches.every((m) => m.kind === 'topic' && m.end - m.start === 1) && scope.web === 0 && !scope.generalPython && scope.webClient === 0 && scope.unfamiliar > 0;
}

/**
 * "Our backend is FastAPI, but the billing team picked Rails. How do I configure Devise there?": the
 * part that asks is about another ecosystem's framework, and ours is only who asks. It names nothing
 * of ours and no Python, and does not ask for the Python counterpart ("ex-Rails dev here. what's the nearest
 * equivalent?") or point back at what was said before.
 */
export function askedInOtherEcosystem(words: string[], part: Span | null, read: (words: string[]) => { scope: ScopeReading; matches: EntityMatch[] }): boolean {
  if (part === null || (part.start === 0 && part.end === words.length)) return false;
  const own = words.slice(part.start, part.end);
  const ownText = own.join(' ');
  if (own.some((_, i) => pointsBack(own, i)) || saysPython(own) || CLOSEST_ASKED.test(ownText) || SET_AGAINST.test(ownText)) return false;
  const { scope, matches } = read(own);
  // ("Falcon pros and cons, for a dev coming from Go?": the other ecosystem is who asks.)
  return scope.otherEcosystem && !matches.some((m) => m.kind === 'framework' || m.kind === 'concept') && !ecosystemOnlyBehind(own, scope);
}

// "the slow bit is only the number crunching", "the real issue is numpy": where the asker puts the trouble.
// ("the bottleneck isn't the framework" puts it nowhere.)
const TROUBLE_PUT = /\b(?:slow part|slow bit|bottleneck|real problem|real issue|problem|issue)s? (?:is|was|are) (?:just |only |really |mostly |all |entirely |simply )?(?!not\b)/;

/**
 * "numpy takes ages on my arrays; the numbers end up in a Flask page eventually, but the slow bit
 * is the crunching itself. Ideas?": a plain-Python question that puts its trouble in a part naming
 * nothing of ours and nothing web, with the framework only around it and not in the part that
 * asks, is about the plain Python. `text` is the words joined; `sentences` the question's sentences.
 */
export function troubleElsewhere(words: string[], text: string, sentences: Span[], part: Span | null, matches: EntityMatch[], read: (words: string[]) => { scope: ScopeReading; matches: EntityMatch[] }): boolean {
  const put = TROUBLE_PUT.exec(text);
  if (put === null) return false;
  const from = text.slice(0, put.index + put[0].length).split(' ').length - 1;
  const to = sentences.find((s) => s.start <= from && from < s.end)?.end ?? words.length;
  const named = matches.filter((m) => m.kind === 'framework' || m.kind === 'concept');
  if (from >= to || named.some((m) => m.end > from && m.start < to) || (part !== null && named.some((m) => m.end > part.start && m.start < part.end))) return false;
  const located = read(words.slice(from, to));
  return located.scope.web === 0 && !located.scope.frameworkWord && located.matches.every((m) => m.kind === 'topic');
}
