import { builtOnName, decidingNeeds, judge } from '../judge';
import type { Framework, Topic } from '../knowledge-model';
import { messages } from '../messages';
import { composeCompareConcepts } from './compose-compare-concepts';
import { composeOneSide } from './compose-one-side';
import {
  collectSources,
  contrastingTopics,
  emptyParts,
  inSentence,
  joinNames,
  needsPhrase,
  ratingLabel,
  supportLabel,
  topicFollowUps,
  type ComposeInput,
  type Composed,
} from './helpers';

/** How much a package wanted counts for the frameworks built around it: a full rating point. */
const PACKAGE_BUILT_FOR = 1;
/** Kinds of package a team wants to work with: an ORM, a validation or template library, a task queue. */
const WISHED_KINDS: ReadonlySet<string> = new Set(['orm', 'validation', 'template_engine', 'task_queue']);

// Two frameworks whose scores are this close are a tie: the answer says so instead of picking one.
const TIE = 0.25;
const DIFFERENCES_SHOWN = 4;

// Adoption gap for a safer pick: a community rated 5 against one rated 2 whose releases have slowed (maintenance 3 or less).
const WIDE_COMMUNITY = 5;
const FEW_TEAMS = 2;
const SLOWED_RELEASES = 3;
const saferPick = (a: Framework, b: Framework): Framework | undefined => {
  const fading = (f: Framework) => f.support.community.rating <= FEW_TEAMS && f.support.maintenance.rating <= SLOWED_RELEASES;
  const wide = (f: Framework) => f.support.community.rating >= WIDE_COMMUNITY;
  return wide(a) && fading(b) ? a : wide(b) && fading(a) ? b : undefined;
};
const standing = (f: Framework, t: Topic) => [supportLabel(f.support[t.id]), ratingLabel(f.support[t.id])].filter(Boolean).join(', ');

/** Without a need: the differences that matter most for these frameworks, ranked from the knowledge. */
function compareOverall(input: ComposeInput): Composed {
  const { knowledge, frameworks, understanding: u } = input;
  const names = frameworks.map((f) => f.name);
  const differences = contrastingTopics(frameworks, knowledge).slice(0, DIFFERENCES_SHOWN);
  const lead = differences
    .slice(0, 3)
    .map((t) => {
      const best = [...frameworks].sort((a, b) => b.support[t.id].rating - a.support[t.id].rating)[0]!;
      return `${inSentence(t.name)} (${best.name} ahead)`;
    })
    .join(', ');
  const parts = emptyParts(names.join(' vs '), `The differences that matter most: ${lead}. ${frameworks.map((f) => `Choose ${f.name} if ${f.chooseIf}.`).join(' ')}`);
  parts.fields = frameworks.map((f) => ({
    frameworkId: f.id,
    name: f.name,
    lines: [
      `${f.kind === 'micro' ? 'Microframework' : 'Full-stack framework'}, ${f.interfaces.map((i) => (i === 'native' ? 'own server' : i.toUpperCase())).join(' + ')}, since ${f.firstRelease.year}`,
      `Best for: ${f.bestFor[0]?.text ?? f.summary.text}`,
    ],
  }));
  parts.sections = [
    {
      heading: 'Key differences',
      lines: differences.map((t) => `${t.name}: ${frameworks.map((f) => `${f.name} ${standing(f, t)}`).join('; ')}`),
    },
  ];
  const migration = migrationSection(input);
  if (migration) parts.sections.push(migration);
  // "fastapi or litestar for the new service? team already knows fastapi": with no need named, what
  // the team knows decides between two frameworks.
  const known = frameworks.filter((f) => u.teamKnows.includes(f.id));
  const kept = frameworks.length === 2 ? keptByTeam(input) : undefined;
  if (kept) parts.verdict = `${messages.keepWhatTeamKnows(kept.name, frameworks.find((f) => f !== kept)!.name)} ${parts.verdict}`;
  else if (known.length > 0) parts.notes = [messages.teamKnows(joinNames(known.map((f) => f.name)))];
  // "CherryPy vs Flask in 2026?": with no need named and nothing the team knows, one of the most
  // widely used frameworks against one few teams pick and fewer maintain is the safer pick.
  // Not a move, and not a framework against the one it is built on (Quart is Flask on asyncio).
  const [a, b] = frameworks;
  const related = a !== undefined && b !== undefined && (builtOnName(a, b.name) || builtOnName(b, a.name));
  const moving = u.topics.includes('migration') || u.weakTopics.includes('migration');
  // Only asked with an eye on the years ahead ("in 2026", "these days", "still worth it"): a need
  // left unread ("traversal over a content tree") must not be outweighed by popularity.
  const safer = u.longevityAsked && !kept && known.length === 0 && frameworks.length === 2 && !related && !moving ? saferPick(a!, b!) : undefined;
  if (safer) parts.verdict = `${messages.saferPick(safer.name, frameworks.find((f) => f !== safer)!.name)} ${parts.verdict}`;
  parts.followUps = topicFollowUps(frameworks, differences);
  return {
    parts,
    recommendation: kept?.id ?? safer?.id ?? null,
    support: null,
    fit: null,
    sources: collectSources(
      ...differences.slice(0, 2).flatMap((t) => frameworks.map((f) => f.support[t.id].sources)),
      ...frameworks.map((f) => f.summary.sources),
    ),
  };
}

