import type { Intent } from './answer';
import { mainFrameworks } from './compose/helpers';
import type { EntityMatch } from './entity-index';
import type { FrameworkKind, Knowledge, Topic, TopicId } from './knowledge-model';
import type { ScopeReading } from './read-scope';

/**
 * What structure says about a question, whatever the classifier thinks: which intents its
 * entities allow, which topics lead, which needs were ruled out, what a group name means. The
 * phrasings themselves are learned from knowledge/nlu; these are the few readings no example set
 * should have to teach.
 */

/** How sure the classifier must be to decline a question that names a framework. */
export const SURE_DECLINE = 0.5;
// A list is asked for in the plural ("which frameworks", "name some", "alternatives"); "which
// framework??" or "most secure framework" asks for one pick.
const LIST_WORDS = /(?:frameworks|microframeworks|toolkits)\b|\b(?:options|alternatives?|list|name (?:some|a few|all|the)|which ones|what else|other than|besides|exist|are there|do you (?:know|cover))\b/;
// "is X really faster than Y?", "can X be replaced with Y?", "X over Y?": yes/no in form, a
// comparison in substance, once two options are named.
// A Polish "czy" opening a question asks yes or no ("czy falcon nada się..."); between two names it is "or".
export const COMPARATIVE = /(?:^| )(?:比|还是|对比|или|чем|oder|ou)(?: |$)|(?<=\S )czy(?= |$)|\b(?:vs|versus|over|instead of|rather than|than(?! (?:\d|one|two|three|four|five|ten|a few|a couple|a dozen|a hundred|a thousand|a million|half|twice)\b)|replace|replaced|replacing|switch to|switching to|compared?|comparison)\b/;
// "is sanic simpler, coming from flask?", "we run django: moving to fastapi?": the team's own
// framework becomes the other side of a comparison only when something weighs one against the other.
export const COMPARATIVE_ADJECTIVE = /\b(?:better|worse|faster|slower|simpler|easier|harder|lighter|heavier|leaner|cleaner|nicer|safer|quicker|more|less)\b/;
// Moving from one thing to another: "switch gunicorn to cherrypy's server", "transition from wsgi to asgi",
// "moving payroll from django to litestar" (whatever is moved, named or not).
export const MOVE = /\b(?:leav(?:e|ing)|replac(?:e|ing)|drop(?:ping)?|ditch(?:ing)?|away from|switch(?! (?:on|off)\b)|switching(?! (?:on|off)\b)|migrat(?!ions\b)\w*|mov(?:e|ing) (?:to|from|over|away)|mov(?:e|ing) (?:a |an |the |our |my |this |that |their |its )?(?:\w+ ){0,3}(?:app|apps|api|apis|service|services|svc|svcs|project|codebase|backend|site|stack|monolith|code|endpoints|views) (?:to|from|over)|mov(?:e|ing) (?:\w+ ){1,5}from \w+ (?:to|onto|into)|transition\w*|port|porting|convert\w*|rewrit\w*)\b/;
const RESEMBLANCE = /\b(?:different|differ\w*|like|similar|same)\b/;
// "django or bolt something onto our flask app?", "fastapi or just stay on our bottle service?": the
// team's own stack offered as the other side of an "or" is weighed.
const KEEP_OR_BUILD_ON = /\bor (?:just |simply )?(?:stay(?:ing)? (?:on|with)|stick(?:ing)? (?:with|to)|keep(?:ing)?|extend(?:ing)?|bolt(?:ing)?|add(?:ing)?) (?:\w+ ){0,3}(?:onto |on |to |into |with )?(?:our|my|the) \w+\b/;
// "everything built in", "out of the box", "auth and an orm included": extensions do not count.
// ...nor when the worry is doing it yourself: "or too much DIY?", "or shall we rebuild half of Django, badly?".
export const BUILT_IN_ASKED = /\b(?:built in|builtin|out of the box|batteries included|all in one|inside the box|in the box|included|includes everything|ships with|comes with)\b|\btoo much (?:diy|wiring|glue|plumbing|assembly)\b|\b(?:rebuild|rebuilding|reinvent|reinventing) (?:\w+ ){0,2}(?:badly|the wheel)\b|\b(?:not|no|without|avoid|don t want|do not want)\b(?: \w+){0,8} (?:third party|3rd party|extra|external|separate) (?:libs?|libraries|packages|extensions|plugins)\b/;
// Nothing may be installed at all: "zero dependencies", "no pip", "stdlib only", "we can only copy a single .py file over"
// ("no dependency injection" is a feature).
const DEPENDENCY_WORDS = '(?: (?:external|extra|third party|3rd party|other|runtime|pip))? (?:deps|dependencies|dependency)\\b(?! inject)';
export const NO_DEPENDENCIES = new RegExp(
  `\\b(?:zero|no)${DEPENDENCY_WORDS}|\\bdependency free\\b|\\b(?:stdlib|standard library) only\\b|\\bonly (?:the )?(?:python )?(?:stdlib|standard library)\\b|\\bno pip\\b|\\b(?:single|one|1) py file\\b|\\b(?:has|have|needs?) to be (?:a )?(?:single|one) file\\b`,
);
// ...or installing anything is hard where it runs: "installing libraries on the ward pc is a nightmare", "our lab pcs cannot install anything".
const INSTALLING_HARD =
  '\\binstalling (?:packages|deps|dependencies|anything|stuff|libraries|libs)(?: \\w+){0,4} (?:is|are) (?:a |such a )?(?:pain|nightmare|hell|hard|difficult|impossible|blocked|not allowed)\\b|\\b(?:can t|cant|cannot|can not) (?:really )?(?:pip )?install (?:packages|anything|much|stuff)\\b';
