import { judge } from '../judge';
import type { Framework } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, picked, type ComposeInput, type Composed } from './helpers';

const SHOWN = 3;

/**
 * "Which Python framework is most like Flask?", "Coming from Rails, which one will feel most
 * familiar?", "the Python equivalent of Express.js?": with no need named, the pick is the framework
 * most like the one they know. One of ours is matched by what others are built on or modelled after
 * (Quart on Flask); one from another ecosystem by its kind (Rails is full-stack, Express a small core).
 * Returns null when nothing known is named to be like.
 */
export function composeLikeness(input: ComposeInput): Composed | null {
  const { knowledge, understanding: u } = input;
  const liked = input.frameworks.filter((f) => u.roles[f.id] === 'like');
  const kind = liked.length === 0 ? u.ecosystemKind : null;
  if (liked.length === 0 && !kind) return null;
  const { ranked } = judge(knowledge.frameworks, [], { ...u, likeKind: kind }, knowledge);
  const top = ranked.slice(0, SHOWN).map((r) => r.framework);
  const best = top[0];
  if (!best) return null;
  const verdict = liked.length > 0 ? messages.mostLike(best.name, liked.map((f) => f.name).join(' and ')) : messages.sameKind(best.name, kind === 'full-stack');
  const parts = emptyParts(messages.likenessTitle, `${verdict} ${best.summary.text}`);
  parts.fields = top.map((f: Framework, i) => ({ frameworkId: f.id, name: `${i + 1}. ${f.name}`, lines: [`Choose ${f.name} if ${f.chooseIf}.`] }));
  parts.followUps = [
    ...(top[1] ? [{ label: `${best.name} vs ${top[1].name}`, question: `${best.name.toLowerCase()} vs ${top[1].name.toLowerCase()}` }] : []),
    { label: `Pros and cons of ${best.name}`, question: `pros and cons of ${best.name.toLowerCase()}` },
  ];
  return picked(parts, top, collectSources(best.summary.sources, ...(liked.length > 0 ? [best.builtOn.sources] : [])));
}
