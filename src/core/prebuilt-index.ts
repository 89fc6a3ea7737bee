import { entityNames, phraseKey, type EntityName } from './entity-names';
import { proseWords } from './familiar-words';
import type { Knowledge, PrebuiltIndex } from './knowledge-model';

// Bumped whenever phraseKey() or proseWords() read text differently, so data a build worked out
// with older code is never used.
const INDEX_FORMAT = 'index-3';

/** Words spelt right: the knowledge's prose and the ordinary words listed as never typos. */
const spelledRight = (knowledge: Knowledge): Set<string> => new Set([...proseWords(knowledge), ...knowledge.nlu.vocabulary.realWords]);

const fingerprintOf = (knowledge: Knowledge) => `${INDEX_FORMAT}:${knowledge.version}`;

/** What the entity index reads from the knowledge's text, in the form it uses. */
export interface IndexText {
  /** Every name the knowledge gives (entityNames order) with its key (phraseKey). */
  names: { name: EntityName; key: string }[];
  /** The words of the knowledge's own prose (proseWords) and the ordinary words never corrected. */
  proseWords: ReadonlySet<string>;
}

/**
 * Worked out by `npm run build` and shipped in the compiled knowledge: normalising 3,481 names and
 * every fact, note and pro of the knowledge took ~100 ms of each cold start (a third of building
 * the matcher), and the result only changes when the knowledge does.
 */
export function prebuildIndex(knowledge: Knowledge): PrebuiltIndex {
  return {
    fingerprint: fingerprintOf(knowledge),
    keys: entityNames(knowledge).map((n) => phraseKey(n.phrase)),
    proseWords: [...spelledRight(knowledge)],
  };
}

/** The names and prose words of this knowledge: from the build when it matches, read afresh otherwise. */
export function indexText(knowledge: Knowledge): IndexText {
  const names = entityNames(knowledge);
  const shipped = knowledge.index?.fingerprint === fingerprintOf(knowledge) && knowledge.index.keys.length === names.length ? knowledge.index : undefined;
  return {
    names: names.map((name, i) => ({ name, key: shipped ? shipped.keys[i]! : phraseKey(name.phrase) })),
    proseWords: shipped ? new Set(shipped.proseWords) : spelledRight(knowledge),
  };
}
