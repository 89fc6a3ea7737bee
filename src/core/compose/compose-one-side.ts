import { messages } from '../messages';
import { collectSources, emptyParts, ratingLabel, type ComposeInput, type Composed } from './helpers';

/**
 * "django forms vs wtforms", "django signals vs overriding save()": weighed against something the
 * knowledge does not cover, so only the known side is answered (its note on the need asked, or what
 * it is for), and the answer says plainly that the other side is not weighed.
 */
export function composeOneSide(input: ComposeInput): Composed {
  const { frameworks, topics, understanding: u } = input;
  const f = frameworks[0]!;
  const other = u.otherSide ?? '';
  const topic = topics[0];
  const parts = emptyParts(`${f.name} vs ${other}${topic ? `: ${topic.name}` : ''}`, messages.oneSideOnly(f.name, other));
  parts.sections = topic
    ? [
        { heading: `${f.name}: ${topic.name} (${ratingLabel(f.support[topic.id])})`, lines: [f.support[topic.id].note] },
        { heading: 'Across frameworks', lines: [topic.why.text] },
      ]
    : [{ heading: f.name, lines: [f.summary.text, `Choose ${f.name} if ${f.chooseIf}.`] }];
  parts.followUps = [
    ...(topic ? [{ label: `Best for ${topic.name.toLowerCase()}`, question: `best framework for ${topic.phrase}` }] : []),
    { label: `About ${f.name}`, question: `what is ${f.name.toLowerCase()}` },
  ];
  return {
    parts,
    recommendation: null,
    support: null,
    sources: topic ? collectSources(f.support[topic.id].sources, topic.why.sources) : collectSources(f.summary.sources),
  };
}
