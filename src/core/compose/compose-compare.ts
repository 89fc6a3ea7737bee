import { messages } from '../messages';
import {
  collectSources,
  contrastingTopics,
  emptyParts,
  joinNames,
  rankFrameworks,
  supportLabel,
  topicFollowUps,
  type ComposeInput,
  type Composed,
} from './helpers';

/** Two or more frameworks: a verdict on the topic, or a side-by-side summary without one. */
export function composeCompare({ knowledge, frameworks, topics }: ComposeInput): Composed {
  const names = frameworks.map((f) => f.name);
  const topic = topics[0];
  if (!topic) {
    const differences = contrastingTopics(frameworks, knowledge).slice(0, 4);
    const parts = emptyParts(names.join(' vs '), `${messages.noTopicCompare} ${frameworks.map((f) => `Choose ${f.name} if ${f.chooseIf}.`).join(' ')}`);
    parts.fields = frameworks.map((f) => ({
      frameworkId: f.id,
      name: f.name,
      lines: [
        `${f.kind === 'micro' ? 'Microframework' : 'Full-stack framework'}, ${f.interfaces.map((i) => i.toUpperCase()).join(' + ')}, since ${f.firstRelease.year}`,
        `Best for: ${f.bestFor[0]?.text ?? f.summary.text}`,
      ],
    }));
    parts.sections = [
      {
        heading: 'Key differences',
        lines: differences.map(
          (t) => `${t.name}: ${frameworks.map((f) => `${f.name} ${supportLabel(f.support[t.id]).toLowerCase() || 'see notes'}`).join('; ')}`,
        ),
      },
    ];
    parts.followUps = topicFollowUps(frameworks, differences);
    return {
      parts,
      recommendation: null,
      support: null,
      sources: collectSources(...frameworks.map((f) => [...f.summary.sources, ...(f.bestFor[0]?.sources ?? [])])),
    };
  }

  const ranked = rankFrameworks(frameworks, topics);
  const winner = ranked[0]!;
  const others = ranked.slice(1).map((f) => f.name);
  const tie = topic.ranking.indexOf(winner.id) < 0;
  const parts = emptyParts(
    `${names.join(' vs ')}: ${topic.name}`,
    tie
      ? `For ${topic.phrase}, there is no clear winner between ${joinNames(names)}.`
      : `For ${topic.phrase}, ${winner.name} is the better fit than ${joinNames(others)}.`,
  );
  parts.fields = ranked.map((f) => {
    const s = f.support[topic.id];
    return { frameworkId: f.id, name: f.name, lines: [supportLabel(s), s.note].filter(Boolean) };
  });
  // The fields carry each framework's reason; the sections add the topic-wide picture.
  const leader = knowledge.frameworks.find((f) => f.id === topic.ranking[0]);
  if (leader && !frameworks.includes(leader)) {
    parts.sections = [{ heading: 'Across all frameworks', lines: [`${leader.name} leads for ${topic.phrase}: ${topic.why.text}`] }];
  } else {
    parts.sections = [{ heading: 'In short', lines: [topic.why.text] }];
  }
  if (topics.length > 1) parts.notes = [messages.alsoConsidered(topics.slice(1).map((t) => t.name.toLowerCase()).join(', '))];
  const more = contrastingTopics(frameworks, knowledge, topics.map((t) => t.id));
  parts.followUps = [
    ...topicFollowUps(frameworks, more).slice(0, 3),
    { label: `Pros and cons of ${winner.name}`, question: `pros and cons of ${winner.name.toLowerCase()}` },
  ];
  return {
    parts,
    recommendation: tie ? null : winner.id,
    support: null,
    sources: collectSources(topic.why.sources, ...ranked.map((f) => f.support[topic.id].sources)),
  };
}
