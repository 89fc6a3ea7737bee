import type { Concept } from '../knowledge-model';
import { agree, collectSources, emptyParts, inSentence, subjectOf, type ComposeInput, type Composed } from './helpers';

/**
 * The capability a feature check asks about ("can sanic provide an http client?", "does tornado
 * have sessions?"), when the knowledge has it as a concept that lists who ships it. Those are
 * answered from that list: the broad topic they hint at (async, auth) would say "yes, built in"
 * about something else.
 */
export function askedCapability(input: ComposeInput): Concept | undefined {
  return input.concepts.find((c) => c.kind === 'capability');
}

/**
 * Does framework X ship capability Y: yes when the concept's `builtInto` lists it, "through an
 * extension" when `viaExtension` names one for it (Flask's CSRF protection is Flask-WTF), no otherwise.
 */
export function composeCapabilityCheck(input: ComposeInput, concept: Concept): Composed {
  const f = subjectOf(input)!;
  const yes = concept.builtInto.includes(f.id);
  // A detail about this framework, when the knowledge has one ("Tornado: tornado.httpclient ...").
  const own = concept.details.find((d) => new RegExp(`\\b${f.name}\\b`).test(d.text));
  const what = inSentence(concept.phrase);
  const extensions = yes ? [] : (concept.viaExtension[f.id] ?? []);
  const verdict = yes
    ? `Yes, built in: ${f.name} ships ${what}.`
    : extensions.length > 0
      ? `Not built in: ${f.name} gets ${what} from an extension (${extensions.join(', ')}).`
      : `No: ${f.name} does not ship ${what} of its own.`;
  const parts = emptyParts(`Does ${f.name} ship ${what}?`, own ? `${verdict} ${own.text}` : verdict);
  parts.sections = [{ heading: `About ${inSentence(concept.name)}`, lines: [concept.summary.text, ...(concept.useWhen ? [`Use it when ${concept.useWhen}.`] : [])] }];
  const others = input.knowledge.frameworks.filter((o) => o.id !== f.id && concept.builtInto.includes(o.id)).map((o) => o.name);
  if (!yes && others.length > 0) parts.sections.push({ heading: 'Built in elsewhere', lines: [`${agree(others, 'ships', 'ship')} it out of the box.`] });
  parts.followUps = [{ label: `What is ${concept.name}?`, question: `what is ${concept.name.toLowerCase()}` }];
  return { parts, recommendation: null, support: yes ? 'built_in' : extensions.length > 0 ? 'extension' : 'none', fit: null, sources: collectSources(concept.summary.sources, ...(own ? [own.sources] : [])) };
}