// ...or as little as possible: "as few deps as possible", "without pulling in a pile of dependencies", "a 1 file thing".
export const FEW_DEPENDENCIES = new RegExp(
  `${NO_DEPENDENCIES.source}|\\b(?:without|minimal|fewest|fewer|(?:as |very )?few|nothing but)${DEPENDENCY_WORDS}|\\bwithout (?:pulling in |installing |dragging in )?(?:a (?:pile|bunch|ton|load) of |lots of |many |a lot of )?(?:deps|dependencies)\\b|\\b(?:single|one|1) (?:py )?file (?:app|apps|script|tool|framework|module|web app|web ui|service|thing)\\b|${INSTALLING_HARD}`,
);
// Words that turn a release question into a choice: "still maintained enough to start a new project on".
export const CHOICE_WORDS = /\b(?:use|using|pick|choose|start|new project|good choice|bet on|adopt|build|go with)\b/;
export const OPEN_QUESTION = /\b(?:which|what (?:framework|frameworks|should|would|to use|do i use|do we use|else|are)|alternatives?|replacements?|successor|closest|nearest|equivalent|best|recommend (?:me|a|some)|suggest)\b/;
// "is aiohttp a good pick if ...", "would quart be a sensible choice", "is flask ok without an orm",
// "...should i just go with it?", "is falcon production-ready?": a yes/no question about one option.
// "... 1 endpoint. flask fine?": a sentence of a name and "fine" asks the same yes/no.
// "bottle: good or bad for a kiosk page?": both verdicts offered for a need ask which one it is.
export const FIT_ASKED = /^(?:is|are|would|will|isnt|isn t) (?:\w+ ){1,2}(?:ok|okay|fine|alright|good enough|enough|(?:good|great|suitable|ideal|right) for|a good idea|production ready|prod ready|ready for production|ready for prod|production grade)\b|^\w+ (?:ok|okay|fine|good enough)(?: for (?:\w+ ){0,3}\w+)?$|\b(?:is|are) (?:it|this|that|they)(?: \w+)? (?:production ready|prod ready|ready for production|production grade)\b|\b(?:is|are|would|will|could|isnt|isn t)(?: \w+){1,3} (?:a |an )?(?:good|great|decent|solid|sensible|sane|reasonable|wise|smart|safe|right|bad|poor|terrible) (?:pick|choice|fit|idea|option|call|bet|match|candidate)\b|\bshould (?:i|we) (?:just )?(?:go with|use|pick|choose|stick with|stick to) (?:it|this one|that one)\b|\b(?:does|would|will) (?:that|this|it) rule out\b|^(?:is|are) \w+ (?:still |really |even |actually )?worth (?:it|using|learning|picking|choosing|adopting|betting on)\b|^(?:could|can|would|will) (?!(?:i|we|you|u|they|it|this|that)\b)\w+ (?:do|handle|manage|cope with|pull off|carry) (?:this|that|it|all (?:of )?(?:this|that))(?: (?:well|ok|okay|fine|properly|reliably))?$|\b(?:does|do|would|will) (?!(?:it|this|that)\b)\w+ (?:still |really |even )?make sense (?:for|here|in)\b|\b(?:good|great|fine|ok|okay) or (?:bad|not|terrible|overkill) (?:idea |choice |pick )?for\b|\bbad or good (?:idea |choice |pick )?for\b/;

/**
 * "our cheap shared host only supports Python through Passenger/WSGI", "the server is mod_wsgi only":
 * where the app must run speaks only WSGI, so a framework with no WSGI interface cannot run there.
 */
