import type { Knowledge } from '../core/knowledge-model';
import { normalizePhrase } from '../core/normalize';
import { stem } from '../core/words';
import type { KnowledgeProblem } from './knowledge-error';

type Kind = 'framework' | 'topic' | 'concept';
interface Owner {
  kind: Kind;
  id: string;
  file: string;
  field: string;
}

const FOLDER: Record<Kind, string> = { framework: 'frameworks', topic: 'topics', concept: 'concepts' };
/** How the matcher sees a phrase: normalised words, plurals folded ("Admin Panels" = "admin panel"). */
const matchKey = (phrase: string) => normalizePhrase(phrase).split(' ').filter(Boolean).map(stem).join(' ');

/**
 * Problems the schema cannot see because they span files. A name that points at two frameworks,
 * two topics, or a framework and anything else makes the matcher's reading a coin toss, so it is
 * an error. A topic and a concept may share a name on purpose: "orm" compares frameworks on
 * their database layer (topic) and explains what an ORM is (concept).
 */
export function lintKnowledge(knowledge: Knowledge): KnowledgeProblem[] {
  const owners = new Map<string, Owner[]>();
  const claim = (kind: Kind, id: string, field: string, phrase: string) => {
    const key = matchKey(phrase);
    if (!key) return;
    const list = owners.get(key) ?? [];
    if (!list.some((o) => o.kind === kind && o.id === id)) list.push({ kind, id, file: `${FOLDER[kind]}/${id}.yaml`, field });
    owners.set(key, list);
  };
  for (const f of knowledge.frameworks) [f.id, f.name, ...f.aliases].forEach((p) => claim('framework', f.id, 'aliases', p));
  for (const t of knowledge.topics) [t.id.replaceAll('_', ' '), t.name, ...t.synonyms].forEach((p) => claim('topic', t.id, 'synonyms', p));
  for (const c of knowledge.concepts) [c.id.replaceAll('_', ' '), c.name, ...c.aliases].forEach((p) => claim('concept', c.id, 'aliases', p));

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
