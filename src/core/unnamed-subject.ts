import type { Understanding } from './classify-intent';
import { mainFrameworks } from './compose/helpers';
import type { ConversationContext } from './conversation';
import type { EntityIndex } from './entity-index';
import { describeAssumption, type FollowUp } from './follow-up';
import type { Knowledge } from './knowledge-model';

/**
 * A question whose subject is "it" or "they" and names nothing ("cool, and can it do sessions out of
 * the box?", "thx! does it have swagger?"): the subject is whatever the conversation was about. Such a
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
/** What is asked of an unnamed "it" is read surely enough, but which framework it is stays unknown. */
const UNNAMED_CONFIDENCE = 0.75;

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

/** A question read again: its normalised text and words, and what was understood from them. */
export interface Reread {
  text: string;
  words: string[];
  understanding: Understanding;
}

/** Reads a question asked of "it" against the conversation, or returns null when it is no such question. */
export type UnnamedSubjectReader = (
  text: string,
  words: string[],
  u: Understanding,
  context: ConversationContext | null,
) => (Reread & { followUp: FollowUp | null }) | null;

export interface UnnamedSubjectConfig {
  knowledge: Knowledge;
  index: EntityIndex;
  /** Normalises and understands a question, as the matcher does. */
  read: (text: string) => Reread;
}

export function createUnnamedSubjectReader({ knowledge, index, read }: UnnamedSubjectConfig): UnnamedSubjectReader {
  const nameOf = new Map(knowledge.frameworks.map((f) => [f.id, f.name.toLowerCase()]));
  const kindOf = new Map(knowledge.topics.map((t) => [t.id, t.kind]));
  const conceptKind = new Map(knowledge.concepts.map((c) => [c.id, c.kind]));
  // An ORM or CSRF protection is something a framework has; a package named ("does sqlmodel...") is a subject of its own.
  const generic = (id: string) => conceptKind.get(id) === 'pattern' || conceptKind.get(id) === 'capability';
  // Stands in for "it" only to read what is asked of it, when no conversation says what "it" is.
  const placeholder = mainFrameworks(knowledge, 1)[0]!.id;

  // "cool, and can it do sessions out of the box?": asked of "it" and naming nothing, the question is about
  // the conversation's frameworks, so it is read again with them in the pronoun's place. With no
  // conversation, a feature asked of "it" still gets the feature's standing and a question back.
  return (text, words, u, context) => {
    if (u.frameworks.length > 0 || !u.concepts.every(generic)) return null;
    const at = unnamedSubject(text, words.length);
    if (!at || index.find(words).some((m) => m.kind === 'framework' || (m.kind === 'concept' && !generic(m.id)))) return null;
    const subjects = context && context.frameworks.length > 0 ? context.frameworks : [placeholder];
    const again = read(withSubject(text, at, subjects.map((id) => nameOf.get(id)!)));
    const r = again.understanding;
    const same = r.frameworks.length === subjects.length && subjects.every((id) => r.frameworks.includes(id));
    if (!same || r.intent === 'out_of_scope' || r.intent === 'help' || r.doubts.includes('otherEcosystem') || r.topics.length === 0) return null;
    if (context && context.frameworks.length > 0) {
      // "and do they both ship form handling?" after a comparison: the feature is what they are compared on.
      const understanding: Understanding = subjects.length >= 2 && r.intent === 'feature_check' ? { ...r, intent: 'compare' } : r;
      return { ...again, understanding, followUp: { understanding, assumption: describeAssumption(understanding, knowledge), explain: false } };
    }
    if (r.intent !== 'feature_check' || kindOf.get(r.topics[0]!) !== 'feature') return null;
    const unnamed: Understanding = { ...r, frameworks: [], roles: {}, teamKnows: [], teamSkills: [], affinity: {}, featureSubject: null, confidence: Math.min(r.confidence, UNNAMED_CONFIDENCE) };
    return { ...again, understanding: unnamed, followUp: null };
  };
}
