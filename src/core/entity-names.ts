import type { Knowledge } from './knowledge-model';
import { normalizePhrase } from './normalize';
import { stem } from './words';

/** What a name in a question can refer to. */
export type EntityKind = 'framework' | 'topic' | 'concept';

/** One name an entity answers to (its id, its display name, or an alias/synonym). */
export interface EntityName {
  kind: EntityKind;
  id: string;
  phrase: string;
  /** A generic word that only hints at a topic ("api"). */
  weak?: boolean;
}

/** How the matcher compares names: normalised words, plurals folded ("Admin Panels" = "admin panel"). */
export function phraseKey(phrase: string): string {
  return normalizePhrase(phrase).split(' ').filter(Boolean).map(stem).join(' ');
}

/**
 * Every name the knowledge gives its frameworks, topics and concepts, in one place, so the
 * matcher's index and the knowledge lint always agree on what a name can mean.
 */
export function entityNames(knowledge: Knowledge): EntityName[] {
  const names = (kind: EntityKind, id: string, phrases: string[]) => phrases.map((phrase) => ({ kind, id, phrase }));
  return [
    ...knowledge.frameworks.flatMap((f) => names('framework', f.id, [f.id, f.name, ...f.aliases])),
    ...knowledge.topics.flatMap((t) => names('topic', t.id, [t.id.replaceAll('_', ' '), t.name, ...t.synonyms])),
    ...knowledge.topics.flatMap((t) => t.weakSynonyms.map((phrase) => ({ kind: 'topic' as const, id: t.id, phrase, weak: true }))),
    ...knowledge.concepts.flatMap((c) => names('concept', c.id, [c.id.replaceAll('_', ' '), c.name, ...c.aliases])),
  ];
}
