import type { Concept, ServerInterface } from '../knowledge-model';
import { collectSources, emptyParts, joinNames, subjectOf, type ComposeInput, type Composed } from './helpers';

const INTERFACE_NAMES: Record<ServerInterface, string> = { wsgi: 'WSGI', asgi: 'ASGI', native: 'its own HTTP server' };

/** "WSGI and ASGI", "its own HTTP server": what a framework's apps run on, for a sentence. */
export const servedOver = (interfaces: ServerInterface[]) =>
  joinNames(interfaces.map((i) => INTERFACE_NAMES[i]));

/**
 * The server interface a feature check asks about ("does tornado still run as a WSGI app?"), when
 * it is one a framework's `interfaces` can list. Those questions are answered from that field:
 * the deployment topic they hint at would say "yes, built in" about something else.
 */
export function askedInterface(input: ComposeInput): (Concept & { id: ServerInterface }) | undefined {
  return input.concepts.find((c): c is Concept & { id: ServerInterface } => c.kind === 'server_interface' && c.id in INTERFACE_NAMES && c.id !== 'native');
}

/** Does framework X run on interface Y: yes when its `interfaces` list it, no otherwise. */
export function composeInterfaceCheck(input: ComposeInput, concept: Concept & { id: ServerInterface }): Composed {
  const f = subjectOf(input)!;
  const yes = f.interfaces.includes(concept.id);
  const also = f.interfaces.filter((i) => i !== concept.id);
  const verdict = yes
    ? `Yes: ${f.name} runs on ${concept.name}${also.length > 0 ? ` (and also on ${servedOver(also)})` : ''}.`
    : `No: ${f.name} runs on ${servedOver(f.interfaces)}, not on ${concept.name}.`;
  const parts = emptyParts(`Does ${f.name} run on ${concept.name}?`, verdict);
  parts.sections = [{ heading: `About ${concept.name}`, lines: [concept.summary.text] }];
  const others = input.knowledge.frameworks.filter((o) => o.id !== f.id && o.interfaces.includes(concept.id)).map((o) => o.name);
  if (!yes && others.length > 0) parts.sections.push({ heading: `${concept.name} frameworks`, lines: [`${joinNames(others)} run on ${concept.name}.`] });
  parts.followUps = [{ label: `Deploying ${f.name}`, question: `how do i deploy ${f.name.toLowerCase()}` }];
  return { parts, recommendation: null, support: yes ? 'built_in' : 'none', fit: null, sources: collectSources(f.summary.sources, concept.summary.sources) };
}
