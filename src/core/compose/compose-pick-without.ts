import { judge } from '../judge';
import type { Framework, Topic } from '../knowledge-model';
import { messages } from '../messages';
import { agree, collectSources, emptyParts, needsPhrase, picked, type ComposeInput, type Composed } from './helpers';

const SHOWN = 3;

/**
 * "Which framework doesn't push an ORM on me? I only want raw SQL": every need named is one to do
 * without, so the pick is among the frameworks that leave it out (an extension or nothing), ranked on
 * whatever else was asked and on how widely they are used; the ones that ship it built in are named
 * apart. Ranking on the need itself put Django first for "no ORM".
 */
export function composePickWithout(input: ComposeInput, without: Topic[]): Composed {
  const { knowledge, understanding: u } = input;
  const left = knowledge.frameworks.filter((f) => u.roles[f.id] !== 'excluded' && without.every((t) => f.support[t.id].level !== 'built_in'));
  const others = u.topics.filter((id) => !without.some((t) => t.id === id));
  const { ranked } = judge(left.length > 0 ? left : knowledge.frameworks, others, u, knowledge);
  // With nothing else asked, the ones most teams use lead: words that echo a framework's prose
  // ("a port's berth scheduling" and Tornado's) are no reason to pick it.
  const adoption = (f: Framework) => f.support.community.rating + f.support.maturity.rating;
  const order = others.length > 0 ? ranked : [...ranked].sort((a, b) => adoption(b.framework) - adoption(a.framework) || b.score - a.score);
  const top = order.slice(0, SHOWN).map((r) => r.framework);
  const best = top[0]!;
  const need = needsPhrase(without);
  const parts = emptyParts(messages.pickWithoutTitle(need), messages.pickWithout(best.name, need));
  parts.fields = top.map((f, i) => ({ frameworkId: f.id, name: `${i + 1}. ${f.name}`, lines: without.map((t) => `${t.name}: ${f.support[t.id].note}`) }));
  const shipping = knowledge.frameworks.filter((f) => without.some((t) => f.support[t.id].level === 'built_in')).map((f) => f.name);
  if (shipping.length > 0) parts.sections = [{ heading: messages.builtInCarried, lines: [messages.shipsBuiltIn(agree(shipping, 'ships', 'ship'), need)] }];
  parts.followUps = [{ label: `Pros and cons of ${best.name}`, question: `pros and cons of ${best.name.toLowerCase()}` }];
  return picked(parts, top, collectSources(...top.flatMap((f) => without.map((t) => f.support[t.id].sources))));
}
