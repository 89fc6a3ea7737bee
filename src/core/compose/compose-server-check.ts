import type { Concept, Framework } from '../knowledge-model';
import { servedOver } from './compose-interface-check';
import { collectSources, emptyParts, joinNames, subjectOf, type ComposeInput, type Composed } from './helpers';

/**
 * A server a deployment check names ("will tornado work under daphne?"), when the knowledge says which
 * interfaces it serves. Only a server that cannot run the framework changes the answer: the
 * framework's deployment support would say "yes, built in" about deploying it some other way.
 */
export function askedServer(input: ComposeInput): Concept | undefined {
  if (input.topics[0] && input.topics[0].id !== 'deployment') return undefined;
  return input.concepts.find((c) => c.kind === 'server' && c.serves.length > 0);
}

/** Whether a server runs a framework's apps: over an interface both speak, or through the framework's own worker class. */
export const runsOn = (f: Framework, server: Concept): boolean => server.serves.some((i) => f.interfaces.includes(i)) || server.viaExtension[f.id] !== undefined;

/** "Can Tornado run under Uvicorn?": no, with what the server serves, how the framework is deployed instead and which servers do run it. */
export function composeServerMismatch(input: ComposeInput, server: Concept): Composed {
  const f = subjectOf(input)!;
  const deployment = f.support.deployment;
  const served = joinNames(server.serves.map((i) => i.toUpperCase()));
  const parts = emptyParts(`Can ${f.name} run on ${server.name}?`, `No: ${server.name} serves ${served} apps, and ${f.name} runs on ${servedOver(f.interfaces)}.`);
  parts.sections = [{ heading: `Deploying ${f.name}`, lines: [deployment.note] }];
  const servers = input.knowledge.concepts.filter((c) => c.kind === 'server' && c.serves.length > 0 && runsOn(f, c));
  if (servers.length > 0) {
    const through = (c: Concept) => (c.viaExtension[f.id] ? ` (through ${joinNames(c.viaExtension[f.id]!)})` : '');
    parts.sections.push({ heading: `Servers that run ${f.name}`, lines: servers.map((c) => `${c.name}${through(c)}`) });
  }
  parts.followUps = [
    { label: `Deploying ${f.name}`, question: `how do i deploy ${f.name.toLowerCase()}` },
    { label: `What is ${server.name}?`, question: `what is ${server.name.toLowerCase()}` },
  ];
  return { parts, recommendation: null, support: 'none', fit: null, sources: collectSources(server.summary.sources, deployment.sources, ...servers.filter((c) => c.viaExtension[f.id]).flatMap((c) => c.details.filter((d) => d.text.includes(f.name)).map((d) => d.sources))) };
}