export const WSGI_ONLY = /\b(?:only (?:supports?|runs?|allows?|speaks|handles|offers|gives us|has)(?: \w+){0,4} (?:wsgi|mod wsgi)|(?:host|hosting|hoster|server|provider|platform|environment|cpanel|plan)(?: \w+){0,2} (?:is )?(?:wsgi|mod wsgi) only|(?:no|without) asgi support|(?:doesn t|does not|don t|do not|can t|cannot|won t) (?:support|run|allow|speak) asgi)\b/;
export const YES_NO_START = /^(?:is|are|should|shall|can|could|would|will|does|do|am|was|isnt|isn t|czy|est ce que)\b/;
// The needs people move between, or ask about releases of, outrank the features they mention on
// the way ("convert my flask blog to quart with async" is about the move).
export const LEADING_TOPICS: TopicId[] = ['migration', 'maintenance'];
// "no orm needed", "without templates", "we don't need an admin": a need ruled out, not asked for.
// "nobody on the team has async experience", "zero async io": a skill or need the team lacks.
// "we don't use async anywhere today": what the team does without is not a need either.
// "I want to choose my own ORM and template engine": what they bring is not a need for one built in.
// "benchmarks aside", "speed doesn't matter", "an admin is not needed": ruled out after the fact.
// "auth is handled by the gateway", "the gateway does auth": a need met by something else is not the framework's.
// "plain JSON CRUD, nothing real-time": "nothing" right before it ("nothing but an API" is only that).
const NEGATED_AFTER = /^(?:aside|apart|not needed|not required|isn t needed|isnt needed|is not needed|aren t needed|arent needed|are not needed|not a concern|doesn t matter|doesnt matter|does not matter|is irrelevant|not important|(?:is |are )?(?:handled|done|taken care of|dealt with|solved) (?:by|in|at|upstream|elsewhere|outside)\b)/;
// "we're happy coding the checks by hand", "we'll roll auth ourselves": a need the askers meet in their own
// code is none they want from a framework.
const DONE_BEFORE = /\b(?:write|writing|do|doing|roll|rolling|handle|handling|code|coding|build|building|implement|implementing)(?: the| our| my| all| any)?$/;
const BY_HAND_AFTER = /^(?:by hand|manually|myself|ourselves|on my own|on our own|in house)\b/;
// ("we'd rather not code the login ourselves" asks for it built in.)
const NOT_DONE_BEFORE = /\b(?:don t|dont|do not|doesn t|doesnt|does not|not|never|rather not|avoid|without|hate|tired of|sick of|no more)\b/;
// "a framework that doesn't impose an ORM", "nothing that pushes templates on us": parts not to be imposed. Not
// wanted, and (read in wantedTopics) a wish for freedom to choose them, as bringing one's own is.
const IMPOSED_BEFORE = /\b(?:doesn t|doesnt|does not|won t|wont|will not|don t|dont|do not) (?:force|impose|push)(?: \w+){0,2}$|\b(?:nothing|no framework|none) (?:that )?(?:forces|imposes|pushes)(?: \w+){0,2}$/;
const NEGATED_WORDS_BEFORE =
  /\b(?:no|not|without|w o|never|nor|zero|dont need|don t need|do not need|doesnt need|doesn t need|no need for|skip|minus|(?:don t|dont|do not|doesn t|doesnt|does not|wouldn t) mind|fine with|okay with|ok with|happy with|dont have to|don t have to|cant use|can t use|cannot use|never touched|(?:don t|dont|do not) (?:want|wanna|like) to use|(?:don t|dont|do not|doesn t|doesnt|does not|aren t|arent|are not|won t|wont|will not) (?:use|uses|using|serve|serves|serving|render|renders|rendering|output|outputs)|won t use|wont use|rather not use|avoid|avoiding|stay(?:ing)? away from|steer(?:ing)? clear of|free of|not tied to|(?:doesn t|doesnt|does not|don t|dont|do not|isn t|isnt|is not) (?:want to |wanna |need to |have to )?(?:depend|depends|rely|relies|built) on|hate|hates|hated|hating|allergic to|can t stand|cant stand|cannot stand|sick of|tired of|fed up with|(?:choose|pick|bring|use|plug in) (?:my|our) own|(?:don t|dont|do not|doesn t|doesnt) care (?:about|for|much about))(?: (?!with\b|but\b)\w+){0,2}$|\b(?:nobody|no one|none of us)(?: \w+){0,4}$|\b(?:don t|dont|do not|doesn t|doesnt|does not) want(?: an?| any)?$|\bnothing$|\bnone of (?:the|that|this|those|your)$/;
const NEGATED_BEFORE = new RegExp(`${NEGATED_WORDS_BEFORE.source}|${IMPOSED_BEFORE.source}`);
// "never" in the languages whose "never used" the learning curve lists.
const NEVER_WORDS = /(?:^| )(?:never|mai|nunca|jamais|nie|nigdy|никогда|ніколи)(?= |$)/;
// "hireability matters more than speed": what matters less than something else is no need.
const MATTERS_LESS_BEFORE = /\b(?:matters?|counts?) (?:much |far |way )?more than$|\bmore important than$|\b(?:higher|bigger) priority than$/;
// "the gateway does auth": a need something else meets, said before it.
const MET_ELSEWHERE_BEFORE = /\b(?:gateway|proxy|keycloak|auth0|cognito|okta|nginx|balancer|upstream|cloudflare|idp) (?:does|do|handles|handle|takes care of|deals with|already does)$/;

/**
 * "a flexible ORM", "fast templates", "async sqlalchemy": a quality word right before a feature,
 * or a feature word right before a package, describes the thing after it. The thing is the need;
 * the describing word is only hinted at (weak), so "flexible" does not make flexibility the topic.
 * Kinds of app ("small api") are not describing words: the app is what is built.
 */
function modifier(m: EntityMatch, matches: EntityMatch[], kindOf: (id: string) => Topic | undefined, words: string[]): boolean {
  // "auth batteries included" demands auth built in; "batteries included" is not a thing auth describes.
  // "easiest to unit test": the quality describes the need after "to".
  const headAt = words[m.end] === 'to' ? m.end + 1 : m.end;
  const heads = matches.filter((n) => n.start === headAt && !n.weak && !BUILT_IN_ASKED.test(words.slice(n.start, n.end).join(' ')));
  const topic = kindOf(m.id);
  // "porting drf endpoints", "upgrading django": a move or a release is an action on the thing, not a description of it.
  if (!topic || topic.appKind || LEADING_TOPICS.includes(topic.id)) return false;
  if (heads.some((h) => h.kind === 'concept')) return true;
  // "a high-throughput async microservice": a feature word before the kind of app describes the app.
  if (topic.kind === 'feature' && heads.some((h) => h.kind === 'topic' && kindOf(h.id)?.appKind)) return true;
  // "a high-throughput async service": the feature describes the app in turn, so the quality is the app's too.
  // "a high-throughput JSON API": a feature that names the app itself ("JSON API") leaves the quality the app's.
  return topic.kind === 'quality' && heads.some((h) => h.kind === 'topic' && kindOf(h.id)?.kind === 'feature' && !APP_NOUNS.has(words[h.end] ?? '') && !APP_NOUNS.has(words[h.end - 1] ?? ''));
}

const APP_NOUNS: ReadonlySet<string> = new Set(['service', 'services', 'api', 'apis', 'app', 'apps', 'backend', 'backends', 'server', 'servers', 'microservice', 'microservices', 'system', 'platform', 'site', 'website', 'gateway', 'proxy']);

