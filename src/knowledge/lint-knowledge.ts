import { entityNames, phraseKey, type EntityKind } from '../core/entity-names';
import type { Knowledge } from '../core/knowledge-model';
import type { KnowledgeProblem } from './knowledge-error';

interface Owner {
  kind: EntityKind;
  id: string;
  file: string;
  field: string;
}

const FOLDER: Record<EntityKind, string> = { framework: 'frameworks', topic: 'topics', concept: 'concepts' };
const FIELD: Record<EntityKind, string> = { framework: 'aliases', topic: 'synonyms', concept: 'aliases' };

/**
 * Problems the schema cannot see because they span files. A name that points at two frameworks,
 * two topics, or a framework and anything else makes the matcher's reading a coin toss, so it is
 * an error. A topic and a concept may share a name on purpose: "orm" compares frameworks on
 * their database layer (topic) and explains what an ORM is (concept).
 */
export function lintKnowledge(knowledge: Knowledge): KnowledgeProblem[] {
  const owners = new Map<string, Owner[]>();
  for (const { kind, id, phrase } of entityNames(knowledge)) {
    const key = phraseKey(phrase);
    if (!key) continue;
    const list = owners.get(key) ?? [];
    if (!list.some((o) => o.kind === kind && o.id === id)) list.push({ kind, id, file: `${FOLDER[kind]}/${id}.yaml`, field: FIELD[kind] });
    owners.set(key, list);
  }

  const problems: KnowledgeProblem[] = [];
  for (const [phrase, list] of owners) {
    if (list.length < 2) continue;
    const kinds = new Set(list.map((o) => o.kind));
    const sameKind = kinds.size < list.length;
    if (!sameKind && !kinds.has('framework')) continue;
    const [first, ...others] = list;
    problems.push({
      file: first!.file,
      field: first!.field,
      message: `"${phrase}" also names ${others.map((o) => `${o.kind} ${o.id} (${o.file})`).join(', ')}; one name must mean one thing`,
    });
  }
  return problems;
}
