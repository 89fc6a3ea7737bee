import type { Framework } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, joinNames, type ComposeInput, type Composed } from './helpers';

/** The frameworks a licence question is about: those weighed, else every one named. */
function asked({ frameworks, understanding: u }: ComposeInput): Framework[] {
  const weighed = frameworks.filter((f) => u.roles[f.id] === 'candidate');
  return weighed.length > 0 ? weighed : frameworks;
}

/**
 * "what licence is django under? we ship a closed-source appliance", "django vs flask licence-wise":
 * the licence each is released under (its SPDX identifier) and what it asks of a team shipping on
 * it, from each framework's `licence` fact. A framework whose file has no licence says so.
 */
export function composeLicence(input: ComposeInput): Composed {
  const named = asked(input);
  const known = named.filter((f): f is Framework & { licence: NonNullable<Framework['licence']> } => f.licence !== null);
  const missing = named.filter((f) => f.licence === null);
  const ids = new Set(known.map((f) => f.licence.spdx));
  const verdict =
    known.length === 0
      ? messages.licenceUnknown(joinNames(named.map((f) => f.name)))
      : known.length === 1
        ? known[0]!.licence.text
        : ids.size === 1
          ? messages.licenceSame(joinNames(known.map((f) => f.name)), known[0]!.licence.spdx)
          : messages.licenceDiffer(known.map((f) => `${f.name} under ${f.licence.spdx}`));
  const parts = emptyParts(`${named.map((f) => f.name).join(' vs ')}: licence`, verdict);
  const lines = known.length === 0 ? [] : [...(known.length > 1 ? known.map((f) => `${f.name} (${f.licence.spdx}): ${f.licence.text}`) : []), ...missing.map((f) => messages.licenceUnknown(f.name))];
  parts.sections = lines.length > 0 ? [{ heading: 'Licences', lines }] : [];
  parts.notes = [messages.licenceNotAdvice(known.length > 1)];
  parts.followUps = named.slice(0, 2).map((f) => ({ label: `About ${f.name}`, question: `what is ${f.name.toLowerCase()}` }));
  return { parts, recommendation: null, support: null, fit: null, sources: collectSources(...known.map((f) => f.licence.sources)) };
}
