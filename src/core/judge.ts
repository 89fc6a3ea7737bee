import type { FrameworkRole } from './framework-roles';
import type { Framework, FrameworkKind, Knowledge, TopicId } from './knowledge-model';
import { POOR_FIT_RATING } from './knowledge-model';

export type Fit = 'good' | 'poor' | 'depends';

/** How the frameworks stand on everything the question asked for. */
export interface Judgement {
  /** Best first. */
  ranked: { framework: Framework; score: number }[];
  /** The needs that were weighed (the move between frameworks itself is not one). */
  needs: TopicId[];
}

// A move between frameworks is not a need the target must meet: "flask to fastapi, with an admin"
// is judged on the admin.
const NOT_NEEDS: TopicId[] = ['migration'];
// The team knowing a framework is worth three quarters of a rating point on every need: enough to
// keep what they know when the options are near ("our falcon service is rock solid: still a good
// choice?"), but it does not turn a poor fit into a good one.
const TEAM_BONUS = 0.75;
const LIKE_BONUS = 1;
// Experts name what most teams use when two frameworks serve the needs about equally: each point of
// community and maturity adds a twentieth, so Litestar one point ahead of FastAPI on one need of
// three does not win, two clear points ahead does. (A fiftieth only broke exact ties: +2 answers.)
const ADOPTION_WEIGHT = 0.05;
const PRIMARY_BREAK = 0.03;

// A need only hinted at by a generic word ("a tiny api on a pi") weighs half, and never alone
// makes a framework a poor fit.
const WEAK_WEIGHT = 0.5;

/**
 * Weighted mean and minimum of a framework's ratings on the needs, or null when there are none.
 * The minimum is taken over the needs stated outright when there are any.
 */
export function ratingsOn(f: Framework, needs: TopicId[], weak: TopicId[] = [], builtInOnly = false): { mean: number; min: number } | null {
  if (needs.length === 0) return null;
  // One pass, no closures or arrays: the judge calls this for every framework of every answer, and
  // at 100x the knowledge it was a third of the time of a recommendation.
  let total = 0;
  let sum = 0;
  let minStated = Infinity;
  let minAll = Infinity;
  for (const t of needs) {
    const s = f.support[t];
    // "everything built in: admin, auth, orm": a feature that takes an extension does not count.
    const rating = builtInOnly && s.level !== null && s.level !== 'built_in' ? Math.min(s.rating, POOR_FIT_RATING) : s.rating;
    const isWeak = weak.includes(t);
    const weight = isWeak ? WEAK_WEIGHT : 1;
    total += weight;
    sum += weight * rating;
    if (rating < minAll) minAll = rating;
    if (!isWeak && rating < minStated) minStated = rating;
  }
  return { mean: sum / total, min: minStated === Infinity ? minAll : minStated };
}

/** What the question says besides its needs: roles, the team's stack, hinted needs, word affinity. */
export interface JudgeContext {
  roles: Record<string, FrameworkRole>;
  teamKnows: string[];
  weakTopics: TopicId[];
  affinity: Record<string, number>;
  /** The question wants its features built in ("out of the box"): extensions do not count. */
  builtInOnly: boolean;
  /** Needs the question does not want ("not async", "without an orm"). */
  unwanted?: TopicId[];
  /** Where the app must run speaks only WSGI: a framework with no WSGI interface cannot run there. */
  wsgiOnly?: boolean;
  /** It wants as little installed as possible ("zero dependencies"): a framework needing only the standard library leads. */
  fewDependencies?: boolean;
  /** The kind of framework they know from another ecosystem ("coming from Rails"): one of that kind is most like it. */
  likeKind?: FrameworkKind | null;
  /** Nothing may be installed ("no pip"): a framework that needs packages cannot run there. */
  noDependencies?: boolean;
  /** The app must live for years ("keep it alive for 10+ years", "long-term support"). */
  longLife?: boolean;
  /** Needs the kind of app always has, though unnamed ("an online shop": an admin for its staff). */
  impliedNeeds?: TopicId[];
}

