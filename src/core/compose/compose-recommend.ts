import type { Framework, Topic } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, mainFrameworks, rankFrameworks, type ComposeInput, type Composed } from './helpers';

function reason(f: Framework, topic: Topic): string {
  return `${f.name}: ${f.support[topic.id].note}`;
}

/** Without a need: each main framework's "choose it if", and a nudge to say what is being built. */
function composeWithoutNeed({ knowledge, frameworks }: ComposeInput): Composed {
  const named = frameworks[0];
  const candidates = mainFrameworks(knowledge);
  const parts = emptyParts(
    named ? `Should you use ${named.name}?` : 'Which Python web framework?',
    named ? `${named.name} is a good choice if ${named.chooseIf}. ${messages.noNeedRecommend}` : messages.noNeedRecommend,
  );
  const shown = named && !candidates.includes(named) ? [named, ...candidates] : candidates;
  parts.sections = [{ heading: 'Rule of thumb', lines: shown.map((f) => `Choose ${f.name} if ${f.chooseIf}.`) }];
  parts.followUps = knowledge.topics
    .filter((t) => ['rest_api', 'admin', 'learning_curve', 'async'].includes(t.id))
    .map((t) => ({ label: `Best for ${t.name.toLowerCase()}`, question: `best framework for ${t.phrase}` }));
  return { parts, recommendation: null, support: null, sources: collectSources(...shown.map((f) => f.summary.sources)) };
}

/**
 * A need, with at most one framework named: the ranked fits with reasons. "Should I use X for Y"
 * is answered honestly: yes when X is a reasonable fit, otherwise the better choice.
 */
export function composeRecommend(input: ComposeInput): Composed {
  const { knowledge, frameworks, topics } = input;
  const topic = topics[0];
  if (!topic) return composeWithoutNeed(input);
  const ranked = rankFrameworks(knowledge.frameworks, topics);
  const best = ranked[0]!;
  const named = frameworks[0];
  const top = ranked.slice(0, 3);
  const sources = collectSources(topic.why.sources, ...top.map((f) => f.support[topic.id].sources));
  const considered = topics.length > 1 ? [messages.alsoConsidered(topics.slice(1).map((t) => t.name.toLowerCase()).join(', '))] : [];

  if (named) {
    const poor = topic.poorFit.includes(named.id);
    const pick = poor ? best : named;
    const verdict = poor
      ? `${named.name} is not a good fit for ${topic.phrase}; ${best.name} is the better choice.`
      : named.id === best.id
        ? `Yes: ${named.name} is the strongest choice for ${topic.phrase}.`
        : `Yes, ${named.name} works for ${topic.phrase}, though ${best.name} is the strongest fit.`;
    const parts = emptyParts(`${named.name} for ${topic.phrase}?`, verdict);
    parts.sections = [
      { heading: 'Why', lines: [reason(named, topic), ...(named.id === best.id ? [] : [reason(best, topic)])] },
      { heading: 'In short', lines: [topic.why.text] },
    ];
    parts.notes = considered;
    parts.followUps = [
      { label: `${named.name} vs ${best.id === named.id ? ranked[1]!.name : best.name}`, question: `${named.name.toLowerCase()} vs ${(best.id === named.id ? ranked[1]! : best).name.toLowerCase()} for ${topic.phrase}` },
      { label: `Pros and cons of ${named.name}`, question: `pros and cons of ${named.name.toLowerCase()}` },
    ];
    return {
      parts,
      recommendation: pick.id,
      support: null,
      sources: collectSources(sources, named.support[topic.id].sources),
    };
  }

  const parts = emptyParts(`Best for ${topic.phrase}`, `${best.name} is the best fit for ${topic.phrase}. ${topic.why.text}`);
  parts.fields = top.map((f, i) => ({ frameworkId: f.id, name: `${i + 1}. ${f.name}`, lines: [f.support[topic.id].note] }));
  const avoid = ranked.filter((f) => topic.poorFit.includes(f.id)).map((f) => f.name);
  if (avoid.length > 0) parts.sections = [{ heading: 'Poor fit', lines: [avoid.join(', ')] }];
  parts.notes = considered;
  parts.followUps = [
    { label: `${best.name} vs ${ranked[1]!.name}`, question: `${best.name.toLowerCase()} vs ${ranked[1]!.name.toLowerCase()} for ${topic.phrase}` },
    { label: `Pros and cons of ${best.name}`, question: `pros and cons of ${best.name.toLowerCase()}` },
  ];
  return { parts, recommendation: best.id, support: null, sources };
}
