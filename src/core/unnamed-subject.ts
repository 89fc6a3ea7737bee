/**
 * A question whose subject is "it" or "they" and names nothing ("ok and does it do auth out of the
 * box?", "thx! does it have swagger?"): the subject is whatever the conversation was about. Such a
 * question can be longer than a bare follow-up ("and for async?"), and on its own it reads as no
 * question of ours, so it is read again with the subject put back in.
 */

// Words a follow-up opens with before it asks: thanks, agreement, "and" (normalised text: "thx" is "thanks").
const OPENER = '(?:and|ok|okay|k|kk|thanks|thank you|ty|cool|great|nice|perfect|right|alright|got it|sure|hmm|so|also|but|one more|last thing)';
// "does it", "can they", "will it": an auxiliary first, then the pronoun, then what is asked of it.
// ("is it" is left out: "is it safe to ...", "is it worth ..." hold a dummy "it" that stands for nothing.)
const ASKED_OF_IT = new RegExp(`^(?:${OPENER} )*(?:does|do|can|could|will|would|has|have) (it|they)(?= \\w)`);
/** Longer than this, a question carries its own subject somewhere, or is not a follow-up. */
const MAX_WORDS = 14;

/** Where the pronoun standing for the conversation's subject is, or null when there is none. */
export function unnamedSubject(text: string, wordCount: number): { start: number; end: number } | null {
  if (wordCount > MAX_WORDS) return null;
  const m = ASKED_OF_IT.exec(text);
  if (!m) return null;
  const end = m[0].length;
  return { start: end - m[1]!.length, end };
}

/** The question with the names put where the pronoun was: "does it have swagger" -> "does fastapi have swagger". */
export function withSubject(text: string, at: { start: number; end: number }, names: string[]): string {
  return `${text.slice(0, at.start)}${names.join(' and ')}${text.slice(at.end)}`;
}
