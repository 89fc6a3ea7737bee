import type { AnswerSection } from './answer';
import type { Understanding } from './classify-intent';
import type { ConversationContext } from './conversation';
import type { Cue } from './cues';
import type { Framework, Knowledge, Topic, TopicId } from './knowledge-model';
import { joinNames } from './compose/helpers';
import { messages } from './messages';

/** A question read against what came before, with the assumption the answer states. */
export interface FollowUp {
  understanding: Understanding;
  assumption: string;
  /** "why?": the answer expands the reasons behind the last verdict. */
  explain: boolean;
}

/** Openers that mark a message as continuing the conversation ("and for async?", "what about fastapi?"). */
const CONTINUES = /^(?:and|but|also|so|ok|okay|then|what about|how about|what if|and what about|or|vs|versus|v|compared to|against)\b/;
const ADDS = /^(?:or|vs|versus|v|compared to|against)\b/;
const WHY_ONLY =
  /^(?:(?:and|but|ok|okay|so) )?(?:why|why so|why is that|why that|how come|explain|explain that|explain why|reason|reasons|the reasons|elaborate|tell me more|more|more details?|details|go on|say more)$/;
const MAX_FOLLOW_UP_WORDS = 6;

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function describeAssumption(u: Understanding, knowledge: Knowledge): string {
  const names = joinNames(u.frameworks.map((id) => knowledge.frameworks.find((f) => f.id === id)?.name ?? id));
  const topic = knowledge.topics.find((t) => t.id === u.topics[0]);
  const for_ = topic ? ` for ${topic.phrase}` : '';
  const what: Record<string, string> = {
    compare: `Comparing ${names}${for_}`,
    feature_check: `Checking whether ${names} has ${topic?.phrase ?? 'it'}`,
    pros_cons: `Pros and cons of ${names}`,
    describe: `About ${names}`,
    recommend: topic ? `${names || 'Frameworks'}${for_}` : `About ${names}`,
  };
  return messages.followingOn(what[u.intent] ?? `About ${names}`);
}

function withContext(u: Understanding, frameworks: string[], topics: TopicId[], knowledge: Knowledge, explicit?: Understanding['intent']): Understanding {
  const kind = knowledge.topics.find((t) => t.id === topics[0])?.kind;
  const intent =
    explicit ??
    (frameworks.length >= 2 ? 'compare' : topics.length === 0 ? 'describe' : kind === 'feature' ? 'feature_check' : 'recommend');
  return { ...u, intent, frameworks, topics, confidence: Math.max(u.confidence, 0.9), doubts: u.doubts };
}

/**
 * Reads a short message against the conversation so far. Returns null for a full new question
 * (it names what it is about, or is long enough to stand alone), which then starts fresh.
 */
export function resolveFollowUp(
  u: Understanding,
  text: string,
  words: string[],
  cues: Set<Cue>,
  context: ConversationContext | null,
  knowledge: Knowledge,
): FollowUp | null {
  if (!context || words.length === 0 || words.length > MAX_FOLLOW_UP_WORDS) return null;
  // "which is best?" / "so which one?" right after a comparison asks for its verdict.
  if (u.intent === 'recommend' && u.frameworks.length === 0 && u.topics.length === 0 && u.concepts.length === 0 && context.frameworks.length > 0) {
    const lastTopics = context.topic ? [context.topic] : [];
    const understanding = withContext(u, context.frameworks, lastTopics, knowledge, context.frameworks.length >= 2 ? 'compare' : undefined);
    return { understanding, assumption: describeAssumption(understanding, knowledge), explain: false };
  }
  if (cues.has('domain') || cues.has('list') || cues.has('help')) return null;
  // "what is wsgi" asks about a concept; "and orm?" names a topic that is also a concept.
  if (u.concepts.length > 0 && u.topics.length === 0) return null;
  const lastTopics = context.topic ? [context.topic] : [];
  const done = (understanding: Understanding, explain = false): FollowUp => ({
    understanding,
    assumption: describeAssumption(understanding, knowledge),
    explain,
  });

  // "why?" / "explain": the same question again, with its reasons spelled out.
  if (u.frameworks.length === 0 && u.topics.length === 0 && WHY_ONLY.test(text) && context.frameworks.length > 0) {
    return done(withContext(u, context.frameworks, lastTopics, knowledge, context.intent), true);
  }
  // "pros?" / "cons?": about the frameworks we were discussing.
  if (u.frameworks.length === 0 && u.topics.length === 0 && cues.has('prosCons') && context.frameworks.length > 0) {
    return done(withContext(u, context.frameworks, [], knowledge, 'pros_cons'));
  }
  // "and for async?" / "admin panel?": a new topic for the same frameworks.
  if (u.frameworks.length === 0 && u.topics.length > 0 && context.frameworks.length > 0) {
    const asked = cues.has('recommend') && context.frameworks.length === 1 ? 'recommend' : undefined;
    return done(withContext(u, context.frameworks, u.topics, knowledge, asked));
  }
  // "what about fastapi?": joins a comparison, or replaces the framework of a single-framework question.
  if (u.frameworks.length > 0 && u.topics.length === 0 && (CONTINUES.test(text) || (context.topic && words.length <= 2))) {
    const joins = context.intent === 'compare' || ADDS.test(text);
    const frameworks = joins ? unique([...context.frameworks, ...u.frameworks]) : u.frameworks;
    const keepIntent = !context.topic && (context.intent === 'describe' || context.intent === 'pros_cons') && frameworks.length === 1;
    return done(withContext(u, frameworks, lastTopics, knowledge, keepIntent ? context.intent : undefined));
  }
  return null;
}

/** The reasons behind a verdict, for "why?": each framework's standing on the topic, or its pros. */
export function explainSection(frameworks: Framework[], topic: Topic | undefined): AnswerSection {
  const lines = topic
    ? [...frameworks.map((f) => `${f.name}: ${f.support[topic.id].note}`), topic.why.text]
    : frameworks.flatMap((f) => f.pros.slice(0, 3).map((p) => `${f.name}: ${p.text}`));
  return { heading: messages.reasonsHeading, lines };
}
