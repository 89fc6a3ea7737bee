import type { Cue } from './cues';
import type { EntityMatch } from './entity-index';
import type { ScopeReading } from './read-scope';
import { stem } from './words';

const PLACEHOLDER: Record<EntityMatch['kind'], string> = { framework: 'FW', topic: 'TOPIC', concept: 'CONCEPT' };

/**
 * The words a question is reduced to for the intent classifier: each framework, topic or concept
 * becomes a placeholder, so "flask vs django" and "sanic vs tornado" teach the same thing, and the
 * classifier learns the phrasing, not the names.
 */
export function abstractTokens(words: string[], matches: EntityMatch[]): string[] {
  const at = new Map<number, EntityMatch>();
  for (const m of matches) for (let i = m.start; i < m.end; i++) if (!at.has(i) || m.kind === 'framework') at.set(i, m);
  const out: string[] = [];
  let last: EntityMatch | undefined;
  words.forEach((w, i) => {
    const m = at.get(i);
    if (m) {
      if (m !== last) out.push(PLACEHOLDER[m.kind]);
    } else out.push(stem(w));
    last = m;
  });
  return out;
}

const LENGTH_EDGES = [1, 3, 6, 12, 25, Infinity];
const bucket = (n: number, edges: number[]) => edges.findIndex((e) => n <= e);

/** How many different things of one kind were matched ("flask ... flask" is one framework). */
function distinctCount(matches: EntityMatch[], kind: EntityMatch['kind']): number {
  let count = 0;
  matches.forEach((m, i) => {
    if (m.kind !== kind) return;
    for (let j = 0; j < i; j++) if (matches[j]!.kind === kind && matches[j]!.id === m.id) return;
    count++;
  });
  return count;
}

/** Binary features: words, word pairs, the opening words, entity counts and scope signals. */
export function intentFeatures(words: string[], matches: EntityMatch[], cues: Set<Cue>, scope: ScopeReading, known?: ReadonlySet<string>): string[] {
  const tokens = abstractTokens(words, matches);
  const features = new Set<string>();
  tokens.forEach((t, i) => {
    features.add(`w:${t}`);
    if (i + 1 < tokens.length) features.add(`b:${t} ${tokens[i + 1]}`);
  });
  if (tokens[0]) features.add(`s:${tokens[0]}`);
  if (tokens[1]) features.add(`s2:${tokens[0]} ${tokens[1]}`);
  if (tokens.length > 0) features.add(`e:${tokens[tokens.length - 1]}`);
  const fw = distinctCount(matches, 'framework');
  const concepts = distinctCount(matches, 'concept');
  features.add(`#fw${Math.min(fw, 2)}`);
  features.add(`#topics${Math.min(distinctCount(matches, 'topic'), 2)}`);
  features.add(`#concepts${Math.min(concepts, 2)}`);
  features.add(`#subjects${Math.min(fw + concepts, 3)}`);
  features.add(`#len${bucket(words.length, LENGTH_EDGES)}`);
  for (const cue of cues) features.add(`#cue:${cue}`);
  if (scope.everydayNamesOnly) features.add('#everydayName');
  if (scope.technical === 0) features.add('#notech');
  if (scope.everyday > 0) features.add('#everyday');
  if (scope.otherEcosystem) features.add('#ecosystem');
  if (scope.generalPython) features.add('#python');
  if (scope.uncovered.length > 0) features.add('#uncovered');
  // Mostly words nobody has used in an example ("qwzx blorp frobnicate"): gibberish, not a greeting.
  if (known && tokens.length > 0) {
    const unknown = tokens.filter((t) => t === t.toLowerCase() && !known.has(t)).length / tokens.length;
    if (unknown >= 0.5) features.add('#mostlyUnknown');
  }
  return [...features];
}
