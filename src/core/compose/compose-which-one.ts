import type { SupportLevel } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, extensionsOf, joinNames, type ComposeInput, type Composed } from './helpers';

/** Frameworks offered as one-click questions: the best placed on the feature. */
const OFFERED = 3;
const HEADINGS: Record<SupportLevel, string> = { built_in: 'Built in', extension: 'Through an extension', none: 'Not available' };

/**
 * "does it have swagger?" with no conversation before it: which framework "it" is cannot be told, so
 * the answer asks, and meanwhile shows where every framework stands on that feature, grouped by how it
 * comes (built in, an extension, not at all), with the best placed offered as questions.
 */
export function composeWhichOne({ knowledge, topics }: ComposeInput): Composed {
  const topic = topics[0]!;
  const ranked = topic.ranking.map((id) => knowledge.frameworks.find((f) => f.id === id)).filter((f) => f !== undefined);
  const parts = emptyParts(messages.whichOneTitle, messages.whichOneVerdict(topic.phrase));
  parts.sections = (['built_in', 'extension', 'none'] as const)
    .map((level) => {
      const here = ranked.filter((f) => (f.support[topic.id].level ?? 'none') === level);
      const named = here.map((f) => `${f.name}${extensionsOf(f.support[topic.id])}`);
      return { heading: HEADINGS[level], lines: named.length > 0 ? [`${joinNames(named)}.`] : [] };
    })
    .filter((s) => s.lines.length > 0);
  parts.followUps = ranked.slice(0, OFFERED).map((f) => ({ label: `${f.name}: ${topic.name.toLowerCase()}?`, question: `does ${f.name.toLowerCase()} have ${topic.phrase}` }));
  const sources = collectSources(topic.why.sources, ...ranked.slice(0, OFFERED).map((f) => f.support[topic.id].sources));
  return { parts, recommendation: null, support: null, fit: null, shown: [], sources };
}