const BRING_OWN = /\b(?:choose|pick|bring|use|plug in) (?:my|our) own(?: \w+){0,2}$/;
// "we'll wire up our own libraries (peewee, marshmallow)": the parts they will bring
// themselves, listed after they say so, are no needs the framework must meet.
const OWN_PARTS_BEFORE = /\b(?:choose|choosing|pick|picking|bring|bringing|use|using|plug in|plugging in|wire|wiring|wire up|wiring up|glue|gluing) (?:in )?(?:my|our|their|your) own (?:libraries|libs|library|packages|pieces|parts|tools|components|stack)(?: (?!but\b|yet\b|though\b)\w+){0,3}$/;
const OWN_PARTS_REACH = 8;

// "nobody has async experience", "no one knows websockets": a skill the team lacks.
const SKILL_AFTER = /^(?:experience|experienced|skills?|knowledge|background)\b/;
const SKILL_BEFORE = /\b(?:knows?|used|touched|familiar with|experience (?:with|in))(?: \w+)?$/;

// "and" and "or" in the languages whose "not needed" comes after the list ("шаблоны и админка не нужны", "admin ve şablon gerekmiyor").
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'и', 'или', 'та', 'і', 'чи', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'ed', 'ni', 've', 'veya', 'i', 'lub', 'ani', 'a', 'en', 'of', 'og', 'och', 'eller']);
// "without an orm or admin" rules out both; in "no orm. smallest thing possible" the "no" stops at the orm.
const JOINED = new Set(['or', 'nor', 'and']);
const JOINED_ARTICLES = new Set(['a', 'an', 'the', 'any']);
// What people call features they do not want, after listing them: "no ORM/admin baggage", "the templates/forms bloat".
const BURDENS: ReadonlySet<string> = new Set(['baggage', 'bloat', 'overhead', 'cruft', 'clutter', 'junk', 'nonsense', 'extras']);
// Nouns a need is often named with but its name may leave out: "server rendered pages", "async support".
const ITEM_HEADS: ReadonlySet<string> = new Set(['pages', 'page', 'support', 'stuff', 'features', 'feature', 'things', 'layer', 'panel', 'views', 'endpoints', 'capabilities']);

/** How other languages say a need is not wanted, from knowledge/nlu/forms.yaml. */
export interface NegationForms {
  /** "not needed" said after the need ("admin paneli gerekmiyor", "админка не нужна"). */
  notNeededAfter(after: string): boolean;
  /** "without" said before it ("ohne async", "sin ORM", "bez ORM"): the words that set a framework aside. */
  excludedBefore(before: string): boolean;
}

// "nobody in our small team has ever written async python": a skill nobody has used reaches further back
// than other negations, through who "nobody" is.
const NOBODY_HAS_DONE = /\b(?:nobody|no one|none of us)(?: \w+){0,4} (?:has|have) (?:ever |really )?(?:written|used|done|touched|worked with|shipped)$/;
const NOBODY_REACH = 9;

/** Whether the question rules the need out, in English or in the other languages of `said`. */
export function ruledOut(words: string[], m: EntityMatch, matches: EntityMatch[], said?: NegationForms): boolean {
  const from = Math.max(0, m.start - 5);
  const after = words.slice(m.end, m.end + 3).join(' ');
  if (NEGATED_AFTER.test(after) || said?.notNeededAfter(after)) return true;
  // "шаблоны и админка не нужны", "admin and templates aren't needed": a need joined to the next one shares
  // the "not needed" said after that one.
  const joinedNext = matches.find((n) => n.kind === 'topic' && n.start === m.end + 1 && LIST_JOINERS.has(words[m.end] ?? ''));
  if (joinedNext) {
    const afterNext = words.slice(joinedNext.end, joinedNext.end + 3).join(' ');
    if (NEGATED_AFTER.test(afterNext) || said?.notNeededAfter(afterNext)) return true;
  }
  if (BY_HAND_AFTER.test(after) && DONE_BEFORE.test(words.slice(Math.max(0, m.start - 2), m.start).join(' ')) && !NOT_DONE_BEFORE.test(words.slice(Math.max(0, m.start - 5), m.start).join(' '))) return true;
  if (NOBODY_HAS_DONE.test(words.slice(Math.max(0, m.start - NOBODY_REACH), m.start).join(' '))) return true;
  const negatedBefore = (before: string) => NEGATED_BEFORE.test(before) || MATTERS_LESS_BEFORE.test(before) || MET_ELSEWHERE_BEFORE.test(before) || Boolean(said?.excludedBefore(before));
  const previous = matches.filter((n) => n.kind === 'topic' && n.end <= m.start && n.end > from).sort((a, b) => b.end - a.end)[0];
  if (!previous) return negatedBefore(words.slice(from, m.start).join(' '));
  // Joined to the need before it, it shares that need's fate; otherwise only words after it count.
  // "my own ORM, template engine and auth library": in a list the comma leaves no word between two
  // items, and a joining word follows.
  // ("we won't use an admin, an ORM or templates": an article may open each item.)
  // ("we need no sessions, templates, an orm or an admin": so may another item, the joining word coming later.)
  const nextItem = () => matches.some((n) => n.kind === 'topic' && (n.start === m.end || (n.start === m.end + 1 && JOINED_ARTICLES.has(words[m.end] ?? ''))));
  // ("no templating/admin baggage": a slash leaves two needs side by side, and the burden they are closes the list.)
  const burdenAfter = previous.end === m.start && BURDENS.has(words[m.end] ?? '');
  const listed = burdenAfter || ((previous.end === m.start || (m.start - previous.end === 1 && JOINED_ARTICLES.has(words[previous.end] ?? ''))) && (JOINED.has(words[m.end] ?? '') || nextItem()));
  // "we don't need templates or an admin": an article may follow the joining word.
  // ("we need no server-rendered pages or an admin": a head noun the need's name stops short of stays in its item.)
  const between = words.slice(ITEM_HEADS.has(words[previous.end] ?? '') ? previous.end + 1 : previous.end, m.start);
  const joined = (between.length === 1 && JOINED.has(between[0]!)) || (between.length === 2 && JOINED.has(between[0]!) && JOINED_ARTICLES.has(between[1]!));
  if (joined || listed) return ruledOut(words, previous, matches, said);
  // "i've never used async", "non ho mai usato async": the skill phrase read as a need ("never used") is the negation itself.
  if (previous.id === 'learning_curve' && previous.end === m.start) return negatedBefore(words.slice(from, m.start).join(' ')) || NEVER_WORDS.test(words.slice(previous.start, previous.end).join(' '));
  return negatedBefore(words.slice(previous.end, m.start).join(' '));
}