// "rest api for an internal tool, not async please": async ruled out asks for code that is not async, so a
// framework that only runs async code (no WSGI interface: FastAPI, Quart, aiohttp...) falls behind
// every one that runs sync code; weighed against it by name ("flask or fastapi, no async needs"), too.
const SYNC_INTERFACE = 'wsgi';
/** Whether a framework runs ordinary synchronous code: it has a WSGI interface. */
export const runsSyncCode = (f: Framework): boolean => f.interfaces.includes(SYNC_INTERFACE);
/** Sync code is written on it: it speaks WSGI, or runs plain `def` handlers in a thread pool (FastAPI, Starlette). */
export const writesSyncCode = (f: Framework): boolean => runsSyncCode(f) || f.syncHandlers !== null;
const ASYNC_ONLY_WEIGHT = 2;
// "json only, without an orm": a framework that ships the unwanted feature built in brings weight the
// asker said they do not want (Django's ORM), so it steps back a little; it stays an option.
// Only what ships in the box is carried: FastAPI's templates wait for Jinja2 to be installed ("via"),
// so "no admin, no templates" leaves it level with a framework that has none (Sanic).
const UNWANTED_WEIGHT = 0.5;
// "a records system that has to live 10+ years": long-term support releases (Django's x.2 LTS) are what
// such a team plans upgrades around, so a framework that publishes them leads among equals.
const LTS_BONUS = 0.3;
// "a tiny tool for a box with no internet, zero dependencies": a framework that installs with nothing
// but the standard library (Bottle, Falcon) is what was asked for, ahead of an equal one that pulls in
// five packages (Flask); half a rating point, so a need it serves poorly still decides.
const STANDARD_LIBRARY_BONUS = 0.5;

// What a framework is and is built on, lower-cased once per framework: read for every candidate of many answers.
const descriptions = new WeakMap<Framework, { described: string; builtOn: string }>();
function lowered(f: Framework): { described: string; builtOn: string } {
  let text = descriptions.get(f);
  if (text === undefined) descriptions.set(f, (text = { described: `${f.summary.text} ${f.builtOn.text}`.toLowerCase(), builtOn: f.builtOn.text.toLowerCase() }));
  return text;
}

/** Whether a framework is built on another, by name ("Quart: Flask itself ... on asyncio"). */
export const builtOnName = (f: Framework, name: string): boolean => lowered(f).builtOn.includes(name.toLowerCase());

/**
 * Scores frameworks on every need named: the weakest need weighs as much as the average, so one
 * missing piece (an admin for a Falcon site) is not averaged away. The team's own framework gets a
 * bonus; one to move away from is left out; "feels like flask" favours frameworks built on or
 * modelled after it.
 */
