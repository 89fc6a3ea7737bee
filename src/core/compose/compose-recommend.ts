import { decidingNeeds, fitOf, judge, runsSyncCode, writesSyncCode, type Fit } from '../judge';
import { POOR_FIT_RATING, type Concept, type Framework, type Topic, type TopicId } from '../knowledge-model';
import { messages } from '../messages';
import { PART_OF_ANY_SITE } from '../reading-rules';
import { agree, collectSources, emptyParts, inSentence, joinNames, needsPhrase, picked, ratingLabel, type ComposeInput, type Composed } from './helpers';
import { composePickWithout } from './compose-pick-without';
import { composeLikeness } from './compose-likeness';
import { composeVague } from './compose-vague';

const reason = (f: Framework, t: Topic) => `${f.name} for ${t.phrase} (${ratingLabel(f.support[t.id])}): ${f.support[t.id].note}`;

/** The weighed needs as Topic objects, in the question's order. */
function needTopics(input: ComposeInput, ids: string[]): Topic[] {
  return input.topics.filter((t) => ids.includes(t.id));
}

const LONGEVITY_NEEDS: TopicId[] = ['maintenance', 'community'];
const FEW_TEAMS_RATING = 3;
// A rating that can only pull a good mean down: "scales with effort" and below.
const MIDDLING_RATING = 3;
const MAINSTREAM_RATING = FEW_TEAMS_RATING + 1;
const LOAD_NEEDS: TopicId[] = ['scalability', 'performance'];
// What a small app with pages needs; without any of them a small app is a small service (JSON, webhooks, calls out).
const PAGE_NEEDS: TopicId[] = ['multi_page', 'templates', 'forms', 'admin', 'auth'];
// Users and an admin: what a full framework's size buys a small app.
const PAYS_OFF: TopicId[] = ['auth', 'admin'];
const SERVICE_NEEDS: TopicId[] = ['rest_api', 'microservices', 'async', 'websockets'];

/**
 * "Is Falcon ok for a tiny webhook receiver?", "aiohttp for a small service that calls other APIs?":
 * a framework rated middling for small apps is so because small sites with pages take it more work
 * (no templates or sessions); a small service with no pages is judged on what the service needs.
 */
function smallServiceOnly(x: Framework, u: ComposeInput['understanding']): boolean {
  return (
    u.topics.includes('small_apps') &&
    !u.weakTopics.includes('small_apps') &&
    x.support.small_apps.rating === MIDDLING_RATING &&
    u.topics.some((t) => SERVICE_NEEDS.includes(t)) &&
    !u.topics.some((t) => PAGE_NEEDS.includes(t))
  );
}

/** Needs only hinted at ("its hooks") are weighed, but a verdict names the ones stated (all, when none is). */
function statedNeeds(topics: Topic[], weak: string[]): Topic[] {
  const stated = topics.filter((t) => !weak.includes(t.id));
  return stated.length > 0 ? stated : topics;
}

const OPENERS: Record<Fit, (x: string, needs: string) => string> = {
  good: (x, needs) => `Yes: ${x} is a good fit for ${needs}.`,
  poor: (x, needs) => `No: ${x} is a poor fit for ${needs}.`,
  depends: (x, needs) => `It depends on ${needs}: ${x} can do it, with trade-offs.`,
};
// "Is Django overkill for two JSON routes?" asks the opposite way round: "No: Django is a poor fit" would
// read as "not overkill", so the yes or no answers the word asked.
const TOO_MUCH_OPENERS: Record<Fit, (x: string, needs: string) => string> = {
  good: (x, needs) => `No, not too much: ${x} is a good fit for ${needs}.`,
  poor: (x, needs) => `Yes, too much here: ${x} is a poor fit for ${needs}.`,
  depends: OPENERS.depends,
};

/** Needs met only by extensions, at which a framework that ships them all is the better fit. */
const MANY_EXTENSIONS = 3;
// What a framework ships as its strength (rated 5), and how many of those ruled out make it the wrong tool.
const SHIPPED_STRENGTH = 5;
const REFUSED_BUNDLE = 2;

/**
 * "Is X overkill for Y": yes when X is heavy for small apps and a lighter framework serves every
 * need actually stated about as well (within a rating point). So Django is overkill for a health
 * check endpoint or a slash-command bot, but not for a shop with accounts, an admin and orders.
 * Returns the lighter framework, or null when X is not overkill (or overkill was not asked).
 */
