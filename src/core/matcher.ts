import type { Answer, AnswerParts, Intent } from './answer';
import { partsToText } from './answer-text';
import { createUnderstander, type Understanding } from './classify-intent';
import { composeCompare } from './compose/compose-compare';
import { composeDescribe, snippetsFor } from './compose/compose-describe';
import { composeFeatureCheck } from './compose/compose-feature-check';
import { composeHelp, composeList, composeOutOfScope } from './compose/compose-guide';
import { composeLicence } from './compose/compose-licence';
import { collectSources, type ComposeInput, type Composed } from './compose/helpers';
import { composeProsCons } from './compose/compose-pros-cons';
import { composeRecommend } from './compose/compose-recommend';
import { relevantCorrections } from './corrections';
import { detectCues } from './cues';
import { checkedLabel } from './checked-label';
import { didYouMean } from './did-you-mean';
import { errorAnswer } from './error-answer';
import { createEntityIndex } from './entity-index';
import type { ConversationContext } from './conversation';
import { explainSection, resolveFollowUp, type FollowUp } from './follow-up';
import type { Concept, Framework, Knowledge, Topic } from './knowledge-model';
import { messages } from './messages';
import { hostOf, normalizeQuestion } from './normalize';
import { createUnnamedSubjectReader } from './unnamed-subject';

/** Below this confidence the answer says it is unsure and offers "did you mean" questions. */
export const LOW_CONFIDENCE = 0.6;
/** Side-by-side code stops at three frameworks: more would not fit a chat message. */
const MAX_CODE_BLOCKS = 3;
/** Answers people read to the end cite the few sources behind what they show. */
export const MAX_SOURCES = 5;
// "show me", "example", "hello world in falcon", "code for": the answer includes a snippet.
// Intents whose answers name a topic; the others (help, out of scope) carry none.
const TOPIC_INTENTS: ReadonlySet<Intent> = new Set(['compare', 'recommend', 'feature_check', 'describe', 'pros_cons', 'list_frameworks']);
const LICENCE_INTENTS: ReadonlySet<Intent> = new Set(['describe', 'compare', 'feature_check']);
const WANTS_CODE = /\b(?:show me|example|examples|hello world|snippet|sample code|code for|code sample|minimal app|boilerplate|side by side code)\b/;

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
  const understander = createUnderstander(knowledge, index);
  // A link to a framework's own site names it: "Following https://docs.djangoproject.com/...".
  const sites = new Map(knowledge.frameworks.map((f) => [hostOf(f.homepage), f.name]));
  const frameworkById = new Map<string, Framework>(knowledge.frameworks.map((f) => [f.id, f]));
  const topicById = new Map<string, Topic>(knowledge.topics.map((t) => [t.id, t]));
  const conceptById = new Map<string, Concept>(knowledge.concepts.map((c) => [c.id, c]));

  const build = (u: Understanding, text: string, words: string[], truncated: boolean, followUp: FollowUp | null): Answer => {
    const frameworks = u.frameworks.map((id) => frameworkById.get(id)!);
    const topics = u.topics.map((id) => topicById.get(id)!);
    const concepts = u.concepts.map((id) => conceptById.get(id)!);
    const wantsCode = WANTS_CODE.test(text);
    // "what licence is django under?", "django vs flask licence-wise": about frameworks named, the
    // licence is the answer, whichever of describing, weighing or checking the question does.
    const licence = u.licenceAsked && frameworks.length > 0 && concepts.length === 0 && LICENCE_INTENTS.has(u.intent);
    const composed = (licence ? composeLicence : COMPOSERS[u.intent])({ knowledge, frameworks, topics, concepts, understanding: u, wantsCode });
    // "flask vs fastapi hello world side by side": any answer about frameworks can carry their code.
    if (wantsCode && !composed.parts.code && frameworks.length > 0 && u.intent !== 'out_of_scope') {
      const snippets = frameworks.slice(0, MAX_CODE_BLOCKS).map((f) => snippetsFor(f, topics[0]));
      composed.parts.code = snippets.flatMap((s) => s.code);
      composed.sources = collectSources(composed.sources, ...snippets.flatMap((s) => s.sources));
    }
    const uncovered = u.uncovered;
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
    const shownSources = sources.slice(0, MAX_SOURCES).map(({ title, url }) => ({ title, url }));
    const checked = checkedLabel(composed.shown ?? frameworks, concepts, topics);
    // Suggestions are offered once: a follow-up that is already a "did you mean" is not repeated.
    const meant = low ? didYouMean(u, knowledge) : [];
    const offered = new Set(meant.map((s) => s.question));
    // The same fields in the same order as a spread ({ ...composed.parts, followUps, ... }) would
    // give, but V8 kept spread copies alive through minor GCs: each scavenge copied ~150 KB of
    // finished answers instead of ~10 KB, and those pauses are part of the random slow answers.
    const parts: AnswerParts = Object.assign({}, composed.parts, {
      followUps: composed.parts.followUps.filter((s) => !offered.has(s.question)),
      sections,
      notes,
      didYouMean: meant,
    });
    if (uncovered.length > 0) parts.uncovered = uncovered;
    if (checked) parts.checked = checked;
    return {
      intent: u.intent,
      frameworks: u.frameworks,
      topic: TOPIC_INTENTS.has(u.intent) ? (u.topics[0] ?? composed.judgedOn ?? null) : null,
      recommendation: composed.recommendation,
      support: u.intent === 'feature_check' ? composed.support : null,
      fit: u.intent === 'recommend' ? (composed.fit ?? null) : null,
      confidence: u.confidence,
      text: partsToText(parts),
      sources: shownSources,
      parts,
    };
  };

  const read = (text: string) => {
    const n = normalizeQuestion(text, sites);
    return { ...n, understanding: understander.understand(n.words, n.text, n.asked, n.sentences, n.clauses, n.code) };
  };
  const readOfSubject = createUnnamedSubjectReader({ knowledge, index, read });

  const answer = (question: unknown, context: ConversationContext | null): Answer => {
    const { text, words, truncated, asked, sentences, clauses, code } = normalizeQuestion(question, sites);
    const cues = detectCues(text);
    const understanding = understander.understand(words, text, asked, sentences, clauses, code);
    const valid = validContext(context);
    const ofSubject = readOfSubject(text, words, understanding, valid);
    if (ofSubject) return build(ofSubject.understanding, ofSubject.text, ofSubject.words, truncated, ofSubject.followUp);
    const followUp = resolveFollowUp(understanding, text, words, cues, valid, knowledge);
    return build(followUp?.understanding ?? understanding, text, words, truncated, followUp);
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