/** "nobody has async experience", "never touched async": the need is negated because the team lacks the skill. */
const lacksSkill = (words: string[], m: EntityMatch) =>
  SKILL_AFTER.test(words.slice(m.end, m.end + 1).join(' ')) || SKILL_BEFORE.test(words.slice(Math.max(0, m.start - 5), m.start).join(' '));

// "more suited to", "better suited for", "built for": the job right after is what it is wanted for.
const SUITED_TO_BEFORE = /\b(?:suited|geared|tailored|built|designed|made) (?:to|for|towards)(?: (?:pure|plain|just|building|writing|serving))?$/;

// "the team is ok with async; no admin needed": what they put up with is no need, and not unwanted either.
const TOLERATED_BEFORE = /\b(?:fine with|okay with|ok with|happy with|(?:don t|dont|do not|doesn t|doesnt|does not|wouldn t) mind)(?: \w+){0,2}$/;

// "we rejected flask (no native async)": a need negated right after a framework's name says what that framework lacks.
const LACKED_BY_NAME = 3;
const saysWhatNameLacks = (m: EntityMatch, matches: EntityMatch[]) => matches.some((n) => n.kind === 'framework' && n.end <= m.start && m.start - n.end <= LACKED_BY_NAME);

/**
 * Needs ruled out because they are not wanted ("NOT async", "without an orm"), not because the team
 * lacks the skill or a framework named lacks the feature.
 */
export function unwantedTopics(words: string[], matches: EntityMatch[], ruledOutMatches: EntityMatch[]): string[] {
  return ruledOutMatches.filter((m) => !lacksSkill(words, m) && !saysWhatNameLacks(m, matches) && !TOLERATED_BEFORE.test(words.slice(Math.max(0, m.start - 4), m.start).join(' '))).map((m) => m.id);
}

/** The mentions of needs the question rules out ("without an orm", "no admin needed"). */
export function ruledOutTopics(words: string[], matches: EntityMatch[], said?: NegationForms): EntityMatch[] {
  return matches.filter((m) => m.kind === 'topic' && ruledOut(words, m, matches, said));
}

/**
 * Topic matches minus those the question rules out, unless ruling out is all it does; describing
 * words weak. A need ruled out as a skill the team lacks ("nobody has async experience") is not
 * wanted, but it makes the learning curve one: they would have to learn it.
 */
// "a small team", "ein kleines Team", "small business": the size of the people, not of the app.
// "small json payloads": the size of the data, not of the app.
const PEOPLE_AFTER_SIZE = new Set(['team', 'teams', 'company', 'startup', 'group', 'crew', 'agency', 'budget', 'shop', 'business', 'businesses', 'firm', 'nonprofit', 'organisation', 'organization', 'office', 'clinic', 'equipo', 'equipe', 'équipe', 'payload', 'payloads', 'json', 'messages', 'files', 'images', 'requests', 'responses', 'batches', 'chunks']);
// "een klein IT-team", "a small dev team": one word may stand between the size and the people.
const sizeOfPeople = (words: string[], m: EntityMatch) =>
  m.id === 'small_apps' && m.end - m.start === 1 && (PEOPLE_AFTER_SIZE.has(words[m.end] ?? '') || ORGANISATIONS.has(words[m.end] ?? '') || TEAM_WORDS.has(words[m.end + 1] ?? '') || ORGANISATIONS.has(words[m.end + 1] ?? ''));
const TEAM_WORDS = new Set(['team', 'teams', 'company', 'startup', 'agency', 'business', 'office', 'equipo', 'equipe', 'équipe']);
// "a booking site for a small physio clinic", "our small local charity": how big the organisation is,
// not the app it needs (a small clinic still wants patient records and a staff admin).
const ORGANISATIONS = new Set(['clinic', 'clinics', 'practice', 'charity', 'charities', 'club', 'clubs', 'school', 'schools', 'church', 'parish', 'council', 'ngo', 'nonprofit', 'library', 'museum', 'bakery', 'restaurant', 'cafe', 'hotel', 'hostel', 'farm', 'vineyard', 'winery', 'association', 'society', 'choir', 'congregation', 'chain', 'store', 'firm', 'department', 'nursery', 'theatre', 'theater', 'gym', 'studio', 'brewery', 'pharmacy', 'orchestra', 'cooperative', 'coop', 'union', 'town', 'village', 'businesses', 'companies', 'organisation', 'organization', 'family']);

