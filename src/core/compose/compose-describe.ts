import type { Framework } from '../knowledge-model';
import { collectSources, emptyParts, type ComposeInput, type Composed } from './helpers';

function describeFramework(f: Framework): Composed {
  const parts = emptyParts(f.name, f.summary.text);
  const interfaces = f.interfaces.map((i) => i.toUpperCase()).join(' and ');
  const facts = [
    `Kind: ${f.kind === 'micro' ? 'microframework' : 'full-stack framework'}, served over ${interfaces}`,
    `First release: ${f.firstRelease.text}`,
    `Built on: ${f.builtOn.text}`,
    ...(f.pythonVersions ? [`Python: ${f.pythonVersions.text}`] : []),
    ...(f.usedBy ? [`Used by: ${f.usedBy.text}`] : []),
  ];
  parts.sections = [
    { heading: 'Facts', lines: facts },
    { heading: 'Best for', lines: f.bestFor.map((b) => b.text) },
  ];
  parts.followUps = [
    { label: `Pros and cons of ${f.name}`, question: `pros and cons of ${f.name.toLowerCase()}` },
    { label: `When to choose ${f.name}`, question: `should i use ${f.name.toLowerCase()}` },
  ];
  return {
    parts,
    recommendation: null,
    support: null,
    sources: collectSources(
      f.summary.sources,
      f.firstRelease.sources,
      f.builtOn.sources,
      f.pythonVersions?.sources ?? [],
      f.usedBy?.sources ?? [],
      ...f.bestFor.map((b) => b.sources),
    ),
  };
}

/** A framework or a concept explained: what it is, the key facts, and where it fits. */
export function composeDescribe({ knowledge, frameworks, conceptIds }: ComposeInput): Composed {
  const concept = knowledge.concepts.find((c) => c.id === conceptIds[0]);
  // "what is DRF" names a concept whose words include "django": the concept is the subject.
  if (concept && (frameworks.length === 0 || concept.frameworks.length > 0)) {
    const parts = emptyParts(concept.name, concept.summary.text);
    if (concept.details.length > 0) parts.sections = [{ heading: 'Details', lines: concept.details.map((d) => d.text) }];
    const related = knowledge.frameworks.filter((f) => concept.frameworks.includes(f.id));
    if (related.length > 0) {
      parts.sections.push({ heading: 'Related frameworks', lines: [related.map((f) => f.name).join(', ')] });
    }
    parts.followUps = related.slice(0, 3).map((f) => ({ label: `About ${f.name}`, question: `what is ${f.name.toLowerCase()}` }));
    return {
      parts,
      recommendation: null,
      support: null,
      sources: collectSources(concept.summary.sources, ...concept.details.map((d) => d.sources)),
    };
  }
  const f = frameworks[0] ?? knowledge.frameworks[0]!;
  return describeFramework(f);
}