function overkillFor(x: Framework, { knowledge, understanding: u }: ComposeInput): Framework | null {
  // "overkill" and its kin are small_apps' weak words; a need for small apps stated outright is not weak.
  if (!u.overkillAsked || !u.weakTopics.includes('small_apps') || x.support.small_apps.rating > 3) return null;
  const stated = u.topics.filter((t) => !u.weakTopics.includes(t) && t !== 'migration');
  const lighter = knowledge.frameworks
    // The lighter pick offered instead is one most teams use: "Django is overkill, take Litestar" for a
    // members site trades a heavy framework for a rare one, which is no answer to "too much?".
    .filter((f) => f.id !== x.id && f.support.small_apps.rating >= 4 && f.support.community.rating >= MAINSTREAM_RATING)
    .sort((a, b) => b.support.small_apps.rating - a.support.small_apps.rating || b.support.community.rating - a.support.community.rating)
    .find((f) => stated.every((t) => f.support[t].rating >= x.support[t].rating - 1));
  return lighter ?? null;
}

/**
 * "Should I use X for Y", "is X overkill for Y", "can X handle Y": answered yes, no or "it depends
 * on ..." in the first line, judged on every need named (the weakest one counts), then the reasons,
 * then the better fit when the answer is no.
 */
/**
 * "Is flask ok without an orm?": doing without a feature is fine where the framework leaves it
 * optional (an extension, or none), and a trade-off where it is built in and other parts rely on it.
 */
function composeWithout(input: ComposeInput, x: Framework, topics: Topic[]): Composed {
  const builtIn = topics.filter((t) => x.support[t.id].level === 'built_in');
  const fit: Fit = builtIn.length === 0 ? 'good' : 'depends';
  const verdict = fit === 'good' ? messages.withoutYes(x.name, needsPhrase(topics)) : messages.withoutDepends(x.name, needsPhrase(builtIn));
  const parts = emptyParts(`${x.name} without ${needsPhrase(topics)}?`, verdict);
  parts.sections = [{ heading: 'Why', lines: topics.map((t) => `${t.name} in ${x.name} (${ratingLabel(x.support[t.id])}): ${x.support[t.id].note}`) }];
  parts.followUps = [{ label: `Pros and cons of ${x.name}`, question: `pros and cons of ${x.name.toLowerCase()}` }];
  return { parts, recommendation: x.id, support: null, fit, sources: collectSources(...topics.map((t) => x.support[t.id].sources)) };
}