// "swagger docs would be nice but not a must", "an admin is a bonus": a wish, not a need.
// "performance matters a bit, but clean handlers matter more": a need said to weigh little.
const NICE_TO_HAVE_AFTER = /^(?:\w+ ){0,2}(?:would be nice|would be a (?:plus|bonus)|nice to have|is a (?:plus|bonus)|not a must|optional|if possible|matters? (?:a bit|a little|somewhat|less)|(?:is|are) secondary|(?:is|are) less important)\b/;
// "runs in a container", "behind nginx", "hosting on one VM": where the app will run, said on the
// way, is a setting rather than something to choose a framework on ("best framework for serverless"
// and "easiest to containerize" still ask about it).
const SETTING_BEFORE = /\b(?:in|on|inside|behind|onto|into|via|under)(?: \w+){0,2}$/;
const SETTING_AFTER = /^(?:on|at)\b/;
const deploySetting = (words: string[], m: EntityMatch) =>
  m.id === 'deployment' && (SETTING_BEFORE.test(words.slice(Math.max(0, m.start - 3), m.start).join(' ')) || SETTING_AFTER.test(words[m.end] ?? ''));

// "the fastest thing to get a page on screen", "quickest way to ship an mvp": speed of building, not of running.
const BUILD_SPEED_AFTER = /^(?:\w+ )?(?:to|way to|path to|route to|for) (?:get|build|ship|set|setup|start|make|write|spin|prototype|put|launch|deliver|code|hack|throw|develop|iterate)\b/;
// "which framework gets us there fastest", "ship it quickest": the speed of the work before it; so is
// "lets us build a booking page fastest", "gets a dashboard up quickest".
const BUILD_SPEED_BEFORE = /\b(?:gets? (?:us|me|you|them) there|get (?:it|this|that) (?:done|built|shipped)|ships?|shipping|deliver|delivers|up and running|to market|done)(?: \w+){0,1}$|\b(?:lets? (?:us|me|you|them) (?:build|make|develop|code)|gets? (?:\w+ ){1,5}up)(?: \w+){0,5}$/;
// Words back from the speed word to the work it measures: "lets us build a back office with logins fastest".
const BUILD_SPEED_REACH = 10;
const SPEED_WORDS = new Set(['fastest', 'quickest', 'fast', 'quick', 'faster', 'quicker']);

/** Whether the words ending at `end` are `phrase` (normalised, words joined by single spaces). */
function endsAt(words: string[], phrase: string, end: number): boolean {
  const parts = phrase.split(' ');
  return end >= parts.length && parts.every((p, i) => words[end - parts.length + i] === p);
}

const TREND_BEFORE = /\b(?:(?:every|all the|most|so many) (?:tutorials?|articles?|blog posts?|posts?|videos?|courses?|talks?|job ads?|job posts?)(?: i (?:see|read|find))?(?: now| nowadays| these days)? (?:is|are|s|re|uses?|push(?:es)?|says?|talks? about)|(?:everyone|everybody|the internet|reddit|twitter) (?:is|s) (?:all )?(?:about|into|on|pushing|hyping))(?: \w+){0,3}$/;

export function wantedTopics(words: string[], matches: EntityMatch[], kindOf: (id: string) => Topic | undefined, said?: NegationForms): EntityMatch[] {
  const buildSpeed = (m: EntityMatch) =>
    m.id === 'performance' &&
    m.end - m.start === 1 &&
    SPEED_WORDS.has(words[m.start]!) &&
    (BUILD_SPEED_AFTER.test(words.slice(m.end, m.end + 4).join(' ')) || BUILD_SPEED_BEFORE.test(words.slice(Math.max(0, m.start - BUILD_SPEED_REACH), m.start).join(' ')));
  // "our prototype got popular", "what does manage.py migrate do?": the word in another sense is no need at all.
  const notMeant = (m: EntityMatch) => kindOf(m.id)?.notMeantBy.some((phrase) => endsAt(words, phrase, m.end)) === true;
  // "an async framework? small team": the size of the people is no kind of app for a feature to describe.
  const things = matches.filter((m) => m.kind !== 'topic' || !sizeOfPeople(words, m));
  const topics = things
    .filter((m) => m.kind === 'topic' && !notMeant(m))
    .map((m) => (buildSpeed(m) && kindOf('small_apps') ? { ...m, id: 'small_apps' } : m))
    .map((m) => (!m.weak && (modifier(m, things, kindOf, words) || deploySetting(words, m) || NICE_TO_HAVE_AFTER.test(words.slice(m.end, m.end + 5).join(' '))) ? { ...m, weak: true } : m))
    // "something better suited to pure APIs": the one job a framework is wanted for is said outright, however generic its word.
    .map((m) => (m.weak && SUITED_TO_BEFORE.test(words.slice(Math.max(0, m.start - 4), m.start).join(' ')) ? { ...m, weak: false } : m));
  const before = (m: EntityMatch) => words.slice(Math.max(0, m.start - 5), m.start).join(' ');
  // "all queries are raw sql through psycopg": a phrase that says the need is not wanted (it ends in
  // a synonym, where the need was read) says so for the whole question, "queries" included.
  const refused = new Set(
    matches.filter((m) => m.kind === 'topic' && kindOf(m.id)?.ruledOutBy.some((phrase) => endsAt(words, phrase, m.end))).map((m) => m.id),
  );
  const negated = (m: EntityMatch) => refused.has(m.id) || ruledOut(words, m, matches, said);
  // "so many courses now push websockets and i feel behind": a trend named around the question is no need of theirs.
  const trend = (m: EntityMatch) => TREND_BEFORE.test(words.slice(Math.max(0, m.start - 7), m.start).join(' '));
  const ownPart = (m: EntityMatch) => OWN_PARTS_BEFORE.test(words.slice(Math.max(0, m.start - OWN_PARTS_REACH), m.start).join(' '));
  const wanted = topics.filter((m) => !negated(m) && !trend(m) && !ownPart(m));
  const lacking = topics.find((m) => negated(m) && lacksSkill(words, m));
  if (lacking && kindOf('learning_curve') && !wanted.some((m) => m.id === 'learning_curve')) wanted.push({ ...lacking, id: 'learning_curve', weak: false });
  // "we want to pick our own ORM, templating and auth": choosing the parts yourself is a need for flexibility;
  // so is not having them forced on you (an ORM refused outright, "we only ever write raw SQL", still turns on the ORM).
  const ownPicked = topics.find((m) => (negated(m) && (BRING_OWN.test(before(m)) || (IMPOSED_BEFORE.test(before(m)) && !refused.has(m.id)))) || ownPart(m));
  if (ownPicked && kindOf('flexibility') && !wanted.some((m) => m.id === 'flexibility')) wanted.push({ ...ownPicked, id: 'flexibility', weak: false });
  return wanted.length > 0 ? wanted : topics;
}

