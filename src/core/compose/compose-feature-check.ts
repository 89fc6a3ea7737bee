import type { SupportLevel } from '../knowledge-model';
import { askedCapability, composeCapabilityCheck } from './compose-capability-check';
import { askedInterface, composeInterfaceCheck } from './compose-interface-check';
import { askedServer, composeServerMismatch, runsOn } from './compose-server-check';
import { composeWhichOne } from './compose-which-one';
import { agree, collectSources, emptyParts, extensionsOf, subjectOf, type ComposeInput, type Composed } from './helpers';

const OPENERS: Record<SupportLevel, string> = {
  built_in: 'Yes, built in',
  extension: 'Not built in, but available through an extension',
  none: 'No',
};

/** Does framework X have feature Y: built in, through a named extension, or not at all. */
export function composeFeatureCheck(input: ComposeInput): Composed {
  const { knowledge, topics } = input;
  // "does it still ship websocket support, and is it any good next to the asgi stuff?": a feature of its
  // own asked first is the check; the interface when what leads is the interface's own field.
  const interfaceNamed = askedInterface(input);
  const lead = topics[0];
  const asked = interfaceNamed && !(lead?.kind === 'feature' && !interfaceNamed.topics.includes(lead.id)) ? interfaceNamed : undefined;
  if (asked) return composeInterfaceCheck(input, asked);
  const capability = askedCapability(input);
  if (capability) return composeCapabilityCheck(input, capability);
  const f = subjectOf(input);
  if (!f) return composeWhichOne(input);
  const server = askedServer(input);
  if (server && !runsOn(f, server)) return composeServerMismatch(input, server);
  const topic = topics[0]!;
  const s = f.support[topic.id];
  const level = s.level ?? 'none';
  const via = extensionsOf(s);
  // "Does Tornado support migrating an app between frameworks?": a need said as something done is supported, not had.
  const verb = /^\w+ing (?!support\b)/.test(topic.phrase) ? 'support' : 'have';
  const parts = emptyParts(`Does ${f.name} ${verb} ${topic.phrase}?`, `${OPENERS[level]}${via}. ${s.note}`);
  const builtIn = knowledge.frameworks.filter((o) => o.id !== f.id && o.support[topic.id].level === 'built_in');
  const leader = knowledge.frameworks.find((o) => o.id === topic.ranking[0]);
  if (level !== 'built_in' && builtIn.length > 0) {
    const names = builtIn.sort((a, b) => b.support[topic.id].rating - a.support[topic.id].rating).slice(0, 4).map((o) => o.name);
    parts.sections = [{ heading: 'Built in elsewhere', lines: [`${agree(names, 'ships', 'ship')} this out of the box.`] }];
  }
  const rival = leader && leader.id !== f.id ? leader : builtIn[0];
  parts.followUps = rival
    ? [{ label: `${f.name} vs ${rival.name}`, question: `${f.name.toLowerCase()} vs ${rival.name.toLowerCase()} for ${topic.phrase}` }]
    : [];
  parts.followUps.push({ label: `Best for ${topic.name.toLowerCase()}`, question: `best framework for ${topic.phrase}` });
  return { parts, recommendation: null, support: level, fit: null, sources: collectSources(s.sources, topic.why.sources) };
}