export function judge(candidates: Framework[], topics: TopicId[], context: JudgeContext, knowledge: Knowledge): Judgement {
  const { roles, teamKnows, affinity, builtInOnly } = context;
  // "a small online shop, two of us, a month to launch": its staff will keep the products and orders, so
  // the admin weighs as a hint though nobody named it; only beside a need named, and never one ruled out.
  const implied = topics.length > 0 ? (context.impliedNeeds ?? []).filter((t) => !topics.includes(t) && !(context.unwanted ?? []).includes(t)) : [];
  const needs = [...topics, ...implied].filter((t) => !NOT_NEEDS.includes(t));
  const hinted = implied.length > 0 ? [...context.weakTopics, ...implied] : context.weakTopics;
  // "I know basic Python; the coordinator must edit everything herself": screens for staff to edit
  // the data are much for a beginner to build, and one framework ships them, so with an admin stated
  // the learning curve weighs as a hint (a login or a form is small to add, and leaves it whole).
  const adminStated = needs.includes('admin') && !hinted.includes('admin');
  const weak = adminStated && needs.includes('learning_curve') ? [...hinted, 'learning_curve' as TopicId] : hinted;
  // On a host that speaks only WSGI, where it runs is settled by the interface (weighed below), not by
  // how easily each framework deploys elsewhere: CherryPy's own server is no help on shared hosting.
  const rated = context.wsgiOnly ? needs.filter((t) => t !== 'deployment') : needs;
  const primary = rated.find((t) => !weak.includes(t));
  const likeNames = Object.entries(roles)
    .filter(([, r]) => r === 'like')
    .map(([id]) => knowledge.frameworks.find((f) => f.id === id)?.name.toLowerCase())
    .filter((n): n is string => Boolean(n));
  // The team's frameworks, read once: the score below runs for every framework (1,300 at 100x the knowledge).
  const known = new Set([...teamKnows, ...Object.entries(roles).filter(([, r]) => r === 'context').map(([id]) => id)]);
  // ...and carries over only from one they stay with: "what should I learn after Flask?" wants something new.
  const knownNames = knowledge.frameworks.filter((f) => known.has(f.id) && roles[f.id] !== 'excluded').map((f) => f.name.toLowerCase());
  const unwanted = (context.unwanted ?? []).filter((t) => t !== 'async' && knowledge.topics.find((x) => x.id === t)?.kind === 'feature');
  // A host that speaks only WSGI sets them back the same way: they cannot run there at all.
  const syncOnly = (context.unwanted?.includes('async') === true || context.wsgiOnly === true) && candidates.some(runsSyncCode);
  const stdlibCandidates = context.noDependencies === true && candidates.some((f) => f.standardLibraryOnly);
  const score = (f: Framework): number => {
    const r = ratingsOn(f, rated, weak, builtInOnly);
    let s = r ? (r.mean + r.min) / 2 : 0;
    // Equal on the whole, the one better at the first need named wins ("a beginner who wants a form").
    if (primary) s += PRIMARY_BREAK * f.support[primary].rating;
    for (const t of unwanted) if (f.support[t].level === 'built_in' && f.support[t].via.length === 0) s -= UNWANTED_WEIGHT;
    if (syncOnly && !runsSyncCode(f)) s -= ASYNC_ONLY_WEIGHT;
    if (context.longLife && f.longTermSupport) s += LTS_BONUS;
    if (context.fewDependencies && f.standardLibraryOnly) s += STANDARD_LIBRARY_BONUS;
    // With nothing installable, one that needs packages falls behind every one that needs none, as an async-only framework does on a WSGI-only host.
    if (context.noDependencies && !f.standardLibraryOnly && stdlibCandidates) s -= ASYNC_ONLY_WEIGHT;
    if (known.has(f.id)) s += TEAM_BONUS;
    // What the team knows carries over to a framework built on it: Flask people keep their
    // blueprints and templates in Quart ("Flask itself ... on asyncio").
    else if (knownNames.length > 0 && knownNames.some((n) => builtOnName(f, n))) s += TEAM_BONUS;
    if (context.likeKind && f.kind === context.likeKind) s += LIKE_BONUS;
    if (likeNames.length > 0) {
      if (roles[f.id] === 'like') s -= LIKE_BONUS;
      else if (likeNames.some((n) => lowered(f).described.includes(n))) s += LIKE_BONUS;
    }
    return s + (affinity[f.id] ?? 0) + ADOPTION_WEIGHT * (f.support.community.rating + f.support.maturity.rating);
  };
  const ranked = candidates
    .filter((f) => roles[f.id] !== 'excluded')
    .map((framework) => ({ framework, score: score(framework) }))
    .sort((a, b) => b.score - a.score);
  return { ranked, needs };
}

/**
 * Whether one framework fits the needs: poor when any need is rated poor; good when the needs are
 * served well on the whole and none only through real effort (a Flask admin via Flask-Admin is
 * fine for three tables next to a small-app need, Django's Channels alone is "it depends").
 */
export function fitOf(f: Framework, needs: TopicId[], weak: TopicId[] = [], builtInOnly = false): Fit {
  const weighed = needs.filter((t) => !NOT_NEEDS.includes(t));
  const r = ratingsOn(f, weighed, weak, builtInOnly);
  if (!r) return 'depends';
  // "can bottle handle ~500 concurrent users?": a need only hinted at (a modest load every framework
  // handles) never alone makes a framework a poor fit.
  const stated = weighed.some((t) => !weak.includes(t));
  if (r.min <= POOR_FIT_RATING && stated) return 'poor';
  if (r.mean >= 3.5) return 'good';
  // "is bottle ok for a prod api doing ~20 rps?": only hints named, none served poorly: any framework does this.
  if (!stated && r.min > POOR_FIT_RATING) return 'good';
  // "is bottle enough for a makerspace queue page? one form, 15 members": the needs stated are served
  // well; hints only (a form every small site has, a modest load) do not turn that into "it depends".
  const onStated = ratingsOn(f, weighed.filter((t) => !weak.includes(t)), [], builtInOnly);
  if (onStated && onStated.mean >= 3.5 && r.mean >= 3.25) return 'good';
  return 'depends';
}

/** The needs on which the winner is clearly ahead of the runner-up, and those where it is behind. */
export function decidingNeeds(winner: Framework, runnerUp: Framework | undefined, needs: TopicId[]): { for: TopicId[]; against: TopicId[] } {
  if (!runnerUp) return { for: needs, against: [] };
  return {
    for: needs.filter((t) => winner.support[t].rating > runnerUp.support[t].rating),
    against: needs.filter((t) => winner.support[t].rating < runnerUp.support[t].rating),
  };
}
