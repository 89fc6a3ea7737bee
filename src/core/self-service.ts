import type { Knowledge, TopicId } from './knowledge-model';
import { createPhraseSet, type PhraseSet } from './phrase-set';

/**
 * Needs named by who does the work: "the treasurer corrects member records himself", "editors update
 * pages themselves without a developer". Someone who is not a developer editing the data on their
 * own needs screens nobody has to build for them, which is what an admin gives; people say who
 * does the work and never name the feature. A topic lists the work (`done_by_staff`), the
 * vocabulary who does it (`by_themselves`).
 */
export interface SelfServiceReader {
  needs(words: string[], clauses: { start: number; end: number }[]): { id: TopicId; start: number; end: number }[];
}

// "fixes typos in the member records himself": the work and who does it sit a few words apart, in
// one clause; further apart they belong to different thoughts.
const MAX_GAP = 8;

export function createSelfServiceReader(knowledge: Knowledge): SelfServiceReader {
  const work: { id: TopicId; verbs: PhraseSet }[] = knowledge.topics
    .filter((t) => t.doneByStaff.length > 0)
    .map((t) => ({ id: t.id, verbs: createPhraseSet(t.doneByStaff) }));
  const themselves = createPhraseSet(knowledge.nlu.vocabulary.byThemselves);
  return {
    needs(words, clauses) {
      if (work.length === 0) return [];
      const who = themselves.find(words);
      if (who.length === 0) return [];
      const found: { id: TopicId; start: number; end: number }[] = [];
      for (const { id, verbs } of work) {
        for (const verb of verbs.find(words)) {
          const clause = clauses.find((c) => verb.start >= c.start && verb.start < c.end);
          const by = who.find((w) => w.start >= verb.end && w.start - verb.end <= MAX_GAP && (!clause || w.end <= clause.end));
          if (by) {
            found.push({ id, start: verb.start, end: by.end });
            break;
          }
        }
      }
      return found;
    },
  };
}
