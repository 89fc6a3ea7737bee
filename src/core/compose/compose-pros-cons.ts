import type { Framework } from '../knowledge-model';
import { collectSources, emptyParts, mainFrameworks, type ComposeInput, type Composed } from './helpers';

/** Pros and cons of each named framework (the main three when none is named). */
export function composeProsCons({ knowledge, frameworks }: ComposeInput): Composed {
  const shown: Framework[] = frameworks.length > 0 ? frameworks : mainFrameworks(knowledge);
  const title = shown.length === 1 ? `${shown[0]!.name}: pros and cons` : `Pros and cons: ${shown.map((f) => f.name).join(', ')}`;
  const verdict =
    shown.length === 1
      ? `${shown[0]!.name} fits best when ${shown[0]!.chooseIf}.`
      : shown.map((f) => `${f.name} suits you if ${f.chooseIf}.`).join(' ');
  const parts = emptyParts(title, verdict);
  parts.sections = shown.flatMap((f) => [
    { heading: shown.length === 1 ? 'Pros' : `${f.name} pros`, lines: f.pros.map((p) => p.text) },
    { heading: shown.length === 1 ? 'Cons' : `${f.name} cons`, lines: f.cons.map((c) => c.text) },
  ]);
  parts.followUps =
    shown.length === 1
      ? mainFrameworks(knowledge, 4)
          .filter((o) => o.id !== shown[0]!.id)
          .slice(0, 3)
          .map((o) => ({ label: `${shown[0]!.name} vs ${o.name}`, question: `${shown[0]!.name.toLowerCase()} vs ${o.name.toLowerCase()}` }))
      : [{ label: 'Compare them', question: shown.map((f) => f.name.toLowerCase()).join(' vs ') }];
  return {
    parts,
    recommendation: null,
    support: null,
    sources: collectSources(...shown.flatMap((f) => [...f.pros, ...f.cons].map((x) => x.sources))),
  };
}
