import type { AnswerParts, Suggestion } from '../answer';
import type { Framework, Knowledge, Source, Topic, TopicId, TopicSupport } from '../knowledge-model';

/** Everything a composer needs: the knowledge and what the question was understood to mean. */
export interface ComposeInput {
  knowledge: Knowledge;
  frameworks: Framework[];
  topics: Topic[];
  conceptIds: string[];
}

/** What a composer returns; the matcher adds the contract fields it already knows. */
export interface Composed {
  parts: Omit<AnswerParts, 'notes' | 'didYouMean'> & { notes?: string[]; didYouMean?: Suggestion[] };
  recommendation: string | null;
  support: TopicSupport['level'];
  sources: Source[];
}

export function emptyParts(title: string, verdict: string): Composed['parts'] {
  return { title, verdict, fields: [], sections: [], followUps: [] };
}

/** "Flask", "Flask and Django", "Flask, Django and FastAPI". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function supportLabel(s: TopicSupport): string {
  if (s.level === 'built_in') return 'Built in';
  if (s.level === 'extension') return `Via ${joinNames(s.via.slice(0, 2))}`;
  // "none" means no built-in feature and no named extension; it is not "impossible" (Flask has no
  // enforced project structure, yet blueprints give you one), so the label does not say more.
  if (s.level === 'none') return 'Not built in';
  return '';
}

/** Deduplicates sources by URL, keeping first-seen order. */
export function collectSources(...lists: Source[][]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of lists.flat()) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    out.push(s);
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

/** The three frameworks the seed article covers in depth; used when the question names none. */
export const MAIN_FRAMEWORKS = ['flask', 'django', 'fastapi'];

export function mainFrameworks(knowledge: Knowledge): Framework[] {
  const main = knowledge.frameworks.filter((f) => MAIN_FRAMEWORKS.includes(f.id));
  return main.length > 0 ? main : knowledge.frameworks.slice(0, 3);
}

export function topicById(knowledge: Knowledge, id: TopicId | string): Topic | undefined {
  return knowledge.topics.find((t) => t.id === id);
}

/** Topics on which these frameworks differ most (different support levels first). */
export function contrastingTopics(frameworks: Framework[], knowledge: Knowledge, exclude: string[] = []): Topic[] {
  const weight = { built_in: 2, extension: 1, none: 0 } as const;
  const spread = (t: Topic): number => {
    if (t.kind !== 'feature') return 0;
    const levels = frameworks.map((f) => weight[f.support[t.id].level ?? 'none']);
    return Math.max(...levels) - Math.min(...levels);
  };
  return knowledge.topics
    .filter((t) => !exclude.includes(t.id))
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
