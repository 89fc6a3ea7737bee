import type { AnswerParts, Suggestion } from '../answer';
import type { Understanding } from '../classify-intent';
import type { Fit } from '../judge';
import type { Concept, Framework, Knowledge, Source, Topic, TopicId, TopicSupport } from '../knowledge-model';

/** Everything a composer needs: the knowledge and what the question was understood to mean. */
export interface ComposeInput {
  knowledge: Knowledge;
  frameworks: Framework[];
  topics: Topic[];
  concepts: Concept[];
  understanding: Understanding;
  /** "show me", "example", "hello world": the answer includes code. */
  wantsCode: boolean;
}

/** What a composer returns; the matcher adds the contract fields it already knows. */
export interface Composed {
  parts: Omit<AnswerParts, 'notes' | 'didYouMean'> & { notes?: string[]; didYouMean?: Suggestion[] };
  recommendation: string | null;
  support: TopicSupport['level'];
  fit?: Fit | null;
  /** The need the answer was judged on when the question named none ("still a good choice in 2026?" is judged on upkeep). */
  judgedOn?: TopicId;
  sources: Source[];
  /** Frameworks whose facts the answer shows, when not just those named ("Checked …" is theirs). */
  shown?: Framework[];
}

export function emptyParts(title: string, verdict: string): Composed['parts'] {
  return { title, verdict, fields: [], sections: [], followUps: [] };
}

/** A pick among frameworks: the first shown is the one recommended; no feature support or fit. */
export function picked(parts: Composed['parts'], shown: Framework[], sources: Source[]): Composed {
  return { parts, recommendation: shown[0]!.id, support: null, fit: null, shown, sources };
}

/** "Flask ships", "Flask and Django ship": the verb agrees with how many names there are. */
export function agree(names: string[], singular: string, plural: string): string {
  return `${joinNames(names)} ${names.length === 1 ? singular : plural}`;
}

/** The phrases of several topics, joined: "an admin panel, background jobs and auth". */
export function needsPhrase(topics: Topic[]): string {
  return joinNames(topics.map((t) => t.phrase));
}

/** "5/5" style rating label used beside a framework's note. */
export function ratingLabel(s: TopicSupport): string {
  return `${s.rating}/5`;
}

/** "Flask", "Flask and Django", "Flask, Django and FastAPI". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** " (Flask-Login and Flask-Security-Too)": the extensions a feature comes through, or nothing when it does not. */
export function extensionsOf(s: TopicSupport): string {
  return s.level === 'extension' && s.via.length > 0 ? ` (${joinNames(s.via)})` : '';
}

export function supportLabel(s: TopicSupport): string {
  if (s.level === 'built_in') return 'Built in';
  if (s.level === 'extension') return `Via ${joinNames(s.via.slice(0, 2))}`;
  // "none" means no built-in feature and no named extension; it is not "impossible" (Flask has no
  // enforced project structure, yet blueprints give you one), so the label does not say more.
  if (s.level === 'none') return 'Not built in';
  return '';
}

/**
 * Deduplicates sources by URL, keeping first-seen order. Each list is one fact's sources; a
 * secondary source (a blog post) is dropped from a fact that also has a primary one (the docs),
 * so answers cite the docs and the blog only for what nothing better backs.
 */
export function collectSources(...lists: Source[][]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const list of lists) {
    const primary = list.some((s) => !s.secondary);
    for (const s of list) {
      if (seen.has(s.url) || (primary && s.secondary)) continue;
      seen.add(s.url);
      out.push(s);
    }
  }
  return out;
}

/**
 * Orders frameworks for the given topics: the primary topic's ranking decides, and the other
 * topics mentioned only break its ties (so "forms, for juniors" still ranks on forms first).
 */
export function rankFrameworks(candidates: Framework[], topics: Topic[]): Framework[] {
  const position = (t: Topic, f: Framework) => {
    const pos = t.ranking.indexOf(f.id);
    return pos < 0 ? t.ranking.length : pos;
  };
  const [primary, ...others] = topics;
  const key = (f: Framework) => [primary ? position(primary, f) : 0, others.reduce((sum, t) => sum + position(t, f), 0)];
  return [...candidates].sort((a, b) => {
    const [pa, oa] = key(a);
    const [pb, ob] = key(b);
    return pa! - pb! || oa! - ob!;
  });
}

/**
 * The most widely used frameworks (by their community and maturity ratings), shown when a question
 * names none. Computed, so a new framework file can join them without a code change.
 */