/**
 * Frameworks named as a group: "all three" / "the big three" are the three most used; "all of
 * them" / "every framework" are all we know. Only read when no framework is named.
 */
export function groupNamed(text: string, knowledge: Knowledge): string[] {
  const padded = ` ${text} `;
  // ...nor a group set aside: "what else is worth a look apart from the big three?" asks for the rest.
  if (/ (?:besides|beyond|other than|except|apart from|aside from) (?:the )?(?:usual )?(?:big )?(?:3|three) /.test(padded)) return [];
  // ...but not three people or things counted: "two of the three devs", "all three services".
  if (/ (?:all|the|these|those|big) (?:3|three) (?!(?:\w+ )?(?:devs?|developers?|engineers?|people|persons|guys|folks|founders|members|of us|juniors|seniors|students|teams?|services|apps|sites|endpoints|pages|weeks|months|days|years|options we)\b)/.test(padded)) return mainFrameworks(knowledge, 3).map((f) => f.id);
  if (/ (?:all of them|all (?:the )?frameworks|every framework|each framework|them all) /.test(padded)) return knowledge.frameworks.map((f) => f.id);
  return [];
}

/**
 * "microframeworks", "full-stack frameworks", "batteries-included ones": the kind of framework a
 * list asks for (FrameworkKind in the knowledge), or null.
 */
export function frameworkKindAsked(text: string): FrameworkKind | null {
  if (/\bmicro ?frameworks?\b|\bmicro (?:web )?frameworks?\b/.test(text)) return 'micro';
  if (/\b(?:full ?stack|batteries included)(?: web)? frameworks?\b/.test(text)) return 'full-stack';
  return null;
}

// "what are microframeworks", "explain full stack frameworks": a definition, not a list to pick from.
export const DEFINITION = /^(?:what (?:even |exactly |actually )?(?:is|are)|(?:wtf|wth|what the (?:hell|heck|f)) (?:is|are)|whats|define|explain|meaning of|tell me about)\b|\b(?:mean|means|meaning|definition|difference)\b/;