function composeFit(input: ComposeInput, x: Framework): Composed {
  const { knowledge, understanding: u } = input;
  const asked = input.topics.filter((t) => u.topics.includes(t.id));
  if (asked.length > 0 && asked.every((t) => u.ruledOut.includes(t.id))) return composeWithout(input, x, asked);
  // "cherrypy for a new api in 2026?": staying maintained weighs in as a hint; with no other need
  // ("is django still a good choice in 2026?") it is what the question is about.
  const judged = judge(knowledge.frameworks, u.topics, u, knowledge);
  // Needs only implied by the kind of app (an online shop's admin) weigh as hints, like those hinted at by a word.
  const hintedTopics = [...u.weakTopics, ...u.impliedNeeds];
  // A pick that must last also needs people who know it: a community to hire from and ask ("still a sensible pick for a new project?").
  const longevity = u.longevityAsked ? LONGEVITY_NEEDS.filter((t) => !judged.needs.includes(t)) : [];
  const onlyLongevity = judged.needs.length === 0 && longevity.length > 0;
  const { ranked, needs } = onlyLongevity ? judge(knowledge.frameworks, ['maintenance'], u, knowledge) : judged;
  const topics = onlyLongevity ? knowledge.topics.filter((t) => t.id === 'maintenance') : needTopics(input, needs);
  const hint = onlyLongevity ? [] : longevity;
  // "can bottle handle ~500 concurrent users?": a modest load is one every framework handles, a hint
  // at scale that never alone makes a poor fit, however the question words it.
  const modest: TopicId[] = u.modestLoad ? ['scalability'] : [];
  // ...nor a "depends": "is bottle ok for prod if it's like 5 users" is judged on the rest. A handful
  // of users says nothing of how well a framework scales, so that hint cannot drag it down.
  const judgedOn = [...needs, ...hint].filter((t) => !(u.tinyLoad && t === 'scalability' && hintedTopics.includes(t) && x.support.scalability.rating <= MIDDLING_RATING));
  const serviceOnly = smallServiceOnly(x, u);
  const served: TopicId[] = serviceOnly ? ['small_apps'] : [];
  // (A need the kind of app always has counts in full here: a social network on a framework with no logins is a poor fit.)
  let fit = fitOf(x, judgedOn, [...u.weakTopics, ...hint, ...modest, ...served], u.builtInOnly);
  // "can flask handle 300 requests a second?", "can bottle take 500 concurrent users?": a load every
  // framework carries with a few workers, and nothing else asked, is a yes.
  // ...whatever it only hints at beside the load ("an api doing 200 requests per second": the API is a hint).
  const stated = needs.filter((t) => !hintedTopics.includes(t));
  const onlyLoad = (ts: TopicId[]) => ts.length > 0 && ts.every((t) => LOAD_NEEDS.includes(t));
  if (u.modestLoad && (onlyLoad(needs) || onlyLoad(stated)) && fit === 'depends') fit = 'good';
  // "falcon for a little site of six html pages?": the pages and forms every site has are only hints,
  // but a framework with nothing at all for one of them (rated below a poor fit) cannot build the site.
  // (Only where the site is the whole app: "mostly json endpoints, plus some marketing html pages" is an API first.)
  const siteOnly = u.topics.every((t) => PART_OF_ANY_SITE.includes(t) || knowledge.topics.find((k) => k.id === t)?.appKind === true);
  if (siteOnly && PART_OF_ANY_SITE.some((t) => hintedTopics.includes(t) && x.support[t].rating < POOR_FIT_RATING)) fit = 'poor';
  const own = ranked.find((r) => r.framework.id === x.id);
  let best = ranked.find((r) => r.framework.id !== x.id);
  // "roles, an audit trail, lots of forms and an admin: is Flask right?": each is fine from an
  // extension, but three or more assembled from extensions, where another framework ships them all,
  // is the wrong tool.
  const features = topics.filter((t) => t.kind === 'feature' && !hintedTopics.includes(t.id) && !u.ruledOut.includes(t.id));
  const assembled = features.filter((t) => x.support[t.id].level !== 'built_in');
  const shipsAll = ranked.find((r) => r.framework.id !== x.id && features.every((t) => r.framework.support[t.id].level === 'built_in'));
  const assembledFromExtensions = fit !== 'poor' && assembled.length >= MANY_EXTENSIONS && shipsAll !== undefined;
  if (assembledFromExtensions) {
    // ...unless the team knows X and not the other: then it depends on whether assembling costs more than learning.
    fit = u.teamKnows.includes(x.id) && !u.teamKnows.includes(shipsAll.framework.id) ? 'depends' : 'poor';
    best = shipsAll;
  }
  // "mature enough for a bank's API?": where the stakes are high, a middling rating on a quality asked about is not a yes.
  // Security is what the stakes are about, whatever its kind: "is flask secure enough for a fintech payments dashboard?".
  const middling = topics.filter((t) => (t.kind === 'quality' || t.id === 'security') && !hintedTopics.includes(t.id) && x.support[t.id].rating <= 3);
  if (u.highStakes && fit === 'good' && middling.length > 0) fit = 'depends';
  // "Is Django a good choice for microservices? ... 8 services, each with its own database": the kind
  // of app the yes/no is about, served only with effort (rated 3), is not a yes however well the rest is.
  const object = u.fitObject ? knowledge.topics.find((t) => t.id === u.fitObject) : undefined;
  if (fit === 'good' && object?.appKind && x.support[object.id].rating <= 3 && !(serviceOnly && object.id === 'small_apps')) fit = 'depends';
  // "flask for a social network with 5M users?": a user base that tells frameworks apart, on a
  // framework that scales only with effort (rated 3), is no plain yes either. A throughput ("10k
  // concurrent websockets", "1M requests a day") is judged on the ratings alone.
  // So does a large team on one codebase: "Flask for an e-commerce platform with 50 developers?".
  if (fit === 'good' && (u.largeUserBase || u.largeTeam) && u.topics.includes('scalability') && x.support.scalability.rating <= 3) fit = 'depends';
  // "is sanic right for our internal tool? we don't want async code at all": async not wanted, on a framework that runs only
  // async code (no WSGI interface, no plain `def` handlers), is a no whatever its ratings; a framework that runs sync code is the better fit.
  // A host that speaks only WSGI rules it out the same way: "Does that rule out FastAPI?" is a yes.
  // A framework that runs plain `def` handlers in a thread pool ("is fastapi ok if half the team never wrote async?")
  // is written in sync code, so only a WSGI-only host rules it out.
  const asyncOnly = (u.wsgiOnly && !runsSyncCode(x)) || (u.unwanted.includes('async') && !writesSyncCode(x));
  if (asyncOnly) {
    fit = 'poor';
    best = ranked.find((r) => r.framework.id !== x.id && runsSyncCode(r.framework)) ?? best;
  }
  // "is tornado still a sensible choice for a new project?": asked whether it will last, a framework
  // few teams pick today (community rated 3 or less) is no plain yes, whatever it does well.
  // ...unless no framework does the job they name with its size better: "still a reasonable choice
  // for ~20k idle websocket connections?", "for a one-file tool on a Pi?" is a yes from the framework that
  // does that best. (A job without its size, "a new service with websockets", stays open.)
  const sized = () => u.topics.includes('scalability') || u.topics.includes('small_apps');
  const leadsOnJob = () => sized() && stated.length > 0 && stated.every((t) => knowledge.frameworks.every((f) => f.support[t].rating <= x.support[t].rating));
  if (fit === 'good' && u.longevityAsked && x.support.community.rating <= FEW_TEAMS_RATING && !leadsOnJob()) fit = 'depends';
  // "is django overkill for the internal dashboard? 3 tables and a login for 10 ppl": too big for a small app
  // is what a full framework costs, and users or an admin it ships are what that cost buys, so with one of
  // them stated the size alone makes it a trade-off, not a poor fit.
  const shipsWhatPaysOff = PAYS_OFF.some((t) => u.topics.includes(t) && !hintedTopics.includes(t) && x.support[t].level === 'built_in' && x.support[t].rating >= MAINSTREAM_RATING);
  const sizeOnly = fit === 'poor' && topics.filter((t) => x.support[t.id].rating <= POOR_FIT_RATING).every((t) => t.id === 'small_apps');
  // ...and so does content its owner keeps editing ("is Django heavy for my travel blog?"): the
  // admin it ships is the editor for the posts.
  const contentPaysOff = u.editedContent && x.support.admin.level === 'built_in' && x.support.admin.rating >= MAINSTREAM_RATING;
  const paysOff = u.overkillAsked && sizeOnly && (shipsWhatPaysOff || contentPaysOff) && !assembledFromExtensions && !asyncOnly;
  if (paysOff) fit = 'depends';
  // "litestar rendering its html on the server, ok?": weak for a kind of app named without its size
  // (pages, but not how many) is weak only once it grows, so it depends on that.
  const poorKinds = topics.filter((t) => x.support[t.id].rating <= POOR_FIT_RATING);
  const kindSizeOpen = fit === 'poor' && !assembledFromExtensions && !asyncOnly && poorKinds.length > 0 && poorKinds.every((t) => u.kindSizeUnsaid.includes(t.id));
  if (kindSizeOpen) fit = 'depends';
  const lighter = paysOff && contentPaysOff ? null : overkillFor(x, input);
  // "is Django too much for a JSON-only service?": asked whether it is too much for an app
  // named by what it does, not by its size, the lighter framework wins only if the app stays small.
  // Only where it serves what the app does well: Django for microservices (rated 3) is too much whatever their size.
  const doing = topics.filter((t) => t.id !== 'small_apps');
  const sizeOpen = lighter !== null && u.sizeUnsaid && doing.length > 0 && doing.every((t) => x.support[t.id].rating >= 4);
  if (lighter) {
    fit = sizeOpen ? 'depends' : 'poor';
    best = { framework: lighter, score: Infinity };
  }
  // "Django for our service? we want neither its admin nor its ORM nor its templates": most of what X ships, ruled
  // out, is its weight without its use; a framework ahead on what is left, and at least as good on each
  // need stated, is the better fit.
  const refused = u.ruledOut.filter((t) => x.support[t].level === 'built_in' && x.support[t].rating >= SHIPPED_STRENGTH);
  // ("it just forwards requests to two services": with no need stated outright, the ones hinted at are what is left.)
  const left = stated.length > 0 ? stated : needs.filter((t) => !u.ruledOut.includes(t));
  // ("no admin, no HTML pages, JWT auth": a leaner framework one point short on a need still leaves it
  // ahead overall, and the weight refused outweighs that point. The first such one ahead of X is the
  // better fit, whether or not it leads: FastAPI may lead on the API while Litestar is the one close on auth.)
  const leaner =
    refused.length >= REFUSED_BUNDLE && fit !== 'poor' && own && left.length > 0
      ? ranked.find((r) => r.framework.id !== x.id && r.score > own.score && left.every((t) => r.framework.support[t].rating >= x.support[t].rating - 1))
      : undefined;
  const bundleRefused = leaner !== undefined;
  if (leaner) best = leaner;
  const asWell = leaner !== undefined && left.every((t) => leaner.framework.support[t].rating >= x.support[t].rating);
  // ...unless the team knows X: then it depends on whether the weight costs more than switching.
  if (bundleRefused) fit = u.teamKnows.includes(x.id) ? 'depends' : 'poor';
  // The team already knows another framework that serves these needs at least as well: a good
  // fit on paper still depends on whether switching is worth it.
  const teamPick = ranked.find((r) => u.teamKnows.includes(r.framework.id) && r.framework.id !== x.id);
  if (teamPick && own && teamPick.score >= own.score + (fit === 'good' ? 0 : 0.5)) fit = fit === 'good' ? 'depends' : 'poor';
  // "A Django shop, six years of Django, a small internal API: stick with Django?": the team
  // knowing X outweighs a poor fit on qualities alone (size, ease, speed); a missing feature it does
  // not. Running X is no reason when too much is what they ask; a team said outright to know it ("we're
  // all django people") is: a lighter framework costs them the switch, so it depends.
  const poorOn = topics.filter((t) => x.support[t.id].rating <= POOR_FIT_RATING);
  // A kind of app it is poorly suited to is a missing piece too: a backend dev loving FastAPI does
  // not make it fit a 200-page server-rendered site (being too big for a small app stays a quality).
  const softPoint = (t: Topic) => t.kind === 'quality' && (!t.appKind || t.id === 'small_apps');
  const ownStack = fit === 'poor' && ((!lighter && !u.overkillAsked && u.teamKnows.includes(x.id) && poorOn.length > 0 && poorOn.every(softPoint)) || (lighter !== null && !sizeOpen && u.teamSkills.includes(x.id)));
  if (ownStack) fit = 'depends';
  // "is falcon right for us? we might need server-rendered pages later, or might not": with the needs
  // still open, the honest answer is that it depends on them, whichever way they are read today.
  const undecided = u.needsUndecided && !lighter && !assembledFromExtensions;
  // With no need named the answer says it depends on what they build, and so does its fit: "is
  // sanic a good option if I already know flask?" read "poor" from the team's skill alone.
  if (undecided || topics.length === 0) fit = 'depends';
  const alternative = ownStack ? (best?.framework ?? null) : null;
  // Only hints against it (a modest load) name no better framework: any of them would do.
  const onlyHinted = needs.every((t) => hintedTopics.includes(t) || modest.includes(t));
  const better = !ownStack && !undecided && !(fit === 'depends' && onlyHinted) && best && own && (fit === 'poor' || (fit === 'depends' && best.score >= own.score + 1)) ? best.framework : null;
  // What lasting needs ("still a sensible pick?") cost it is said, not only weighed: "it depends on staying maintained and a large community".
  const hintTopics = knowledge.topics.filter((t) => hint.includes(t.id) && fit !== 'good' && x.support[t.id].rating <= 3);
  // (Wanted built in, a need it gets from an extension is one it serves poorly: "a poor fit for an admin panel", not for the pages too.)
  const extensionOnly = (t: Topic) => u.builtInOnly && x.support[t.id].level !== null && x.support[t.id].level !== 'built_in';
  const weak = assembledFromExtensions ? assembled : [...topics, ...hintTopics].filter((t) => x.support[t.id].rating <= (fit === 'poor' ? 2 : 3) || extensionOnly(t));
  const named = statedNeeds(topics, hintedTopics);
  const phrase = topics.length === 0 ? 'what you are building' : serviceOnly && fit === 'good' ? messages.smallServicePhrase : needsPhrase(fit === 'good' ? named : weak.length > 0 ? weak : named);
  const title = topics.length > 0 ? `${x.name} for ${needsPhrase(named)}?` : `Should you use ${x.name}?`;
  const suits = topics.filter((t) => x.support[t.id].rating >= 4);
  const verdict =
    topics.length === 0 || (undecided && suits.length === 0)
      ? `It depends on what you are building: ${x.name} is a good choice if ${x.chooseIf}.`
      : undecided
        ? messages.undecided(x.name, needsPhrase(suits), weak.length > 0 ? needsPhrase(weak) : null)
        : sizeOpen
          ? messages.sizeDecides(x.name, needsPhrase(doing), lighter.name)
          : paysOff && contentPaysOff && !shipsWhatPaysOff
            ? messages.contentEditor(x.name, better?.name ?? null)
          : kindSizeOpen && !lighter
            ? messages.kindSizeDecides(x.name, needsPhrase(poorKinds), better?.name ?? null)
          : `${asyncOnly && !lighter ? (u.wsgiOnly ? messages.noWsgi(x.name) : messages.asyncOnly(x.name)) : (u.tooMuchAsked ? TOO_MUCH_OPENERS : OPENERS)[fit](x.name, phrase)}${better ? ` ${better.name} is the better choice here.` : ''}`;
  const parts = emptyParts(title, verdict);
  parts.sections = [{ heading: 'Why', lines: [...topics, ...hintTopics].map((t) => reason(x, t)) }];
  if (better && topics.length > 0) parts.sections.push({ heading: `Why ${better.name}`, lines: topics.map((t) => reason(better, t)) });
  if (topics.length === 0) parts.sections = [{ heading: 'Rule of thumb', lines: [`Choose ${x.name} if ${x.chooseIf}.`, ...x.bestFor.map((b) => b.text)] }];
  const notes: string[] = [];
  if (teamPick && fit !== 'poor') notes.push(messages.teamKnows(teamPick.framework.name));
  if (serviceOnly && fit === 'good') notes.push(messages.smallService(x.name));
  if (bundleRefused) notes.push(messages.refusedBundle(x.name, needsPhrase(knowledge.topics.filter((t) => refused.includes(t.id))), better?.name ?? null, asWell));
  if (assembledFromExtensions) notes.push(messages.assembled(x.name, needsPhrase(assembled), best!.framework.name));
  if (ownStack) notes.push(messages.ownStack(x.name, needsPhrase(poorOn), alternative?.name ?? null));
  const fromExtensions = u.builtInOnly ? topics.filter((t) => x.support[t.id].level === 'extension') : [];
  if (fromExtensions.length > 0) notes.push(messages.builtInOnly(x.name, needsPhrase(fromExtensions)));
  // "would fastapi be fine if we want no async anywhere?": say how sync code runs there, from its docs.
  const syncShown = u.unwanted.includes('async') && !runsSyncCode(x) ? x.syncHandlers : null;
  if (syncShown) notes.push(syncShown.text);
  parts.notes = notes;
  const rival = better ?? best?.framework;
  parts.followUps = [
    ...(rival ? [{ label: `${x.name} vs ${rival.name}`, question: `${x.name.toLowerCase()} vs ${rival.name.toLowerCase()}${topics[0] ? ` for ${topics[0].phrase}` : ''}` }] : []),
    { label: `Pros and cons of ${x.name}`, question: `pros and cons of ${x.name.toLowerCase()}` },
  ];
  return {
    parts,
    recommendation: topics.length === 0 ? null : fit === 'poor' ? (better?.id ?? null) : better && fit === 'depends' ? better.id : x.id,
    support: null,
    fit,
    ...(onlyLongevity ? { judgedOn: 'maintenance' as const } : {}),
    shown: better ? [x, better] : [x],
    sources: collectSources(
      ...topics.map((t) => x.support[t.id].sources),
      ...(syncShown ? [syncShown.sources] : []),
      ...(better ? topics.map((t) => better.support[t.id].sources) : []),
      ...(topics.length === 0 ? [x.summary.sources, ...x.bestFor.map((b) => b.sources)] : []),
    ),
  };
}

