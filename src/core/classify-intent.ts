import type { Intent } from './answer';
import type { Cue } from './cues';
import type { EntityMatch } from './entity-index';
import type { Knowledge, TopicId } from './knowledge-model';

/** What the question is about, before an answer is composed. */
export interface Understanding {
  intent: Intent;
  frameworks: string[];
  /** Topics mentioned, the primary one first. */
  topics: TopicId[];
  concepts: string[];
  confidence: number;
  /** Words that had to be spell-corrected, or other reasons to doubt the reading. */
  doubts: string[];
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Picks the primary topic: a concrete feature ("admin", "orm") says more about what someone
 * builds than a quality ("small_apps", "performance"), so features come first; within a kind,
 * first mentioned wins.
 */
function orderTopics(ids: string[], knowledge: Knowledge): TopicId[] {
  const kindOf = new Map(knowledge.topics.map((t) => [t.id as string, t.kind]));
  const ordered = unique(ids);
  return [
    ...ordered.filter((id) => kindOf.get(id) === 'feature'),
    ...ordered.filter((id) => kindOf.get(id) !== 'feature'),
  ] as TopicId[];
}

/** The three the seed article (and most people) compare when they say "all three". */
const THE_THREE = ['flask', 'django', 'fastapi'];

/**
 * Frameworks named as a group: "all three" / "the big three" are Flask, Django and FastAPI;
 * "all of them" / "every framework" are all we know. Only read when no framework is named.
 */
function groupNamed(words: string[], knowledge: Knowledge): string[] {
  const text = ` ${words.join(' ')} `;
  const known = knowledge.frameworks.map((f) => f.id);
  if (/ (?:all|the|these|those|big) (?:3|three) /.test(text)) return THE_THREE.filter((id) => known.includes(id));
  if (/ (?:all of them|all (?:the )?frameworks|all (?:6|six)|every framework|each framework|them all) /.test(text)) return known;
  return [];
}

export function classifyIntent(
  words: string[],
  matches: EntityMatch[],
  cues: Set<Cue>,
  knowledge: Knowledge,
): Understanding {
  const named = unique(matches.filter((m) => m.kind === 'framework').map((m) => m.id));
  const frameworks = named.length === 0 ? groupNamed(words, knowledge) : named;
  const topics = orderTopics(
    matches.filter((m) => m.kind === 'topic').map((m) => m.id),
    knowledge,
  );
  const concepts = unique(matches.filter((m) => m.kind === 'concept').map((m) => m.id));
  // Next to a framework, a tool stands for the need it serves: "fastapi vs django rest framework"
  // compares REST APIs, "does django have channels" asks about websockets.
  // A framework inside the tool's own name ("django channels") is not a second subject.
  const inside = (m: EntityMatch) => matches.some((c) => c.kind === 'concept' && c.start <= m.start && m.end <= c.end);
  if (topics.length === 0 && matches.some((m) => m.kind === 'framework' && !inside(m))) {
    const implied = concepts.map((id) => knowledge.concepts.find((c) => c.id === id)?.topics[0]).find(Boolean);
    if (implied) topics.push(implied);
  }
  const fuzzy = matches.filter((m) => !m.exact).length;
  const doubts: string[] = fuzzy > 0 ? ['spelling'] : [];
  if (cues.has('otherEcosystem')) doubts.push('otherEcosystem');
  const primaryKind = knowledge.topics.find((t) => t.id === topics[0])?.kind;
  // Words the entities and cues do not explain lower our confidence a little.
  const covered = new Set(matches.flatMap((m) => Array.from({ length: m.end - m.start }, (_, i) => m.start + i)));
  const base = Math.max(0.55, 0.95 - 0.08 * fuzzy);
  const make = (intent: Intent, confidence: number, keepTopics = true): Understanding => ({
    intent,
    frameworks,
    topics: keepTopics ? topics : [],
    concepts,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    doubts,
  });

  if (words.length === 0) return make('help', 1);
  const onlyChatter = covered.size === 0;

  if (frameworks.length >= 2) {
    if (cues.has('prosCons') && !cues.has('compare')) return make('pros_cons', base);
    return make('compare', cues.has('compare') || topics.length > 0 ? base : base - 0.1);
  }

  if (frameworks.length === 1) {
    // "why django?" with nothing else asks what speaks for it.
    if (cues.has('prosCons') || (cues.has('why') && topics.length === 0 && words.length <= 4)) return make('pros_cons', base);
    if (topics.length > 0) {
      const asksForAdvice = cues.has('recommend') || cues.has('compare');
      if (primaryKind === 'feature' && (!asksForAdvice || (cues.has('feature') && !cues.has('recommend')))) {
        return make('feature_check', base);
      }
      return make('recommend', base);
    }
    if (cues.has('list') && !cues.has('describe')) return make('list_frameworks', base - 0.15);
    if (cues.has('recommend') && !cues.has('describe')) return make('recommend', base - 0.1);
    return make('describe', cues.has('describe') || words.length <= 3 ? base : base - 0.1);
  }

  // No framework named.
  if (cues.has('otherEcosystem') && concepts.length === 0 && topics.length === 0) return make('out_of_scope', 0.85);
  if (concepts.length > 0 && (cues.has('describe') || (!cues.has('recommend') && words.length <= 4))) {
    return make('describe', base);
  }
  if (cues.has('list') && topics.length === 0) return make('list_frameworks', base);
  if (cues.has('prosCons') && (cues.has('domain') || topics.length > 0)) return make('pros_cons', base - 0.15);
  if (topics.length > 0) {
    if (cues.has('otherEcosystem')) return make('out_of_scope', 0.6);
    const stated = cues.has('recommend') || cues.has('domain');
    return make('recommend', stated ? base : base - 0.2);
  }
  if (concepts.length > 0) return make('describe', base - 0.2);
  if (cues.has('greeting') || (cues.has('help') && words.length <= 8)) return make('help', 0.9);
  if (cues.has('otherEcosystem')) return make('out_of_scope', 0.85);
  if (cues.has('domain') && cues.has('recommend')) return make('recommend', 0.75);
  if (cues.has('domain') && cues.has('list')) return make('list_frameworks', 0.7);
  if (cues.has('domain')) return make('recommend', 0.4);
  return make('out_of_scope', onlyChatter ? 0.8 : 0.6);
}
