/**
 * Word-level helpers shared by the entity index and the intent rules.
 */

// Plurals that mean something else than their singular: "migrations" are a database's schema
// changes (orm), "a migration" is moving to another framework.
// "depends" is FastAPI's Depends(), not "what does flask depend on".
const KEEP_PLURAL = new Set(['migrations', 'depends']);

// "class", "status", "analysis" end in s but are not plurals. Built once: a literal in stem()
// would be a new RegExp object on each of the hundreds of calls a question makes.
const NOT_PLURAL_ENDING = /(?:ss|us|is)$/;

/** Folds simple English plurals so "templates" finds "template" and "apps" finds "app". */
export function stem(word: string): string {
  if (KEEP_PLURAL.has(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !NOT_PLURAL_ENDING.test(word)) return word.slice(0, -1);
  return word;
}

// The entity index, every phrase set of the scope reader (six to ten per question) and the
// corrections all stem the same words of the same question: the last result is kept and handed
// out again while the words are the same, checked word by word so a changed array is never stale.
let lastWords: readonly string[] = [];
let lastStems: readonly string[] = [];

/** The stems of a question's words, in order (shared: callers must not modify the array). */
export function stemWords(words: readonly string[]): readonly string[] {
  const same = words.length === lastWords.length && words.every((w, i) => w === lastWords[i]);
  if (!same) {
    lastStems = words.map(stem);
    lastWords = [...words];
  }
  return lastStems;
}

/** Grammar words that never carry the meaning of a question (articles, pronouns, auxiliaries). */
export const STOP_WORDS = new Set(
  (
    'a an the and or but if then than so to of in on at by for with without from into onto over under about ' +
    'is are was were be been being am do does did done doing have has had having can could should would will shall may might must ' +
    'i me my mine we us our you your he she it its they them their this that these those there here what which who whom whose when where why how ' +
    'not no yes yeah yep nope ok okay please thanks thank hi hello hey '
  ).split(' '),
);

/**
 * Everyday words that are never spell-corrected into a framework or topic: "best" is one edit
 * from "rest", "most" from "post", "flash" from "flask"; correcting them would invent entities.
 */
export const NEVER_CORRECT = new Set([
  ...STOP_WORDS,
  ...(
    'best better good great nice bad worse worst most more less least much many some any all each every other another same such ' +
    'use used using uses make makes made build builds built building want wants need needs needed like likes know knows ' +
    'get gets got go goes going come comes run runs running work works working pick choose chose choosing start started ' +
    'new old big small large huge tiny simple easy hard fast slow quick light heavy real really just also very too only ' +
    'one two three first last next way ways thing things stuff lot lots bit kind type sort part time times day days ' +
    'app apps site sites page pages web website project projects team teams company code coding dev devs developer developers ' +
    'python framework frameworks library libraries tool tools language server servers backend frontend api apis ' +
    'vs versus compare comparison difference between which whats hows whos thats its dont doesnt cant wont isnt ' +
    'test rest post most host best list lost cost past fast last mist must just trust ' +
    'flash flag flat task mask ask desk disk pyramids model mode note node notes form fork from sort port part ' +
    'cherry bottles bottled botte battle little title store stored core more mare fine find kind mind ' +
    'depend depending dependent false true none null worked chart charts ' +
    // Words of pasted Python code and its errors: "time.sleep(5) inside an async def" is not a steep learning curve.
    'sleep sleeps block blocks blocked call calls called await print import self yield lambda raise except'
  ).split(' '),
]);

/** Words that carry no meaning for matching; skipped when looking for cue words. */
export const FILLER = new Set(
  'a an the um uh hmm pls plz please guys folks team hey hi hello yo so well ok okay like just actually basically really'.split(' '),
);