/** "which framework has rate limiting built in": the frameworks that ship every capability asked, or null. */
function capabilityShippers(input: ComposeInput): { wanted: Concept[]; frameworks: Framework[] } | null {
  const wanted = input.concepts.filter((c) => c.kind === 'capability');
  if (wanted.length === 0) return null;
  // "a JSON service with typed validation and swagger docs that calls four partner APIs per request": a
  // capability beside features named is one need among them (any framework calls out with a library),
  // not the one thing that narrows the options to aiohttp and Tornado.
  const { knowledge, understanding: u } = input;
  const own = new Set(wanted.flatMap((c) => c.topics));
  // ("rate limiting built in, and websockets": asked as built in, it still narrows them.)
  if (!u.builtInOnly && input.topics.some((t) => t.kind === 'feature' && !own.has(t.id) && !u.weakTopics.includes(t.id))) return null;
  const frameworks = knowledge.frameworks.filter((f) => wanted.every((c) => c.builtInto.includes(f.id)));
  return frameworks.length > 0 && frameworks.length < knowledge.frameworks.length ? { wanted, frameworks } : null;
}

/** Only the frameworks that ship what was asked are options; the other needs rank them. */
function composeByCapability(input: ComposeInput, { wanted, frameworks }: { wanted: Concept[]; frameworks: Framework[] }): Composed {
  const { knowledge, understanding: u } = input;
  const { ranked, needs } = judge(frameworks, u.topics, u, knowledge);
  const topics = needTopics(input, needs).filter((t) => !u.weakTopics.includes(t.id));
  const best = ranked[0]!.framework;
  const what = joinNames(wanted.map((c) => inSentence(c.phrase)));
  const verdict = `${messages.shipsBuiltIn(agree(ranked.map((r) => r.framework.name), 'ships', 'ship'), what)}${
    ranked.length > 1 ? ` ${best.name} is the best pick${topics.length > 0 ? ` for ${needsPhrase(topics)}` : ''}.` : ''
  }`;
  const parts = emptyParts(`Built in: ${what}`, verdict);
  parts.sections = wanted.map((c) => ({ heading: c.name, lines: [c.summary.text, ...c.details.filter((d) => frameworks.some((f) => d.text.startsWith(f.name))).map((d) => d.text)] }));
  parts.followUps = [{ label: `Pros and cons of ${best.name}`, question: `pros and cons of ${best.name.toLowerCase()}` }];
  const details = wanted.flatMap((c) => c.details.filter((d) => frameworks.some((f) => d.text.startsWith(f.name))));
  return {
    parts,
    recommendation: best.id,
    support: null,
    fit: null,
    shown: ranked.map((r) => r.framework),
    sources: collectSources(...wanted.map((c) => c.summary.sources), ...details.map((d) => d.sources)),
  };
}