/** "give me a few lightweight microframeworks": frameworks of a kind, asked for in the plural. */
export function asksForKindList(text: string): boolean {
  return frameworkKindAsked(text) !== null && /frameworks\b/.test(text) && !DEFINITION.test(text);
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

// Constraints (scale, speed, beginners) lead: in "flask for an app calling 20 APIs concurrently"
// the API is what is built and the constraint is what decides. Then the features named, then the
// kind of app ("a marketplace MVP with auth and an admin" is about auth and the admin). Features
// lead a feature check, which is about one feature.
// Built once per knowledge: ordering runs for every question.
const topicMaps = new WeakMap<Knowledge, Map<string, Knowledge['topics'][number]>>();
function topicsById(knowledge: Knowledge): Map<string, Knowledge['topics'][number]> {
  let byId = topicMaps.get(knowledge);
  if (!byId) topicMaps.set(knowledge, (byId = new Map(knowledge.topics.map((t) => [t.id as string, t]))));
  return byId;
}

export const PART_OF_ANY_SITE: TopicId[] = ['forms', 'templates'];

const GENERIC_HINT: TopicId = 'rest_api';
const FAINT_MOVE: TopicId = 'migration';

export function orderTopics(explicit: string[], weak: string[], implied: string[], knowledge: Knowledge): TopicId[] {
  const byId = topicsById(knowledge);
  const ordered = unique(explicit);
  const constraint = (id: string) => byId.get(id)?.kind === 'quality' && !byId.get(id)?.appKind;
  // "a tiny internal tool: one page with a form", "a small site with a couple of pages and a form":
  // the form and the pages every small site has do not make it about forms; it is about its size.
  const features = ordered.filter((id) => byId.get(id)?.kind === 'feature');
  const smallFirst = ordered.includes('small_apps') && features.length > 0 && features.every((id) => PART_OF_ANY_SITE.includes(id as TopicId)) ? ['small_apps'] : [];
  return unique([
    ...ordered.filter((id) => LEADING_TOPICS.includes(id as TopicId)),
    ...smallFirst,
    // "a framework for ~15 microservices on Kubernetes, typed, with API docs": an app split into
    // services is what the question is about; what each service needs comes after.
    ...ordered.filter((id) => id === 'microservices'),
    ...ordered.filter(constraint),
    ...ordered.filter((id) => byId.get(id)?.kind === 'feature'),
    ...ordered.filter((id) => byId.get(id)?.appKind),
    ...implied,
    // "best python framework for apis on google cloud run?": "api" is the most generic hint
    // of all (almost every question is about one), so any other hint says more and leads.
    ...weak.filter((id) => id !== GENERIC_HINT && id !== FAINT_MOVE),
    // "our tornado service has to move to python 3.13 soon; does tornado run on it?": a move only hinted
    // at (to a Python version, a machine, a package) says less than any other hint but "api".
    ...weak.filter((id) => id === FAINT_MOVE),
    ...weak,
  ]) as TopicId[];
}

/** What a question names, counted, as the structural rules need it. */
export interface Named {
  fw: number;
  concepts: number;
  topics: number;
  /** Topics that are features (an admin, websockets), not qualities (speed, maturity). */
  features: number;
  /** Frameworks weighed as options (not the team's stack, not one to avoid). */
  options: number;
  /** Needs stated outright. */
  strong: number;
  /** Concepts that are things of a kind (SQLAlchemy, DRF, Uvicorn), not ideas (an ORM, dependency injection). */
  comparable: number;
  /** Pros and cons asked for in so many words (the prosCons cue). */
  prosConsAsked: boolean;
  /** "Litestar statt FastAPI": one put in the other's place, said in another language. */
  insteadOf: boolean;
  scope: ScopeReading;
  text: string;
}

/** Intents a question's entities allow: a comparison needs two things, a feature check a framework and a feature. */
export function allowed(intent: Intent, { fw, concepts, comparable, topics, features, options, strong, prosConsAsked, insteadOf, scope, text }: Named): boolean {
  switch (intent) {
    case 'compare':
      // One option next to the team's stack is weighed only if the question weighs them.
      // An idea ("an ORM", "dependency injection") is not the other side of a framework: "Flask pour
      // un ERP avec admin, ORM et migrations ?" weighs Flask, not Flask against ORMs.
      return fw + concepts >= 2 && (options + comparable >= 2 || insteadOf || COMPARATIVE.test(text) || COMPARATIVE_ADJECTIVE.test(text) || MOVE.test(text) || RESEMBLANCE.test(text) || KEEP_OR_BUILD_ON.test(text));
    case 'feature_check':
      // "is cherrypy really the slowest?" asks about a quality: nothing to have or lack.
      return fw >= 1 && features >= 1 && (options <= 1 || !/\b(?:consider|over|instead|rather|switch|choose|pick)\b/.test(text));
    case 'pros_cons':
      // "need admin + orm + auth out of the box, go": ideas listed as needs are not a thing weighed;
      // the pros and cons of an idea ("ORM pros and cons") are asked for in so many words.
      return fw + comparable >= 1 || (concepts >= 1 && prosConsAsked);
    case 'describe':
      return fw + concepts + topics >= 1;
    case 'list_frameworks':
      // "anything other than django, flask and fastapi?" names frameworks only to leave them out.
      return options <= 1 && LIST_WORDS.test(text);
    case 'recommend':
      // Two options weighed against each other are a comparison (contract v2), whatever the phrasing.
      return options <= 1;
    case 'help':
      return fw + concepts + topics === 0;
    case 'out_of_scope':
      // Reasons to decline are read before the classifier; left to it, two needs of ours stated
      // outright ("admin, auth, queues, ORM: what's the closest thing?") keep the question ours.
      return (fw === 0 && strong < 2) || (scope.everydayNamesOnly && scope.technical === 0);
    default:
      return true;
  }
}

// "what's a good minimal ASGI toolkit": asking for one, not what one is.
const ASKS_FOR_A_GOOD_ONE = /^(?:what(?: s| is| are)?|whats) (?:a |an |the |some )?(?:good|best|great|decent|solid|recommended|nice|simple|minimal|lightweight)\b/;
// "how do i serve static files for django", "how does Depends() work": a how-to, described.
const HOW_TO_ANYWHERE = /\b(?:walk me through|step by step|guide me through|show me how)\b/;
const HOW_TO_START = /^(?:how (?:do|does|can|should) (?:i|we|you|it|one)?|how to|what are|what is|whats|what even is|(?:wtf|wth|what the (?:hell|heck|f)) (?:is|are)|tell me about|explain)\b/;

/**
 * Whether the asking sentence defines or explains one thing: "what even is ASGI?" after a sentence
 * naming FastAPI and Django, "tell me about litestar. a coworker says it's like fastapi but
 * better", "how do migrations work with the django orm? makemigrations vs migrate confuses me".
 * The subject must come right after the opening words ("what is the best framework for X" defines
 * nothing), and a framework inside a package's name ("django orm") is that one subject.
 */
export function explainsOneThing(words: string[], matches: EntityMatch[], asking: { start: number; end: number }): boolean {
  const text = words.slice(asking.start, asking.end).join(' ');
  // "what are django's best alternatives" asks for a choice, not a definition.
  if (!(HOW_TO_START.test(text) || HOW_TO_ANYWHERE.test(text)) || ASKS_FOR_A_GOOD_ONE.test(text) || COMPARATIVE.test(text) || /\b(?:which|best|alternatives?|recommend|suggest|(?<!when )should (?:i|we) (?:use|pick|choose))\b/.test(text) || /\b(?:vs|versus|or|between|choose|pick)\b/.test(text)) return false;
  // "deploying flask on a vps with nginx. walk me through it?": the how-to's subject is in the sentence before.
  const within = (from: number, to: number) => matches.filter((m) => m.kind !== 'topic' && m.start >= from && m.end <= to);
  const inside = within(asking.start, asking.end).length > 0 || !HOW_TO_ANYWHERE.test(text) ? within(asking.start, asking.end) : within(0, asking.end);
  const outer = inside.filter((m) => !inside.some((n) => n !== m && n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start));
  const subjects = new Set(outer.map((m) => m.id));
  // A how-to names its subject anywhere ("how do i serve static files for django"); a definition right after its opening words.
  return subjects.size === 1 && (/^how\b/.test(text) || HOW_TO_ANYWHERE.test(text) || outer.some((m) => m.start - asking.start <= 5));
}
