import { createMatcher, type Matcher } from '../core/matcher';
import { loadKnowledge } from '../knowledge/load-knowledge';

/** Loads knowledge from a directory and builds the matcher over it (throws KnowledgeError). */
export function loadMatcher(knowledgeDir: string): Matcher {
  return createMatcher(loadKnowledge(knowledgeDir));
}
