import type { Answer, Intent } from './answer';
import { partsToText } from './answer-text';
import { classifyIntent, type Understanding } from './classify-intent';
import { composeCompare } from './compose/compose-compare';
import { composeDescribe } from './compose/compose-describe';
import { composeFeatureCheck } from './compose/compose-feature-check';
import { composeHelp, composeList, composeOutOfScope } from './compose/compose-guide';
import { collectSources, type ComposeInput, type Composed } from './compose/helpers';
import { composeProsCons } from './compose/compose-pros-cons';
import { composeRecommend } from './compose/compose-recommend';
import { relevantCorrections } from './corrections';
import { detectCues } from './cues';
import { didYouMean } from './did-you-mean';
import { errorAnswer } from './error-answer';
import { createEntityIndex } from './entity-index';
import type { ConversationContext } from './conversation';
import { explainSection, resolveFollowUp, type FollowUp } from './follow-up';
import type { Framework, Knowledge, Topic } from './knowledge-model';
import { messages } from './messages';
import { normalizeQuestion } from './normalize';
import { findUncovered } from './uncovered';

/** Below this confidence the answer says it is unsure and offers "did you mean" questions. */
export const LOW_CONFIDENCE = 0.6;

/** Answers questions from one loaded knowledge object. */
export interface Matcher {
  readonly knowledge: Knowledge;
  /**
   * Never throws: any input, however odd, gets an Answer. With the conversation's context, a
   * short follow-up ("and for async?", "why?") is read against what came before.
   */
  answer(question: unknown, context?: ConversationContext | null): Answer;
}

const COMPOSERS: Record<Intent, (input: ComposeInput) => Composed> = {
  compare: composeCompare,
  recommend: composeRecommend,
  describe: composeDescribe,
  pros_cons: composeProsCons,
  feature_check: composeFeatureCheck,
  list_frameworks: composeList,
  help: composeHelp,
  out_of_scope: composeOutOfScope,
};

export function createMatcher(knowledge: Knowledge): Matcher {
  const index = createEntityIndex(knowledge);
  const frameworkById = new Map<string, Framework>(knowledge.frameworks.map((f) => [f.id, f]));
  const topicById = new Map<string, Topic>(knowledge.topics.map((t) => [t.id, t]));
  const frameworkIds = new Set(frameworkById.keys());

  const build = (u: Understanding, words: string[], truncated: boolean, followUp: FollowUp | null, uncovered: string[]): Answer => {
    const frameworks = u.frameworks.map((id) => frameworkById.get(id)!);
    const topics = u.topics.map((id) => topicById.get(id)!);
    const composed = COMPOSERS[u.intent]({ knowledge, frameworks, topics, conceptIds: u.concepts });
    const notes = [...(composed.parts.notes ?? [])];
    const sections = [...composed.parts.sections];
    let sources = composed.sources;
    const corrections = relevantCorrections(frameworks, words);
    if (corrections.length > 0) {
      sections.unshift({ heading: 'Good to know', lines: corrections.map((c) => c.fact.text) });
      sources = collectSources(sources, ...corrections.map((c) => c.fact.sources));
    }
    if (followUp?.explain) sections.unshift(explainSection(frameworks, topics[0]));
    if (followUp) notes.unshift(followUp.assumption);
    if (truncated) notes.unshift(messages.truncated);
    if (u.doubts.includes('otherEcosystem') && u.frameworks.length > 0) notes.push(messages.onlyPython);
    if (uncovered.length > 0) notes.push(messages.notCovered(uncovered.join(' and ')));
    const low = u.confidence < LOW_CONFIDENCE;
    if (low) notes.push(messages.lowConfidence);
    const parts = { ...composed.parts, sections, notes, didYouMean: low ? didYouMean(u, knowledge) : [], ...(uncovered.length > 0 ? { uncovered } : {}) };
    return {
      intent: u.intent,
      frameworks: u.frameworks,
      topic: ['compare', 'recommend', 'feature_check', 'describe', 'pros_cons'].includes(u.intent) ? (u.topics[0] ?? null) : null,
      recommendation: composed.recommendation,
      support: u.intent === 'feature_check' ? composed.support : null,
      confidence: u.confidence,
      text: partsToText(parts),
      sources,
      parts,
    };
  };

  const answer = (question: unknown, context: ConversationContext | null): Answer => {
    const { text, words, truncated } = normalizeQuestion(question);
    const matches = index.find(words);
    const cues = detectCues(text);
    const understanding = classifyIntent(words, matches, cues, knowledge);
    const followUp = resolveFollowUp(understanding, text, words, cues, validContext(context), knowledge);
    return build(followUp?.understanding ?? understanding, words, truncated, followUp, findUncovered(text, frameworkIds));
  };

  // A context from older knowledge may name a framework or topic that no longer exists.
  const validContext = (c: ConversationContext | null): ConversationContext | null =>
    c && c.frameworks.every((id) => frameworkById.has(id)) && (c.topic === null || topicById.has(c.topic)) ? c : null;

  return {
    knowledge,
    answer(question, context = null) {
      try {
        return answer(question, context);
      } catch {
        // A bug must not cost the person their reply: they get the kind error answer instead.
        return errorAnswer();
      }
    },
  };
}