// Libraries an app is written against; a server ("so I don't have to mess with gunicorn") runs any app of its interface.
const BUILT_WITH = new Set(['orm', 'validation', 'template_engine', 'api_toolkit', 'admin', 'auth', 'db_migrations']);

/**
 * "Which framework works best with SQLAlchemy's async session?": a package named is one the
 * framework must work with, so only frameworks it lists are options (Django has its own ORM).
 */
function frameworksWorkingWith(input: ComposeInput): { packages: Concept[]; frameworks: Framework[] } | null {
  // ("an api framework without pydantic" ranks frameworks that do without it, not those that use it.)
  const packages = input.concepts.filter((c) => BUILT_WITH.has(c.kind) && c.frameworks.length > 0 && !input.understanding.packagesSetAside.includes(c.id));
  if (packages.length === 0) return null;
  const frameworks = input.knowledge.frameworks.filter((f) => packages.every((c) => c.frameworks.includes(f.id)));
  return frameworks.length > 0 && frameworks.length < input.knowledge.frameworks.length ? { packages, frameworks } : null;
}

/** A need, no framework to weigh: the best fits for everything named, and what decided it. */
export function composeRecommend(input: ComposeInput): Composed {
  const { knowledge, understanding: u } = input;
  const candidates = u.frameworks.filter((id) => u.roles[id] === 'candidate');
  const x = input.frameworks.find((f) => f.id === candidates[0]);
  if (u.fitAsked && x) return composeFit(input, x);
  // "SQLAlchemy's async session" is the library's session, not HTTP sessions: a library named comes first.
  // "what should I learn after Flask? I know Flask-SQLAlchemy": a package of the framework they move on
  // from narrows nothing; the options are all the others.
  const workingWithAny = frameworksWorkingWith(input);
  // "We started in Flask but we're gluing Flask-Admin and Flask-Login together; what would you pick if starting
  // over?": extensions that work only with the framework the question names are its parts, so they narrow nothing.
  // (An API toolkit is a choice made inside it: "DRF or Ninja in our Django project" stays with Django.)
  const ownParts = workingWithAny !== null && workingWithAny.frameworks.every((f) => u.frameworks.includes(f.id)) && !workingWithAny.packages.some((c) => c.kind === 'api_toolkit');
  const workingWith = workingWithAny?.frameworks.some((f) => u.roles[f.id] !== 'excluded') && !ownParts ? workingWithAny : null;
  const shipping = workingWith ? null : capabilityShippers(input);
  if (shipping) return composeByCapability(input, shipping);
  // "which framework doesn't push an ORM on me?": every need named is one to do without. (Async not
  // wanted is weighed by the judge: a framework that runs sync code, not one lacking async.)
  const needsNamed = input.topics.filter((t) => u.topics.includes(t.id));
  const allDoneWithout = needsNamed.length > 0 && needsNamed.every((t) => u.ruledOut.includes(t.id) && !u.weakTopics.includes(t.id));
  if (!workingWith && allDoneWithout && needsNamed.some((t) => t.kind === 'feature') && !needsNamed.some((t) => t.id === 'async')) return composePickWithout(input, needsNamed);
  const { ranked, needs } = judge(workingWith?.frameworks ?? knowledge.frameworks, u.topics, u, knowledge);
  const topics = needTopics(input, needs);
  if (topics.length === 0) return composeLikeness(input) ?? composeVague(input);
  const top = ranked.slice(0, 3).map((r) => r.framework);
  const best = top[0]!;
  const { against } = decidingNeeds(best, top[1], needs);
  const phrase = needsPhrase(statedNeeds(topics, u.weakTopics));
  const parts = emptyParts(`Best for ${phrase}`, `${best.name} is the best fit for ${phrase}. ${topics.length === 1 ? topics[0]!.why.text : ''}`.trim());
  parts.fields = top.map((f, i) => ({
    frameworkId: f.id,
    name: `${i + 1}. ${f.name}`,
    lines: topics.map((t) => `${t.name} ${ratingLabel(f.support[t.id])}: ${f.support[t.id].note}`),
  }));
  const notes: string[] = [];
  if (topics.length > 1) notes.push(messages.weighed(topics.map((t) => inSentence(t.name))));
  if (workingWith) notes.push(messages.worksWith(joinNames(workingWith.packages.map((c) => c.name))));
  const stdlibOnly = u.fewDependencies && best.standardLibraryOnly;
  if (stdlibOnly) notes.push(messages.fewDependencies(best.name, best.builtOn.text));
  if (against.length > 0 && top[1]) notes.push(messages.tension(top[1].name, joinNames(topics.filter((t) => against.includes(t.id)).map((t) => inSentence(t.name)))));
  const context = u.teamKnows.map((id) => knowledge.frameworks.find((f) => f.id === id)!.name);
  if (context.length > 0) notes.push(messages.teamKnows(joinNames(context)));
  parts.notes = notes;
  // The ones ranked above already show their weak rating; listing one of them as a poor fit too reads as a contradiction.
  const avoid = ranked.filter((r) => !top.includes(r.framework) && topics.some((t) => r.framework.support[t.id].rating <= 2)).map((r) => r.framework.name);
  if (avoid.length > 0) parts.sections = [{ heading: 'Poor fit', lines: [joinNames(avoid)] }];
  parts.followUps = [
    ...(top[1] ? [{ label: `${best.name} vs ${top[1].name}`, question: `${best.name.toLowerCase()} vs ${top[1].name.toLowerCase()} for ${topics[0]!.phrase}` }] : []),
    { label: `Pros and cons of ${best.name}`, question: `pros and cons of ${best.name.toLowerCase()}` },
  ];
  return picked(parts, top, collectSources(...(stdlibOnly ? [best.builtOn.sources] : []), ...(topics.length === 1 ? [topics[0]!.why.sources] : []), ...top.flatMap((f) => topics.map((t) => f.support[t.id].sources))));
}