/**
 * The one of two frameworks the team already knows, to stay with when nothing else decides. Not a
 * move ("migrating from flask to quart": the app they have), nor a name they only measure against;
 * only a team said to know it ("already knows fastapi"), not one that would "just use Starlette directly".
 */
function keptByTeam({ frameworks, understanding: u }: ComposeInput): Framework | undefined {
  const known = frameworks.filter((f) => u.teamKnows.includes(f.id));
  return known.length === 1 && u.roles[known[0]!.id] === 'candidate' && !u.topics.includes('migration') && u.teamSkills.includes(known[0]!.id) ? known[0]! : undefined;
}

/** "moving from flask to fastapi": the target's notes on how such a move goes. */
function migrationSection({ frameworks, topics }: ComposeInput, destination?: Framework) {
  if (!topics.some((t) => t.id === 'migration')) return null;
  const target = destination ?? frameworks[frameworks.length - 1]!;
  return { heading: `Moving to ${target.name}`, lines: [target.support.migration.note] };
}

/**
 * Two or more frameworks on what was asked: the verdict on every need named, which needs decided
 * it, and where they pull apart. The team's own framework counts; a tie is called a tie.
 */
export function composeCompare(input: ComposeInput): Composed {
  const { knowledge, frameworks, topics, understanding: u, concepts } = input;
  if (frameworks.length < 2 && concepts.length > 0) return composeCompareConcepts(input);
  // "django forms vs wtforms": the other side is nothing the knowledge covers.
  if (frameworks.length === 1 && u.otherSide) return composeOneSide(input);
  // "leaving pyramid for django": in a comparison the framework left behind is one side of it, the
  // team's current stack, not an option to drop from the table.
  const kept = frameworks.filter((f) => u.roles[f.id] !== 'excluded');
  const roles = kept.length >= 2 ? u.roles : Object.fromEntries(Object.entries(u.roles).map(([id, r]) => [id, r === 'excluded' ? 'context' : r]));
  // "fastapi or litestar if i want msgspec": a package wanted that some of them are built around
  // (its `frameworks`) tips the comparison their way.
  const affinity = { ...u.affinity };
  // A package that carries a compared framework's name ("Django REST framework", "Flask-SQLAlchemy") is
  // a side of the comparison or that framework's own part, not a wish.
  // Two packages named are themselves compared ("SQLAlchemy vs the Django ORM"): then none is a wish.
  const wished = concepts.length === 1 ? concepts.filter((p) => WISHED_KINDS.has(p.kind) && !frameworks.some((f) => p.name.toLowerCase().includes(f.name.toLowerCase()))) : [];
  for (const c of wished) {
    const builtFor = frameworks.filter((f) => c.frameworks.includes(f.id));
    if (builtFor.length > 0 && builtFor.length < frameworks.length) for (const f of builtFor) affinity[f.id] = (affinity[f.id] ?? 0) + PACKAGE_BUILT_FOR;
  }
  // "quart vs fastapi for porting our flask app": with two destinations named, the app they have is
  // where the move starts, not a third option; what the team knows of it still carries over.
  const destinations = frameworks.filter((f) => roles[f.id] === 'candidate');
  const judged = u.topics.includes('migration') && destinations.length >= 2 ? frameworks.filter((f) => roles[f.id] !== 'context') : frameworks;
  // (What a kind of app implies, "a dating app" needing logins, weighs only when frameworks are what is compared, not two ORMs for one.)
  const { ranked, needs } = judge(judged, u.topics, { roles, teamKnows: u.teamKnows, weakTopics: u.weakTopics, affinity, builtInOnly: u.builtInOnly, unwanted: u.unwanted, wsgiOnly: u.wsgiOnly, longLife: u.longLife, fewDependencies: u.fewDependencies, noDependencies: u.noDependencies, impliedNeeds: concepts.length === 0 ? u.impliedNeeds : [] }, knowledge);
  const weighed = topics.filter((t) => needs.includes(t.id));
  if (weighed.length === 0 || ranked.length === 0) return compareOverall(input);
  const names = judged.map((f) => f.name);
  const winner = ranked[0]!.framework;
  const runnerUp = ranked[1];
  // "flask or bottle for a kiosk page? fewest deps possible": close on the rest, the wish for
  // nothing installed decides it for the one that needs nothing beyond the standard library.
  const nothingInstalledDecides = runnerUp !== undefined && u.fewDependencies && winner.standardLibraryOnly && !runnerUp.framework.standardLibraryOnly;
  const tie = !runnerUp || (ranked[0]!.score - runnerUp.score < TIE && !nothingInstalledDecides);
  const phrase = needsPhrase(weighed);
  const others = ranked.slice(1).map((r) => r.framework.name);
  // Three compared and two level at the top: say who is level and who is behind, not "no winner".
  const level = ranked.filter((r) => ranked[0]!.score - r.score < TIE);
  const behind = ranked.slice(level.length).map((r) => r.framework.name);
  const verdict = !tie
    ? `For ${phrase}, ${winner.name} is the better fit than ${joinNames(others)}.`
    : behind.length > 0
      ? `For ${phrase}, ${joinNames(level.map((r) => r.framework.name))} are level, ahead of ${joinNames(behind)}.`
      : `For ${phrase}, there is no clear winner between ${joinNames(names)}.`;
  // "flask or fastapi for an internal api? team knows flask, deadline is friday": when the two are level
  // on what was asked, what the team already knows decides (not a move, not a name only measured against).
  const teamPick = tie && frameworks.length === 2 ? keptByTeam(input) : undefined;
  const parts = emptyParts(`${names.join(' vs ')}: ${weighed.map((t) => t.name).join(', ')}`, teamPick ? `${verdict} ${messages.levelSoTeamDecides(teamPick.name)}` : verdict);
  parts.fields = ranked.map(({ framework: f }) => ({
    frameworkId: f.id,
    name: f.name,
    lines: weighed.map((t) => `${t.name} (${standing(f, t)}): ${f.support[t.id].note}`),
  }));
  const notes: string[] = [];
  if (!tie && runnerUp && weighed.length > 1) {
    const { for: decided, against } = decidingNeeds(winner, runnerUp.framework, needs);
    const name = (ids: string[]) => joinNames(weighed.filter((t) => ids.includes(t.id)).map((t) => inSentence(t.name)));
    if (decided.length > 0) notes.push(messages.decidedBy(name(decided)));
    if (against.length > 0) notes.push(messages.tension(runnerUp.framework.name, name(against)));
  }
  // "quart vs fastapi if I like flask's style": say why the one built on it won.
  const liked = frameworks.find((f) => u.roles[f.id] === 'like');
  if (!tie && liked && winner.id !== liked.id && builtOnName(winner, liked.name)) notes.push(messages.feelsLike(winner.name, liked.name));
  // "flask or bottle, zero dependencies": say what tipped it when both are level on the needs.
  const stdlibOnly = !tie && u.fewDependencies && winner.standardLibraryOnly;
  if (stdlibOnly) notes.push(messages.fewDependencies(winner.name, winner.builtOn.text));
  const context = frameworks.filter((f) => u.teamKnows.includes(f.id)).map((f) => f.name);
  if (context.length > 0 && !teamPick) notes.push(messages.teamKnows(joinNames(context)));
  parts.notes = notes;
  parts.sections = weighed.length === 1 ? [{ heading: 'In short', lines: [weighed[0]!.why.text] }] : [];
  const migration = migrationSection(input, judged === frameworks ? undefined : winner);
  if (migration) parts.sections.push(migration);
  const more = contrastingTopics(judged, knowledge, needs);
  parts.followUps = [
    ...topicFollowUps(judged, more).slice(0, 3),
    { label: `Pros and cons of ${winner.name}`, question: `pros and cons of ${winner.name.toLowerCase()}` },
  ];
  return {
    parts,
    recommendation: teamPick?.id ?? (tie ? null : winner.id),
    support: null,
    fit: null,
    sources: collectSources(...(stdlibOnly ? [winner.builtOn.sources] : []), ...ranked.flatMap(({ framework: f }) => weighed.map((t) => f.support[t.id].sources)), ...(weighed.length === 1 ? [weighed[0]!.why.sources] : [])),
  };
}
