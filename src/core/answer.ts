import type { Source, SupportLevel, TopicId } from './knowledge-model';

/** What the person asked for; the matcher picks exactly one. */
export type Intent =
  | 'compare'
  | 'recommend'
  | 'describe'
  | 'pros_cons'
  | 'feature_check'
  | 'list_frameworks'
  | 'help'
  | 'out_of_scope';

export const INTENTS: readonly Intent[] = [
  'compare',
  'recommend',
  'describe',
  'pros_cons',
  'feature_check',
  'list_frameworks',
  'help',
  'out_of_scope',
];

/** A question the person can ask next with one click (buttons) or by typing it. */
export interface Suggestion {
  label: string;
  question: string;
}

/** One framework's column in a side-by-side view. */
export interface FrameworkField {
  frameworkId: string;
  name: string;
  lines: string[];
}

/** A code block ("show me hello world in falcon"); renderers keep it monospaced. */
export interface AnswerCode {
  title: string;
  language: string;
  code: string;
}

/** A titled group of bullet lines (reasons, pros, cons, ranked picks). */
export interface AnswerSection {
  heading: string;
  lines: string[];
}

/**
 * The structured answer that renderers turn into Block Kit, an embed or plain text.
 * Every string here is plain text (no platform markup); renderers escape it.
 */
export interface AnswerParts {
  title: string;
  /** One or two sentences: the answer in short. */
  verdict: string;
  fields: FrameworkField[];
  sections: AnswerSection[];
  /** Assumptions and caveats ("Your message was cut to 500 characters"). */
  notes: string[];
  followUps: Suggestion[];
  didYouMean: Suggestion[];
  /** Frameworks the question named that the knowledge does not cover ("Masonite"): a gap to record. */
  uncovered?: string[];
  code?: AnswerCode[];
  /** "Checked November 2026": when the facts shown were last verified. */
  checked?: string;
}

/** The answer contract: the JSON the CLI prints and the value every adapter renders. */
export interface Answer {
  intent: Intent;
  frameworks: string[];
  topic: TopicId | null;
  recommendation: string | null;
  support: SupportLevel | null;
  /** For a yes/no question about one framework for a need: is it a good choice? */
  fit: 'good' | 'poor' | 'depends' | null;
  confidence: number;
  text: string;
  sources: Source[];
  parts: AnswerParts;
}

/** The contract fields only, as `ask --json` prints them. */
export type AnswerJson = Omit<Answer, 'parts'>;

export function toAnswerJson(answer: Answer): AnswerJson {
  const { parts: _parts, ...json } = answer;
  return json;
}
