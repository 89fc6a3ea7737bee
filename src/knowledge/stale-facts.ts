import type { Fact, Knowledge } from '../core/knowledge-model';

/** A fact not checked against its sources for longer than the allowed age. */
export interface StaleFact {
  file: string;
  field: string;
  checked: string;
}

const monthsBetween = (from: string, to: Date): number => {
  const [y, m] = from.split('-').map(Number);
  return (to.getUTCFullYear() - y!) * 12 + (to.getUTCMonth() + 1 - m!);
};

/**
 * Facts whose `checked` date is more than `maxAgeMonths` before `today`, named by file and field,
 * so `knowledge:check` can say which facts to re-verify before they mislead anyone.
 */
export function staleFacts(knowledge: Knowledge, today: Date, maxAgeMonths: number): StaleFact[] {
  const out: StaleFact[] = [];
  const visit = (file: string, field: string, fact: Pick<Fact, 'checked'> | null | undefined) => {
    if (fact && monthsBetween(fact.checked, today) > maxAgeMonths) out.push({ file, field, checked: fact.checked });
  };
  for (const f of knowledge.frameworks) {
    const file = `frameworks/${f.id}.yaml`;
    const facts: [string, Fact | null][] = [
      ['summary', f.summary],
      ['first_release', f.firstRelease],
      ['built_on', f.builtOn],
      ['python_versions', f.pythonVersions],
      ['licence', f.licence],
      ['release', f.release],
      ['support_window', f.supportWindow],
      ['maintenance', f.maintenance],
      ['used_by', f.usedBy],
      ...f.pros.map((p, i) => [`pros.${i}`, p] as [string, Fact]),
      ...f.cons.map((p, i) => [`cons.${i}`, p] as [string, Fact]),
      ...f.bestFor.map((p, i) => [`best_for.${i}`, p] as [string, Fact]),
    ];
    for (const [field, fact] of facts) visit(file, field, fact);
    for (const [topic, s] of Object.entries(f.support)) visit(file, `support.${topic}`, s);
  }
  for (const t of knowledge.topics) visit(`topics/${t.id}.yaml`, 'why', t.why);
  for (const c of knowledge.concepts) {
    visit(`concepts/${c.id}.yaml`, 'summary', c.summary);
    c.details.forEach((d, i) => visit(`concepts/${c.id}.yaml`, `details.${i}`, d));
    visit(`concepts/${c.id}.yaml`, 'status', c.status);
  }
  return out;
}