export function mainFrameworks(knowledge: Knowledge, count = 3): Framework[] {
  let ordered = byUse.get(knowledge);
  if (!ordered) {
    const weight = (f: Framework) => 2 * f.support.community.rating + f.support.maturity.rating;
    ordered = [...knowledge.frameworks].sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));
    byUse.set(knowledge, ordered);
  }
  return ordered.slice(0, count);
}
// Knowledge is immutable once built, so its order by use is computed once per knowledge object.
const byUse = new WeakMap<Knowledge, Framework[]>();

export function topicById(knowledge: Knowledge, id: TopicId | string): Topic | undefined {
  return knowledge.topics.find((t) => t.id === id);
}

// Topics that describe the move or the releases, not how the frameworks differ in use.
const NOT_DIFFERENCES = new Set<string>(['migration', 'maintenance', 'signals']);
// Built in beats an add-on, which beats neither: a different level is a difference worth showing.
const LEVEL_WEIGHT = { built_in: 2, extension: 1, none: 0 } as const;

/**
 * Topics on which these frameworks differ most: the widest spread of ratings, weighted by how
 * much the need usually matters, then a different support level (built in vs an add-on), so
 * "flask or fastapi" leads with async, validation and OpenAPI rather than whatever topic comes
 * first in the files.
 */
export function contrastingTopics(frameworks: Framework[], knowledge: Knowledge, exclude: string[] = []): Topic[] {
  // Every topic of the knowledge is scored for every comparison: highs and lows are tracked in one
  // pass instead of two arrays and four spreads per topic.
  const spread = (t: Topic): number => {
    let minRating = Infinity;
    let maxRating = -Infinity;
    let minLevel = t.kind === 'feature' ? Infinity : 0;
    let maxLevel = t.kind === 'feature' ? -Infinity : 0;
    for (const f of frameworks) {
      const s = f.support[t.id];
      minRating = Math.min(minRating, s.rating);
      maxRating = Math.max(maxRating, s.rating);
      if (t.kind === 'feature') {
        minLevel = Math.min(minLevel, LEVEL_WEIGHT[s.level ?? 'none']);
        maxLevel = Math.max(maxLevel, LEVEL_WEIGHT[s.level ?? 'none']);
      }
    }
    // A wide spread on an important need (async, validation, OpenAPI for Flask vs FastAPI) matters
    // more than the same spread on a minor one (dependency injection).
    const spread = maxRating - minRating;
    return spread === 0 ? 0 : 10 * (spread + 1.5 * t.importance) + (maxLevel - minLevel);
  };
  return knowledge.topics
    .filter((t) => !exclude.includes(t.id) && !NOT_DIFFERENCES.has(t.id))
    .map((t, i) => ({ t, s: spread(t), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ t }) => t);
}

export function compareQuestion(frameworks: Framework[], topic?: Topic): string {
  const names = frameworks.map((f) => f.name.toLowerCase()).join(' vs ');
  return topic ? `${names} for ${topic.phrase}` : names;
}

export function topicFollowUps(frameworks: Framework[], topics: Topic[]): Suggestion[] {
  return topics.slice(0, 3).map((t) => ({ label: t.name, question: compareQuestion(frameworks, t) }));
}

/**
 * The framework a single-subject answer is about: in "we run flask; can quart do websockets?" it is
 * Quart (Flask is the team's stack), and in a move ("convert my flask blog to quart") the destination.
 */
export function subjectOf({ frameworks, topics, understanding: u }: ComposeInput): Framework | undefined {
  // "Porting our Flask site to Quart... does Quart have form handling?": the framework the feature
  // question's form names is the one asked about, wherever the move goes.
  const formSubject = frameworks.find((f) => f.id === u.featureSubject && u.roles[f.id] === 'candidate');
  if (formSubject) return formSubject;
  // In a move the one asked about is where they are going: the last named, unless that is the app
  // they have ("Can Quart do websockets? I'm porting a small Flask app").
  // A move only offered as the way out ("does django have websockets or do we need to switch to fastapi?") is no move asked about.
  if (frameworks.length >= 2 && topics.some((t) => t.id === 'migration') && !u.weakTopics.includes('migration')) return [...frameworks].reverse().find((f) => u.roles[f.id] !== 'context') ?? frameworks[frameworks.length - 1];
  return frameworks.find((f) => u.roles[f.id] === 'candidate') ?? frameworks[0];
}

/** A topic's name inside a sentence: "Small apps" -> "small apps", but "REST APIs" and "WebSockets" keep their capitals. */
export function inSentence(name: string): string {
  return name
    .split(' ')
    .map((w) => ((w.match(/\p{Lu}/gu)?.length ?? 0) >= 2 ? w : w.toLowerCase()))
    .join(' ');
}
