import type { Intent } from './answer';
import { detectCues, type Cue } from './cues';
import { builtOnName } from './judge';
import { createDistinctiveWords } from './distinctive-words';
import type { EntityIndex, EntityMatch } from './entity-index';
import { frameworkRoles, type FrameworkRole } from './framework-roles';
import { classifierFromModel, createIntentClassifier, type ClassifierModel } from './intent-classifier';
import { createEntityIndex } from './entity-index';
import { intentFeatures } from './intent-features';
import type { FrameworkKind, Knowledge, Topic, TopicId, TrainedNlu } from './knowledge-model';
import { normalizeQuestion } from './normalize';
import { stem } from './words';
import { familiarWords } from './familiar-words';
import { createScopeReader, english, type ScopeReading } from './read-scope';
import { askedAside, askedInOtherEcosystem, askingPart, troubleElsewhere } from './aside-asked';
import { asksForFramework, choosesSomethingElse, CLOSEST_ASKED, declineReason, ecosystemOnlyBehind, HELP_OF_BOT, LIKENESS_ASKED, frameworkAsked as saysFramework, saysPython, webFaceOnProgram } from './scope-decision';
import { createPhraseSet } from './phrase-set';
import { unknownSide } from './unknown-side';
import { hearsaySpans } from './hearsay';
import { createSelfServiceReader } from './self-service';
import { partsNamed, scaleNamed } from './scale';
import { LARGE_TEAM, teamSizeNamed } from './team-size';
import {
  BUILT_BEFORE,
  CAN_BUILD_WITH,
  CAN_DO,
  CLAIM_CHECKED,
  EXPLAIN_ASKED,
  EXPLAIN_OPENING,
  FALLBACK_AFTER,
  FIT_WORD,
  IT_SUBJECT,
  KIND_OF_ONE,
  OWN_LEARNING_ASKED,
  OWN_PRACTICE_OK,
  PACKAGE_ASKED,
  PROS_CONS_ASKED,
  QUALITY_CLAIM,
  RUN_WITH,
  SAME_AS,
  SCALE_VERB,
  SETTING_ENOUGH,
  SETUP_OK,
  TAG_CLAIM,
  TAIL_OR_NOT,
  UNRELATED_ASIDE,
  SHOULD_USE_OPENING,
  USE_ASKED,
  WANTING,
  WHAT_IS_IT,
  WHAT_IS_RIGHT_BEFORE,
  WHICH_THING_FOR,
} from './asking-forms';
import { AT_ONCE_WORDS, BUILT_IN_POINTED_BACK, CHOOSING, FEATURE_OF_IT, createQuestionForms, FEATURE_FORM, HANDLES_LOAD, INDIRECT_FEATURE_FORM, HOW_TO_ASKED, type QuestionForms } from './question-forms';
import {
  allowed,
  asksForKindList,
  BUILT_IN_ASKED,
  FEW_DEPENDENCIES,
  NO_DEPENDENCIES,
  frameworkKindAsked,
  CHOICE_WORDS,
  COMPARATIVE,
  COMPARATIVE_ADJECTIVE,
  DEFINITION,
  explainsOneThing,
  ruledOut as isRuledOut,
  groupNamed,
  LEADING_TOPICS,
  MOVE,
  PART_OF_ANY_SITE,
  OPEN_QUESTION,
  orderTopics,
  ruledOutTopics,
  unwantedTopics,
  SURE_DECLINE,
  FIT_ASKED,
  WSGI_ONLY,
  unique,
  wantedTopics,
  YES_NO_START,
} from './reading-rules';

/** What the question is about, before an answer is composed. */
export interface Understanding {
  intent: Intent;
  frameworks: string[];
  /** Topics mentioned or implied, the primary one first. */
  topics: TopicId[];
  concepts: string[];
  confidence: number;
  /** Words that had to be spell-corrected, or other reasons to doubt the reading. */
  doubts: string[];
  /** What each named framework is to the question (an option, the team's stack, one to avoid). */
  roles: Record<string, FrameworkRole>;
  /** Frameworks the team already knows or runs; they count for something in a recommendation. */
  teamKnows: string[];
  /** Of those, the ones the team is said outright to know ("already knows fastapi"), not only to run. */
  teamSkills: string[];
  /** Per framework, how much the question's own words echo what it is known for (a small bonus). */
  affinity: Record<string, number>;
  /** Topics only hinted at by a generic word ("api"); they weigh half in a judgement. */
  weakTopics: TopicId[];
  /** Needs the kind of app named always has, unnamed ("an online shop": an admin for its staff); weighed as hints in a judgement only. */
  impliedNeeds: TopicId[];
  /** A yes/no question about one framework for a need: the answer carries a `fit`. */
  fitAsked: boolean;
  /** Python web frameworks named that the knowledge does not cover. */
  uncovered: string[];
  /** Frameworks whose name was read in its everyday sense ("a hip flask"). */
  otherSense: string[];
  /** Needs the question rules out ("without an orm"); when they are all it names, it asks about doing without. */
  ruledOut: TopicId[];
  /** Of those, the ones not wanted ("NOT async"), not merely beyond the team ("nobody knows async"). */
  unwanted: TopicId[];
  /** Packages set aside ("without pydantic", "doesn't force Pydantic"): none to rank frameworks by. */
  packagesSetAside: string[];
  /** The features must come built in ("out of the box", "batteries included"). */
  builtInOnly: boolean;
  /** The question wants as little installed as possible ("zero dependencies", "stdlib only"). */
  fewDependencies: boolean;
  /** Nothing may be installed at all ("zero dependencies", "no pip"): only a framework needing just the standard library will run. */
  noDependencies: boolean;
  /** The one kind of framework named from another ecosystem ("coming from Rails": full-stack), or null. */
  ecosystemKind: FrameworkKind | null;
  /** Where the app must run speaks only WSGI ("our shared host only supports Passenger/WSGI"). */
  wsgiOnly: boolean;
  /** "for a new project in 2026", "is X still a good pick": whether it stays maintained is part of a fit. */
  longevityAsked: boolean;
  /** The sentences that ask are about the licence it is released under ("what licence is flask under?"). */
  licenceAsked: boolean;
  /** "django forms vs wtforms": the side of an explicit "vs" that names nothing we know, or null. */
  otherSide: string | null;
  /** The app must live for years: "keep it alive for 10+ years", "long-term support releases". */
  longLife: boolean;
  /** The load named is one every framework handles ("~500 concurrent users", "2000 daily visitors"). */
  modestLoad: boolean;
  /** A load so small it says nothing of scale ("like 5 users", "~20 rps"): hundreds at most. */
  tinyLoad: boolean;
  /** A user base that tells frameworks apart ("5M users", "a million customers"), not a throughput. */
  largeUserBase: boolean;
  /** The team counted is large ("a 30-person team", "50 developers"): the codebase will be big. */
  largeTeam: boolean;
  /** The need right after "for" in "is X a good choice for Y": what the yes/no is about, or null. */
  fitObject: TopicId | null;
  /** The framework a feature question asks about ("does Quart have Flask-WTF forms?": Quart), or null. */
  featureSubject: string | null;
  /** The asker does not know yet what they need ("not sure yet if we need html pages", "might grow, might not"). */
  needsUndecided: boolean;
  /** A bank, a hospital, compliance: the bar for maturity and support is higher. */
  highStakes: boolean;
  /** "is django overkill here?": whether X is too much is what they ask. */
  overkillAsked: boolean;
  /** ...in a sentence that asks ("Django feels bloated. Is Flask good for ...?" asks whether Flask fits, not whether it is too much). */
  tooMuchAsked: boolean;
  /** Too much is asked, but no word says the app is small ("is Django too much for a JSON-only service?"). */
  sizeUnsaid: boolean;
  /** The app is content its owner keeps writing or editing ("a personal blog"): a built-in admin pays off. */
  editedContent: boolean;
  /** Kinds of app named without a size ("server rendered html"), where "lots of pages" would say it is big. */
  kindSizeUnsaid: TopicId[];
  /** The kind of framework asked about ("microframeworks"), or null. */
  frameworkKind: FrameworkKind | null;
  /** A framework named only inside a package's name ("Django Ninja", "Flask-RESTX"): a question about the package. */
  namedInPackage: boolean;
  /** An error pasted and what it means asked ("TypeError: ... what am I missing?"): the error explains the answer. */
  errorExplained: boolean;
}

export interface Understander {
  /** `asked`: the word range of the sentence that asks, when there are several (see normalize.ts). */
  understand(
    words: string[],
    text: string,
    asked?: { start: number; end: number }[] | null,
    sentences?: { start: number; end: number }[],
    clauses?: { start: number; end: number }[],
    code?: { start: number; end: number }[],
  ): Understanding;
  /** The intent classifier's weights, for shipping with a build. */
  model(): ClassifierModel;
}

/**
 * Reads a question: entities (fuse.js-backed index), whether it is ours at all (scope), what the
 * person wants (a classifier trained from knowledge/nlu/intents.yaml), and the roles of the
 * frameworks named. Structure the classifier cannot break is enforced here: a comparison needs two
 * things to compare, a name read in its everyday sense is not a framework question.
 */
function labelledExamples(knowledge: Knowledge) {
  return Object.entries(knowledge.nlu.examples).flatMap(([intent, questions]) => (questions ?? []).map((q) => ({ intent: intent as Intent, ...normalizeQuestion(q) })));
}

/** "if not, what else?", "if overkill what else": an alternative asked for only if the answer is no. */
const IF_NO_FALLBACK = /\bif (?:not|no|so|yes|overkill|it is|it s|its|that s|thats)\b.*$/;
/** The joining word of a terse feature question: "orm in fastapi?", "csrf for flask". */
const TERSE_JOINERS: ReadonlySet<string> = new Set(['in', 'for', 'with', 'on', 'using']);
/** A follow-up's opening before a terse feature question: "ok and what about", "thx. how about". */
const TERSE_OPENERS = /^(?:(?:ok|okay|k|so|and|thx|thanks|then|what about|how about) )+/;
/** ...and its tail after the framework: "caching in sanic, built in?", "sessions in falcon, any?". */
const TERSE_TAIL = /(?: (?:built in|builtin|natively|out of the box|any|too|then|at all|there|also|as well))+$/;
// "and cherrypy? websockets too?": a follow-up naming the framework, then the feature, then "too".
const ALSO_TAIL = / (?:too|also|as well)$/;
// "any async support?": the word after a feature that only says it is what is asked about.
const SUPPORT_WORD = /^(?:support|supported)$/;
// Chat's laughter closing a sentence: "what do u do lol".
const TRAILING_LAUGH = /(?: (?:lol|lmao|haha|hehe|rofl|xd))+$/;
// What the bot can be asked, asked of the bot: questions it answers, things to ask it, what it does beyond picking.
const ABILITY_ASKED =
  /\b(?:can|could|does|do|will) (?:you|u|this bot|the bot|whichpy|it)(?: \w+)? (?:answer|handle|take|field) (?:\w+ )?questions\b|\b(?:can|could|should) (?:i|we) ask (?:you|u|it|this bot|the bot|whichpy)\b|\b(?:can|could|do) (?:you|u|this bot|whichpy) (?:compare|recommend) (?:stuff|things)\b/;
/** "what can you do?", "what kinds of things can you help with?", "what do you do here?": asked of whichpy itself. */
const HELP_ASKED = /^(?:so |ok |okay |and )?(?:what|which) (?:kinds? of |sorts? of |types? of )?(?:things |questions |stuff )?(?:can|could|do|does) (?:you|u|this bot|the bot|whichpy)(?: actually| really| even)? (?:help(?: me| us)?(?: with)?|do|answer)(?: exactly| here| for me| for us)?$/;
/** A life span ahead: "must run for 15 years", "a system we have to keep alive for 10+ years". */
const LONG_LIFE = /\b(?:must|has to|have to|needs? to|will (?:need to |have to )?|should|is expected to|are expected to|going to|meant to|supposed to)(?: \w+){0,3} (?:run|live|last|survive|stay|keep (?:it |them )?(?:alive|running)|be (?:maintained|supported|kept alive|around|running)|maintain(?: it| them)?|support(?: it| them)?) for (?:\d+ ?(?:plus )?|a decade|decades|at least \d+ |many |the next \d+ )(?:years?|decades?)?\b|\bkeep (?:it |them |\w+ )?alive for (?:\d+|a decade|decades)\b/;
/** Long-term support releases asked for by name. */
const LTS_ASKED = /\b(?:lts|long term support)\b/;
/** Two frameworks run together while moving from one to the other: "can both run in one process". */
const MIXED_DURING_MOVE = /\b(?:side by side|same process|same project|same app|one process|one project|coexist|co exist|live together|run together|both (?:run|live|work|coexist)|alongside each other|in parallel during|during the (?:move|migration|transition))\b/;
// "the gym receptionist edits class times herself, what should i build it with?": what to make an app with is ours.
const BUILT_WITH_ASKED = /\b(?:build|make|write|code|develop|program)(?: (?:it|this|that|them|the (?:app|site|thing)))? (?:with|in|on)\b/;
/** Asking for a pick or a purchase: "which ... do you recommend", "should i buy". */
const THING_CHOSEN = /\b(?:which|what|best|recommend|suggest|should i (?:buy|get)|worth buying)\b/;
/** A move to another machine or platform: "to linux", "onto kubernetes", "to a new vm". */
const HOST_MOVE = /\b(?:to|onto|into) (?:linux|ubuntu|debian|rhel|centos|windows|windows server|macos|docker|kubernetes|k8s|aws|azure|gcp|heroku|the cloud|(?:a |an )?(?:new )?(?:server|servers|box|vm|vps|machine|host|container|containers|cluster))\b/;
const MOVES = new RegExp(MOVE.source, 'g');
const HOST_MOVE_HERE = new RegExp(`^(?:${HOST_MOVE.source})`);
/**
 * Whether a move between frameworks is said: "we're moving to Kubernetes" moves the app to another
 * machine, which weighs nothing against anything.
 */
function frameworkMoveSaid(text: string): boolean {
  for (const m of text.matchAll(MOVES)) {
    // "moving to" ends on the "to" a host move starts with; "switch" leaves it in what follows.
    const rest = text.slice(m.index + m[0].length);
    if (!HOST_MOVE_HERE.test(m[0].endsWith(' to') ? `to${rest}` : rest.trimStart())) return true;
  }
  return false;
}
/** The index of the word at a character offset of words joined by single spaces. */
const wordIndexAt = (text: string, offset: number): number => text.slice(0, offset).split(' ').length - 1;
/** In another language's yes/no ('Er Bottle nok til ...?'), the framework asked about comes among the sentence's first words. */
const FIT_NAME_WITHIN = 4;
// "is there a built-in test client", "is there something built in", "...sessions in bottle, is that built in?"
// (group 1 or 2: the feature is named elsewhere, or pointed back to).
const BUILT_IN_ASKED_OF_IT =
  /^(?:\w+ )?(?:(?:is|are) there (?:a |an |any )?(?:(something|anything) )?(?:\w+ ){0,3}|(?:is|are) (that|this|it|they|those|these) (?:\w+ )?)(?:built in|builtin|out of the box|native|included|baked in)\b/;
/** "will litestar background tasks get lost if the pod is killed?", "does the flask session expire?": how a feature behaves, not whether it is there. */
const BEHAVES = /\b(?:do|does|will|would) (?:\w+ ){1,4}(?:survive|survives|persist|persists|get lost|gets lost|retry|retries|expire|expires|leak|leaks|time out|times out|break|breaks|reset|resets|block|blocks)\b/;
/** "really handle production traffic", "actually cope with real load": a load named, with no number. */
const TRAFFIC_HANDLED = /\b(?:actually|really|realistically) (?:handle|handles|cope with|copes with|take|survive|scale to|keep up with)(?: \w+){0,2} (?:traffic|load|users|visitors|requests|page views)\b/;
const REALLY_DOES = /^(?:are|is|does|do|will|would|can) (?:\w+ ){1,5}(?:actually|really) (?:async|asynchronous|make|makes|let|lets|help|helps|handle|handles|run|runs|block|blocks|scale|scales|speed|speeds|improve|improves|use|uses)\b/;
const LEARN_WHERE = /\b(?:resources?|tutorials?|courses?|books?|material|materials) (?:to|for) (?:learn|learning|study|studying)\b|\bwhere (?:do|can|should|did|would) (?:i|we|you|people|folks|others) (?:\w+ )?(?:learn|study)\b|\b(?:best|better|easier|easiest|good|quicker|fastest) (?:way|place|places|path|route) to learn\b/;
/** A bare command word asking for the list ("/whichpy list", "list all"). */
const LIST_COMMAND = /^(?:list|list all|ls|list them|list pls|list please)$/;
// "django signals, wtf are those": what the thing just named is, asked at the end.
const WHAT_IS_POINTED_BACK = /\b(?:what|wtf|wth|what the (?:hell|heck|f)) (?:even |exactly |actually )?(?:is|are|s) (?:that|this|it|those|these|they)(?: even| exactly| actually)?(?: lol| lmao| haha)?$/;
// "which trade-offs matter here?": the costs of one option against another.
const TRADE_OFFS = /\btrade ?offs?\b/;
// "which differences would I notice each day?": two things set side by side, whatever one package is listed.
const DIFFERENCES = /\bdifferences?\b/;
// "or" between two names, in the languages people ask in ("Django sau Pyramid", "Flask vagy Bottle", Finnish "Flask vai Bottle?").
const OR_WORDS = new Set(['or', 'oder', 'ou', 'sau', 'vagy', 'eller', 'lub', 'albo', 'nebo', 'alebo', 'или', 'або', 'veya', 'yoksa', 'atau', 'tai', 'vai', 'of', 'o']);
// Turkish asks "X mı yoksa Y mı?": the question particle comes between a name and "or".
const OR_PARTICLES: ReadonlySet<string> = new Set(['mı', 'mi', 'mu', 'mü']);
// "Jinja2 or the Django templates", "peewee vagy a SQLAlchemy": an article between "or" and the second name.
const OR_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'az']);
// The framework as the place something goes: "in Flask", "in a Flask project", "with FastAPI" ...
const SETTING_BEFORE = /(?:^| )(?:in|inside|with|within)(?: (?:a|an|the|my|our|this|that|your))?$/;
// ...with at most what of it and a word of time after: "in Flask now", "in a Flask project".
const SETTING_AFTER = /^(?:(?:app|apps|application|project|projects|codebase|api|apis|backend|service|services|site)(?: \w+)?|now|these days|nowadays|today)?$/;
// "what should I use to ...", "what do people use for ...", "where should the templates folder go": a thing or a place picked.
const WHAT_GOES_IN = /^(?:(?:so|ok|okay|and) )?(?:(?:what|which \w+) (?:should|do|would|could|can|shall) (?:i|we|you|one|people|ppl|folks|most people) (?:use|pick|reach for|go with|put)|where (?:should|do|does|would|can) )\b/;
// "best orm for", "which auth library to use with", "a good template engine for": a package picked for what follows.
const PACKAGE_PICKED_FOR = /^(?:(?:what s|whats|what is|what are) )?(?:the )?(?:best|good|recommended|which|what|a good|any good|nicest|go to)(?: \w+){1,3} (?:for|with|in|to use with|to use in)(?: (?:a|an|my|our|the))?$/;
/** "vs" or "or" right between two names: "django vs rails", "laravel or django". */
const VERSUS_OR: ReadonlySet<string> = new Set(['vs', 'versus', 'v', ...OR_WORDS]);
const REPLACE_WITH = /\breplac(?:e|ing) (?:\w+ ){1,3}(?:with|by)\b/;
// "moving a tornado service to aiohttp", "porting our flask app onto quart": a move with the names between its words.
// "has anyone moved a flask api to litestar?": done already, too. "Moving our print-shop order API
// from Flask to FastAPI": the names follow "from", however long the thing moved is called.
const MOVE_VERB = '(?:mov(?:e|ed|ing)|migrat(?:e|ed|ing)|port(?:ed|ing)?|switch(?:ed|ing)?|rewrit(?:e|ing)|rewrote|convert(?:ed|ing)?)';
// ...or off the one left ("we are moving off Pyramid", "migrating off Tornado").
const MOVE_BETWEEN = new RegExp(`${REPLACE_WITH.source}|\\b${MOVE_VERB} (?:\\w+ ){1,6}(?:to|onto|into)\\b|\\b${MOVE_VERB} off\\b`);
const MOVE_FROM = new RegExp(`\\b${MOVE_VERB} (?:\\w+ ){1,6}from \\w+ (?:to|onto|into)\\b`);
/** A switch, as opposed to a rewrite: "or should we move to Litestar?", "worth moving for". */
const SWITCH_WORDS = new Set(['switch', 'switching', 'move', 'moving', 'migrate', 'migrating', 'go', 'jump', 'change', 'changing']);
/** A simpler fix after the switch: "... or just put a cache in front". */
const FIX_REACH = 12;
const SIMPLER_FIX_AFTER = /^(?:\S+ ){0,5}or (?:(?:should|do|can) (?:i|we) )?(?:just|simply) (\w+)/;
/** Staying on what they have: "keep the pyramid app or switch to flask?", "or just leave it be". */
const STAYING = new Set(['stay', 'keep', 'stick', 'remain', 'staying', 'keeping', 'sticking', 'leave']);
/** An eye on the years ahead: "in 2026", "these days", "still worth it", "would anyone choose cherrypy today?" (not "a reasonable choice today"). */
const LONGEVITY = /\b(?:in 20\d\d|nowadays|these days|(?:pick|choose|use|start)(?: \w+){0,4} today|still (?:relevant|viable|worth|a (?:good|sensible|reasonable) (?:pick|choice|option|idea)|sensible|good))\b/;
/**
 * A product meant to last, which a framework few teams use makes hard to staff and keep up: "a new SaaS",
 * "a brand-new customer product", "we must keep it running for 5+ years", "we need to hire fast".
 */
const LASTING_PRODUCT = /\b(?:(?:brand )?new|greenfield) (?:\w+ ){0,3}(?:saas|product|startup|business|company)\b|\bmaintain(?:ed)? (?:\w+ ){0,2}for (?:\d+\+? |many |several |the next (?:\w+ )?)?years\b|\b(?:hire|hiring)\b/;
const HIGH_STAKES = /\b(?:banks?|banking|fintech|financial|insurance|hospitals?|healthcare|medical|government|compliance|regulated|regulatory|mission critical|life critical|audit(?:ed|ors)?)\b/;
// "Bottle for the club site, or is that too much DIY?" asks whether it leaves too much to build: too little framework.
const TOO_MUCH_WORK = '(?! (?:diy|work|wiring|boilerplate|glue|plumbing|assembly|manual work|hand rolling|to (?:build|wire|assemble|write|glue)))';
/** "Is Django overkill?", "is it going to be too heavy?": a yes/no on whether one option is too much, anywhere in a sentence. */
const TOO_MUCH_ASKED = new RegExp(`\\b(?:is|are|would|will|isnt|isn t)(?: \\w+){1,5} (?:overkill|too (?:heavy|big|much${TOO_MUCH_WORK}|bloated|heavyweight)|heavyweight|bloated)\\b`);
/** What closes "..., is Bottle enough?" after the framework: the yes/no comes last, after the needs. */
const FIT_CLOSING = /^(?:still |really |even |actually )?(?:ok|okay|fine|alright|enough|good enough|sufficient)$/;
/** "Can I use Jinja2 in Django ...?", "In Flask can I write ...?": whether something can be used in one framework. */
const USE_IN_ASKED = /^(?:in \w+ )?(?:can|could) (?:i|we|you|one) (?:still |even |actually )?(?:use|plug in|swap in|run|write)\b/;
/** A clause that opens as a question: "how fast does a peregrine dive", "is a quart bigger than a liter". */
const WH_OPENING = /^(?:how|what|whats|why|when|where|who|which|is|are|does|do|can)\b/;
/** "does X have anything similar", "got something like that?", "has it got an equivalent": the feature named before, pointed back to. */
const SIMILAR_POINTED_BACK = /\b(?:have|has|got|offer|offers|ship|ships|come with|comes with)(?: \w+)? (?:anything|something|an?) (?:similar|like (?:that|it|this)|equivalent|comparable)\b/;
/** Chat's openers before what is asked: "ok so", "wait,", "hmm", and thanks for the answer before ("cool thanks, and ..."). */
const CHAT_OPENERS = /^(?:(?:ok|okay|k|kk|alright|so|wait|hmm|hm|oh|ah|right|and|but|also|btw|hey|yo|hi|thanks|thank you|ty|cheers|cool|great|nice|perfect|got it|gotcha|quick q|quick question|sanity check|just to confirm|to confirm|one more|one last thing|last one) )+/;
/** "any framework that ...", "a framework which ...", "an api framework that ...": one framework asked for by what it must be. */
const ONE_FRAMEWORK_WANTED = /\b(?:an?|any|some) (?:\w+ )?(?:framework|fw) (?:that|thats|which|where|with)\b/;
const OVERKILL_ASKED = new RegExp(`\\b(?:overkill|too (?:heavy|big|much${TOO_MUCH_WORK})|heavyweight|bloated|too much framework)\\b`);
// Words that open a yes/no question after "or": "..., or can django do it natively?".
const OR_ASKS: ReadonlySet<string> = new Set(['can', 'could', 'does', 'do', 'has', 'will']);
// "something else like fast api", "other options like sanic": "like" as "such as", naming an alternative.
// ...and a kind given by example: "Tornado vs newer asyncio frameworks like aiohttp".
const ALTERNATIVE_SUCH_AS = /\b(?:else|other|others|alternatives?|options?|or something|frameworks|ones|libraries|libs) like\b/;
// A framework's strengths or weaknesses, as the word right after its name ("falcon strengths").
const PROS_WORD = /^(?:pros|cons|strengths?|weakness(?:es)?|advantages?|disadvantages?|drawbacks?|downsides?|upsides?|benefits?|limitations?|pitfalls?|gotchas?|caveats?|tradeoffs?)$/;
// "which framework ...", "so which one ...": a pick asked for.
const WHICH_FRAMEWORK = /^(?:\w+ )?which (?:python |web |python web )?(?:framework|frameworks|fw|one)\b/;
// "pick between X and Y", "we're torn between X and Y": two options set against each other.
const CHOOSING_BETWEEN = /\b(?:choos(?:e|ing)|pick(?:ing)?|decid(?:e|ing)|torn|split|stuck) between\b/;
// "what is", "what's an", "what exactly are" opening the question, right before the thing named.
const WHAT_IS_BEFORE = /^(?:what (?:exactly |even |actually )?(?:is|are|s)|whats)(?: an?| the)?$/;
// "... or is it API only?", "... or just for APIs": the other reading offered after "or".
const OR_INSTEAD: ReadonlySet<string> = new Set(['is', 'just', 'only', 'purely', 'strictly']);
// "litestar any good?": a judgement asked in a word, which alone lists no pros and cons.
const ANY_GOOD = /\b(?:any good|(?:is it )?good)\b/g;
// "run an existing WSGI app inside it", "mount our old asgi app": an app of that interface as the guest.
const GUEST_APP = /\b(?:run|running|runs|serve|serving|serves|host|hosting|hosts|mount|mounting|mounts|embed|embedding|wrap|wrapping)(?: (?:a|an|the|our|my|existing|old|legacy|plain))* (?:wsgi|asgi) (?:apps?|applications?)\b/;
// "is it actually async or just sync_to_async under the hood?": what a feature really does inside.
// ...or whether it is real: "flask async views - actually async or kinda fake?".
const HOW_IT_REALLY_WORKS = /\bunder the hood\b|\bactually \w+ or (?:just|merely|only|simply)\b|\bactually \w+ or (?:\w+ ){0,2}fake\b/;
// "does django support ...", "can I use ...", "can starlette do ...": support asked for first, in so many words.
const SUPPORT_ASKED_FIRST = /^(?:(?:does|do) \w+(?: \w+)? (?:support|have|ship|offer|do)|(?:can|could) (?:i|we|you) use|(?:can|could) \w+ (?:do|handle|run))\b/;
// "..., or is it still sync under the hood?": the inside offered only as the other answer.
// A feature asked of a framework, then what to do if it has none: "can X do Y, or would we have to install more", "does X
// ship Y, or what do folks add". ("...or should we use something else?" weighs the framework itself: a fit.)
const FEATURE_THEN_ELSE = /^(?:(?:so|ok|hey|quick q) )?(?:does|do|can|could|will) \w+(?: \w+)? (?:do|have|has|support|ship|include|offer|come with)\b.* or (?:(?:do|would|will|must) (?:i|we|you) (?:need|have to|install|add|bolt on)|(?:what|which) (?:do|does|should|would) (?:people|folks|ppl|i|we|you|everyone|most people) (?:use|pick|reach for|add))\b/;
const OR_STILL_INSIDE = /\bor is it (?:still |just |really )?\w+(?: only)? under the hood\b/;
// "stuck on py3.9" (normalised to "python 3 9"), "only python 3.8": the Python they run.
const PYTHON_VERSION = /\bpython [23](?: \d+)?\b/;
// "the latest flask", "the newest django release": a release named by its age.
const RELEASE_NAMED = /\b(?:latest|newest|current|recent) (?:\w+ )?(?:version|release|\w+)\b/;
// "thinking of trying it for the billing svc", "considering it for our intranet": a use they have in mind.
const CONSIDERED_FOR = /\b(?:thinking of|thinking about|considering|planning on|planning to|plan to|want to|going to|about to)(?: \w+){0,2} (?:it|them|this) for\b|\b(?:thinking of|considering|planning on) (?:using|trying|picking|adopting) (?:\w+ )?for\b/;
// "do we need celery", "or are BackgroundTasks enough": whether something is needed at all.
const NEEDED_ASKED = /\b(?:do|does) (?:i|we|you|one) (?:really |still |even |actually )?need\b|\b(?:is|are) (?:\w+ ){1,3}enough\b/;
// "is there a saner option", "anything simpler out there", "any better alternative": another option than the one named.
const OTHER_OPTION_ASKED =
  /\b(?:(?:is there|are there|any)(?: (?:a|an|any|some))?(?: \w+)?? (?:saner|nicer|better|simpler|easier|lighter|cleaner|friendlier|less painful|more modern|sane|lighter weight|more lightweight) (?:\w+ )?(?:option|options|alternative|alternatives|choice|choices|framework|frameworks|fw|thing|tool)|(?:anything|something) (?:saner|nicer|better|simpler|easier|lighter|cleaner|friendlier|less painful|more modern))\b/;
/** Both running at once during a move: "side by side", "one process for both", "mount the old app inside". */
const COEXIST = /\b(?:side by side|in parallel|same (?:process|project|app|codebase|repo|server|django project)|at the same time|alongside|coexist|co exist|live together|both (?:run|live|running)|run both|mount|mounted|mounting|inside (?:it|fastapi|the new)|one (?:endpoint|route|view|handler) at a time|piece by piece|gradually|incrementally)\b/;
const SIDE_BY_SIDE: ReadonlySet<string> = new Set(['vs', 'versus', 'or', 'compared', 'against']);
// "django signals explained", "asgi eli5": a title asking for an explanation.
// ...also as a title before the question it opens: "FastAPI DI explained - what does Depends actually do?".
const EXPLAINED = /(?:^| )(?:explained|eli5)(?: (?:simply|briefly|please|pls|for beginners|like i m five))?(?:$| (?=(?:what|how|why)\b))/;
// What a source does with a claim: "some blog said", "a blog post says".
// A message at least this long is more than a greeting and a "what can you do" (ten characters of Japanese, six words of Spanish).
const LONGER_THAN_HELP = 6;
/** The share of words no question of ours uses above which a question in another language is about something else. */
const ELSEWHERE_IN_OTHER_LANGUAGE = 0.4;
/** A count right before a plural ("two flasks", "3 bottles"): things counted, never a framework. */
const COUNTED = /^(?:\d+|two|three|four|five|six|ten|dozen|many|several|few|some|more|these|those)$/;
/** "who has the pager tonight?": a question opening with who... */
const WHO_ASKED = /^(?:(?:so|ok|hey|yo|and) )?(?:who s|whos|who is|who)\b/;
/** ...unless it is asked of the bot: "who are you", "who made this", "who can help me pick". */
const ABOUT_THE_BOT = /\b(?:you|u|your|ur|whichpy|bot|help|made|built|created|wrote|behind|maintains|runs this)\b/;
/** "..., or has flask got something built in now?": whether the framework has it, asked after the package usually used. */
const BUILT_IN_INSTEAD = /\bor (?:is there|is|has \w+ got|does \w+ have) (?:now )?(?:something|anything|one|a way)? ?(?:\w+ )?(?:built in|builtin|built into|native|in core|out of the box)\b/;
/** The bot named: a message about it is a call for help, in any language. */
// "are forms part of pyramid itself, or an extra install?": where a feature lives is whether it is built in.
const PART_OR_SEPARATE = /\bpart of (?:\w+ ){1,2}(?:itself|core|proper)\b|\bor (?:is it |is that |an? )?(?:separate|extra|additional|third party|external) (?:package|install|library|lib|plugin|extension|addon|add on|download|dependency)\b/;

const BOT_WORDS = /\b(?:bot|whichpy)\b/;
// "to" between where a move starts and where it ends, in the languages people ask in ("de X para Y", "X на Y").
const MOVE_TO_WORDS: ReadonlySet<string> = new Set(['to', 'into', 'onto', 'para', 'nach', 'на', 'vers', 'naar', 'till', 'til', 'do', 'ke', 'sang', 'dan', 'a']);
// "...or is everybody on pydantic these days", "or has the community moved to sqlmodel": the other one, where the crowd went.
const EVERYONE_ON_OTHER = /\bor (?:is|has|have|are|did) (?:everyone|everybody|most people|people|the community|the world)(?: (?:just|already|now|basically))? (?:on|using|moved (?:on )?to|switched to|gone to|going to|moving to|migrated to)\b/;
const VS_BETWEEN = /\b(?:vs|versus)\b/;
const REPLACED = /\breplac\w*\b/;
/** Two packages of one kind with a "to" between them: a move from the first to the second ("a DRF API to Ninja"). */
const MOVE_SPAN = 3;
function movedBetweenPackages(words: string[], matches: EntityMatch[], kindOf: ReadonlyMap<string, string>): boolean {
  const packages = matches.filter((m) => m.kind === 'concept');
  return packages.some((a, i) => packages.slice(i + 1).some((b) => b.id !== a.id && kindOf.get(b.id) === kindOf.get(a.id) && b.start - a.end <= MOVE_SPAN && words.slice(a.end, b.start).some((w) => MOVE_TO_WORDS.has(w))));
}
const CLAIM_PHRASE = /^(?:keeps? (?:saying|telling|calling|mentioning|recommending)|calls? (?:it|them|this|that|these)|talks? about)$/;
const CLAIM_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'claimed', 'wrote', 'writes', 'argues', 'argued', 'suggests', 'suggested', 'recommends', 'recommended', 'told', 'say', 'state', 'states', 'mention', 'mentions', 'describe', 'describes', 'recommend', 'insist', 'insists']);
// "the docs show a bearer-token class", "the guide shows a tiny echo handler": what written help shows is what it says
// (not "our benchmark run shows no difference": the run is the asker's own).
const SHOW_VERBS: ReadonlySet<string> = new Set(['show', 'shows', 'showed']);
// "nên học framework nào sau Flask" (Vietnamese: which framework to learn after Flask).
const LEARN_NEXT = /\b(?:learn|pick up|study|try|look at|move on to) (?:next|after)\b|\b(?:học|hoc)(?: [^ ]+){0,2} sau\b|\bnext (?:framework|thing to learn)\b|\bround out my skills\b/;
/** A job as the reason to learn: "job ads", "on a CV", "backend roles", "to get hired". */
const JOB_GOAL = /\b(?:jobs?|job ads?|cv|resume|employable|hired|hiring|career|roles|employers)\b/;

const FEATURES_BEYOND_SMALL = 3;
// Requests a second any framework answers on one small server ("~20 rps", "50 req/s").
const FEW_REQUESTS = 100;
// "migrate from Flask to Quart for async": how far after the move its reason may come, in words.
const MOVE_REACH = 6;
// "SQLModel vs plain SQLAlchemy", "drf or ninja": the words between two packages weighed against each other.
const BETWEEN_WEIGHED: ReadonlySet<string> = new Set(['vs', 'versus', 'or', 'plain', 'just', 'raw', 'vanilla', 'against']);
const SERVER_KINDS: ReadonlySet<string> = new Set(['server', 'server_interface']);
/** How far a load's own phrase may run past the count the scale reads ("100 requests" of "100 requests a day"). */
const LOAD_PHRASE_REACH = 3;
// What matters most to the askers, said right before the need ("we care about latency" alone is one need among others).
const FOREMOST_BEFORE = /\b(?:(?:care|cares|caring) (?:most|mostly|mainly|primarily|most of all) about|(?:main|biggest|top|primary|first) (?:concern|priority|requirement|criterion) (?:is|would be)|most important(?: thing)?(?: for us| to us)? is|what matters most(?: to us| for us)? is)(?: the| an?| our| good| proper)?$/;
// Words that state a need outright: "need async", "must have an admin", "requires websockets".
const DEMANDED_BEFORE = /\b(?:need|needs|require|requires|required|must have|must support|have to have)(?: an?| the| real| proper| good| solid)?$/;
// ...or say someone else wants a feature: "our partners want a websocket feed".
const WANTED_BY_SOMEONE = /\b(?:wants|insists on|asks for|asked for|asking for)(?: an?| the| proper| good)?$/;

/** The words and matches with one match's words left out, as if it had not been written. */
function withoutSpan(words: string[], matches: EntityMatch[], cut: EntityMatch): { words: string[]; matches: EntityMatch[] } {
  const length = cut.end - cut.start;
  const shift = (m: EntityMatch) => (m.start >= cut.end ? { ...m, start: m.start - length, end: m.end - length } : m);
  return { words: [...words.slice(0, cut.start), ...words.slice(cut.end)], matches: matches.filter((m) => m.end <= cut.start || m.start >= cut.end).map(shift) };
}

/**
 * Words used in at least two examples are "known"; a question made mostly of other words reads as
 * gibberish. Counting per example (not per word) lets the classifier see that feature fire on the
 * gibberish examples too, and learn what it means.
 */
function knownWords(knowledge: Knowledge): Set<string> {
  const usedIn = new Map<string, number>();
  for (const { words } of labelledExamples(knowledge)) for (const w of new Set(words.map(stem))) usedIn.set(w, (usedIn.get(w) ?? 0) + 1);
  return new Set([...usedIn].filter(([, n]) => n >= 2).map(([w]) => w));
}

// Bumped whenever the features, the words they are read from (normalize.ts) or the scope reading
// behind them (read-scope.ts) change, so weights learned from other features are never used.
const FEATURES_VERSION = 'features-20';

/** Identifies what a trained model was learned from: the examples, vocabulary and knowledge names. */
export function nluFingerprint(knowledge: Knowledge): string {
  return `${FEATURES_VERSION}:${knowledge.version}`;
}

/** Trains the intent classifier for this knowledge, as data a build can ship with it. */
export function trainNlu(knowledge: Knowledge): TrainedNlu {
  const understander = createUnderstander({ ...knowledge, nlu: { ...knowledge.nlu, trained: undefined } }, createEntityIndex(knowledge));
  return { fingerprint: nluFingerprint(knowledge), model: understander.model(), known: [...knownWords(knowledge)], familiar: [...familiarWords(knowledge)] };
}


type Span = { start: number; end: number };

/**
 * The one framework the first sentence that asks names, when the question names others only in
 * sentences that ask nothing ("Someone suggested Django but that feels huge. Is Bottle fine for
 * this?"); undefined when one sentence asks, or the asking sentence names none or two, or another
 * asking sentence names a framework too ("...would you pick Litestar or FastAPI?").
 */
function soleFrameworkAsked(asked: Span[] | null, sentences: Span[], matches: EntityMatch[]): { id: string; asking: Span } | undefined {
  const asking = asked?.[0];
  if (!asking || sentences.length < 2) return undefined;
  const frameworkMatches = matches.filter((m) => m.kind === 'framework');
  const inside = unique(frameworkMatches.filter((m) => m.start >= asking.start && m.end <= asking.end).map((m) => m.id));
  if (inside.length !== 1) return undefined;
  const others = frameworkMatches.filter((m) => m.id !== inside[0]);
  return others.length > 0 && !others.some((m) => asked!.some((a) => m.start >= a.start && m.end <= a.end)) ? { id: inside[0]!, asking } : undefined;
}

/**
 * The framework a yes/no fit question asks about in a sentence of its own, the others named only
 * around it. The name is inside the yes/no words ("is bottle fine"; in another language, among the
 * sentence's first words), so "Is it mature enough, or should we stay with FastAPI?" asks about "it".
 */
function fitSubjectOf(words: string[], asked: Span[] | null, sentences: Span[], matches: EntityMatch[], roles: Record<string, FrameworkRole>, forms: QuestionForms): string | undefined {
  const sole = soleFrameworkAsked(asked, sentences, matches);
  if (!sole || roles[sole.id] !== 'candidate') return undefined;
  const { asking } = sole;
  const text = words.slice(asking.start, asking.end).join(' ');
  // ("Should we pick Sanic for the relay? ... its docs are thin next to Starlette's.": "should we pick" opens it too.)
  const fit = FIT_ASKED.exec(text);
  const opening = fit ? null : SHOULD_USE_OPENING.exec(text);
  if (!fit && !opening && !forms.fitAskedElsewhere(text)) return undefined;
  // (After "should we pick" the name comes next: "should we pick Sanic for ...".)
  const [from, to] = fit ? [asking.start + wordIndexAt(text, fit.index), asking.start + wordIndexAt(text, fit.index + fit[0].length)] : opening ? [asking.start, asking.start + opening[0].split(' ').length] : [asking.start, asking.start + FIT_NAME_WITHIN];
  return matches.some((m) => m.kind === 'framework' && m.id === sole.id && m.start >= from && m.start <= to) ? sole.id : undefined;
}

/** "What do people actually like about Falcon? It seems pretty niche next to FastAPI.": pros and cons asked of the one framework the asking sentence names. */
function prosSubjectOf(words: string[], asked: Span[] | null, sentences: Span[], matches: EntityMatch[]): string | undefined {
  const sole = soleFrameworkAsked(asked, sentences, matches);
  return sole && detectCues(words.slice(sole.asking.start, sole.asking.end).join(' ')).has('prosCons') ? sole.id : undefined;
}

/** "Is Django a good choice for microservices?": the need named right after "for" (or "for a"). */
function fitObjectOf(words: string[], wanted: EntityMatch[], forms: QuestionForms): TopicId | null {
  const after = (m: EntityMatch) => forms.forWord(words[m.start - 1] ?? '') || (ARTICLES.has(words[m.start - 1] ?? '') && forms.forWord(words[m.start - 2] ?? ''));
  return (wanted.find((m) => !m.weak && after(m))?.id as TopicId | undefined) ?? null;
}
const IT_ASKED = /\b(?:is|would|will|could) it (?:still |really )?(?:be )?(?:a |an )?(?:good|great|decent|solid|sensible|sane|reasonable|safe|right|bad|poor|ok|okay|fine)\b/;
const ARTICLES = new Set(['a', 'an', 'the', 'our', 'my']);
// Words that ask for a pick or a choice, however vague: "which is best?", "help me choose", "what should we use".
const PICK_ASKED = /\b(?:which|what|whats|best|better|recommend\w*|recs?|suggest\w*|choose|choosing|pick|picking|decide|should|use|using|stack|options?|advice|help|ideas?|thoughts?|start|learn|go to)\b/;
// How far a package set aside sets back a framework built on it: about a whole rating point.
const UNWANTED_PACKAGE = 1;
// "ASGI frameworks", "async ones": an idea naming a kind of framework.
const KIND_OF_FRAMEWORK_AFTER = new Set(['frameworks', 'ones', 'stacks', 'alternatives']);
// "fastapi project layout when u have like 30 routers?", "django: many small apps or one big app?", "how
// should we structure a big flask app?": how to lay out a codebase in one framework.
const LAYOUT_ASKED = /\b(?:project|folder|directory|file|code|codebase|app|repo) (?:structure|layout|organi[sz]ation)\b|\bhow (?:should|do|would|to|can|best to) (?:i |we |you |one )?(?:best )?(?:structure|organi[sz]e|lay out|split up)\b|\b(?:one|a single) (?:big )?app or (?:split|several|many|multiple)\b|\b(?:many|several|multiple) (?:small )?apps or (?:one|a single)\b/;
// "does FastAPI have a standard project structure?", "does flask enforce a layout?": whether it has one is checked.
const LAYOUT_PROVIDED = /^(?:does|do|did|is there|are there)\b|\b(?:has|have|ships?|comes? with|provides?|enforces?|imposes?|gives?) (?:a |an |any |its own |some )?(?:\w+ )?(?:\w+ )?(?:structure|layout)\b|\b(?:built in|out of the box|opinionated)\b/;
// "what's the point of X": what X is for.
const POINT_OF = /^(?:(?:so|ok|okay|honestly|genuinely) )?(?:what s|whats|what is) the point of/;
// "Why is everyone switching to FastAPI?", "why is everyone moving off flask", "Why is FastAPI so popular?",
// "why do people on r/Python keep dunking on Tornado?": what draws people to one framework or drives them off is its pros and cons.
const WHY_TREND = /^why (?:is|are|do|does) (?:everyone|everybody|people|so many(?: people| devs| teams)?|devs|folks|teams|the community)(?: \w+){0,4} (?:switching|moving|migrating|leaving|dropping|ditching|dunking|hating|hate|loving|love|picking|choosing|flocking)\b|^why is \w+ so (?:popular|loved|hyped|hated|liked|disliked)\b/;
// The question opens on whether something is needed: "do we still need celery w django ...", "fastapi
// BackgroundTasks enough for emails or do i need celery"; "does flask come with an orm or do i need
// sqlalchemy?" opens on support, and "do we need to leave flask?" on a move.
const NEED_FIRST = /^(?:(?:so|ok|okay|hmm|honestly) )?(?:do|does) (?:i|we|you|one) (?:really |still |even |actually )?need (?!to\b)|^(?:\w+ ){1,3}(?:enough|ok|okay|fine|good enough)\b(?: \w+){0,6} or (?:do|does) (?:i|we|you|one) (?:really |still |even |actually )?need\b/;
// "which orm do ppl use w fastapi", "Is Celery still the standard for background jobs with Django?", "SQLAlchemy
// with FastAPI: best practice for async sessions?": how people usually do a job in one framework.
const USUAL_PRACTICE = /\b(?:what|which)(?: \w+){0,3} (?:do|does) (?:ppl|people|folks|everyone|most people|most teams|teams|you guys|y all) (?:use|pick|reach for|go with)\b|\bhow (?:do|would) (?:ppl|people|folks|others|most people|most teams|teams|you guys|y all|you all)(?: usually| normally| typically| actually)? (?:do|handle|deal with|approach|solve|manage|structure|set up)\b|\bstill the (?:standard|default|way to go|go to)\b|\bbest practices?\b|\brecommended (?:approach|way|pattern|setup)\b/;
// "Is aiohttp just an HTTP client, or can you build web apps with it?", "is aiohttp a web framework or an
// HTTP client?": what kind of thing one name is, asked, is described; "can aiohttp serve websockets or is it
// just an http client" names a feature, and checks it.
const WHAT_KIND_ASKED = /\b(?:is|s) (?!there\b)(?:it|\w+) (?:just |only |really |actually |even |also )?(?:a|an) (?:(?:web|http|python|full stack|micro|async|wsgi|asgi|real) )*(?:framework|library|lib|client|toolkit|server)\b/;
const SHIPS_SAID = /\b(?:ship|ships|have|has|come with|comes with|built in|builtin|out of the box)\b/;
// What kind of API it is: documented from its types, validated from them.
const API_KINDS: TopicId[] = ['openapi', 'validation'];
const SIZED_WITH = /^(?:\w+ )?(?:with|where (?:we|i|you) (?:need|want|have)|that needs?|needing)\b/;
// "best way to deploy a django app?": the best way to do something, asked of the one framework named.
const BEST_WAY_START = /^(?:(?:what is|whats|what s) )?(?:the )?(?:best|fastest|quickest|easiest|simplest|cleanest|safest) way to\b/;
// "is flask multithreaded?", "is django thread safe?": how it runs requests is explained, not a feature it ships or lacks.
const HOW_IT_RUNS = /\b(?:single threaded|multithreaded|multi threaded|thread safe|threadsafe)\b/;
/** Whether a thing to do is fine: "is it ok to simply run that behind caddy?", "would it be ok to skip the worker?". */
const PRACTICE_JUDGED = /\b(?:is|would|will) it (?:\w+ )?(?:ok|okay|fine|alright|safe|bad|wise|a bad idea|a good idea) to\b/;
// "aiohttp's built-in server good enough", "tornado's own server ok": the framework's own server judged for use.
const OWN_SERVER_JUDGED = /\b(?:built in|builtin|own|bundled|included|dev|development) (?:web )?server (?:\w+ ){0,2}(?:ok|okay|fine|good enough|enough|ready|safe|production ready)\b/;
// "a Flask app", "our Flask codebase", "a Django shop like ours": the team's framework as the code it has.
const OWN_CODE_AFTER = new Set(['app', 'apps', 'application', 'codebase', 'code', 'monolith', 'shop', 'project', 'projects', 'service', 'services', 'backend', 'stack']);
// "now we need async", "we'd like websockets", "it must have an admin": a sentence that wants something.
const NEED_SAID = /\b(?:need|needs|needed|want|wants|wanted|require|requires|required|must|should|add|adding|looking for|like to|plan|planning|missing|lacks?|lacking|without)\b/;
// Software picked for new work: "for a new project", "for the next service", "considering it for".
const NEW_WORK = /\b(?:new|next|fresh|greenfield) (?:project|projects|service|services|svc|app|api|backend|product|codebase)\b|\bconsidering (?:it|this|them) for\b/;
// "what is falcon actually good at", "what's it good at": its strengths asked for.
const STRENGTHS_ASKED = /\bwhat(?: \w+){0,4} good at\b/;
// "then what should we run it on in prod?", "what do people run it with for production": what runs the app there.
const PRODUCTION_RUNNER_ASKED = /\bwhat (?:do|should|can|would) (?:i|we|you|people) (?:use|run(?: it)?(?: with| on)?)\b(?: \w+){0,3} (?:in|for|on) (?:prod|production)\b/;
// "something like bottle but with an ORM", "anything similar to falcon with websockets": another one, like the one named, is wanted.
const SOMETHING_LIKE = /\b(?:something|smth|sth|anything|a framework|an alternative) (?:like|similar to)\b/;
// "need a framework with X", "we really want proper DI", "looking for one with websockets": a need the asker has.
// ("we'd like a list for our wiki", "I want to read up on each" ask for the list: a thing to do is no feature wanted.)
const NEED_OWN = /(?:^(?:need|want|looking for)|\b(?:i|we) (?:really |just |still )?(?:need|want)|\b(?:i m|im|we re|were) looking for)\b(?! (?:to|a list|an overview|the list)\b)/;
// "or should I use something else", "or do we need something else": another option, unnamed, if this one will not do.
const ELSE_IF_NOT = /\bor (?:should|do|would|will|must) (?:i|we|you) (?:\w+ )?(?:use|pick|go with|look at|need|switch to|reach for) (?:something|anything) else\b|\bor (?:is there )?something else\b/;
// "no idea whether that's Bottle or something else": which thing something is, not a fallback if the answer is no.
const WHICH_IT_IS = /\b(?:its|it s|it is|is it|thats|that s|that is|is that|this is|is this)(?: \w+){1,3} or something else\b/g;
// "Does Pyramid handle websockets, or would we need socketio or something else?": what they would
// need to add, named, is a package beside the framework, not another framework; the fallback is read
// before it. ("fine for 300 people at once, or is something else needed" names nothing to add: another option.)
const NEED_ADDED = /\bor (?:do|would|will|must|should) (?:i|we|you) (?:really |still |also )?(?:need|have to (?:install|add)) (?!(?:something|anything)\b)\w.*$/;
// What others use or would pick: "what's everyone using for", "what do you guys use for", "what would you reach for".
const IN_USE_ASKED = /\b(?:what|whats|which)(?: \w+){0,3} (?:using|use|run|running|reach for|go with|going with|pick|picking)\b/;
// A version right after a framework's name ("flask 3 2"), or asked for after "when is" ("when is 1 0").
const VERSION_NUMBER = /^\d{1,2}$/;
// Two dotted versions side by side, "or", "vs" or an arrow between ("5 2 or 6 0", "6 5 6 6"): a choice or a move between releases.
// Four bare numbers count only right after the framework's name: "--host 0.0.0.0" is an address.
// ("5.2 LTS or 6.1": a release line's label may follow the first version.)
// ...and "flask 3.1 now, or hold out for 4?": the release waited for may be named by its major number alone.
const VERSION_PAIR = /(?<!\d)(?:^| )\d{1,2} \d{1,2} (?:lts |stable |beta )?(?:(?:or|vs|versus|to|and) (?:the )?(?:[a-z]+ )?\d{1,2} \d{1,2}(?! \d)(?= |$)|(?:now |today )?or (?:should we |should i )?wait(?:ing)? for (?:the )?(?:[a-z]+ )?\d{1,2}(?: \d{1,2})?$)/;
const versionsAfterName = (words: string[], m: EntityMatch) => [0, 1, 2, 3].every((i) => VERSION_NUMBER.test(words[m.end + i] ?? '')) && !/^\d/.test(words[m.end + 4] ?? '');
const VERSION_WHEN = /\bwhen (?:is|will|does|s) (?:\w+ )?\d{1,2}(?: \d{1,2})?\b/;
// "gunicorn w/ uvicorn workers": the words that join two packages run together as one setup.
const RUN_WITH_WORDS: ReadonlySet<string> = new Set(['with', 'plus', 'using', 'running']);
// "options for bg jobs in django": the words that put a need inside one framework.
const SETTING_WORDS: ReadonlySet<string> = new Set(['in', 'for', 'with', 'inside', 'within']);
// "anything similar but w better docs?", "something like pyramid but with better docs": an alternative better at one thing.
const SIMILAR_BUT_BETTER = /\b(?:anything|something|any|some|another|other|an?)(?: \w+)? (?:similar|like(?: \w+)?|else|alternative)(?: but)? (?:with|w) (?:better|more|less|fewer|nicer|proper)\b/;
// "falcon strengths vs weaknesses": one framework's good and bad sides set side by side.
const PROS_VS_CONS = /\b(?:pros|strengths?|upsides?|advantages?|positives?|good (?:parts|points|sides?)|good) (?:vs|versus) (?:cons|weakness(?:es)?|downsides?|disadvantages?|negatives?|bad (?:parts|points|sides?)|bad)\b/;
// "we're still on flask 1.1", "stuck on django 2.2": a version the app stays on is a question of its upkeep.
const STILL_ON = /\b(?:still|stuck|pinned)(?: (?:on|at|to|running|using|with))?$/;
// "when is it out", "... when?": when asked, not "when I call db.session".
const WHEN_ASKED = /\bwhen (?:is|will|does|do|s|can|are)\b|\bwhen$|\b(?:eta|release date|coming out|come out|plans? for|roadmap|upcoming|planned|going to break|will break|breaking changes)\b/;
// Users or requests a second below this are a handful: "5 users", "20 rps", "300 members".
const TINY_LOAD = 1000;
// The endpoints or API something is for: "json routes for the staff tool", "an api used by our admins".
const ENDPOINTS_FOR = /\b(?:endpoints?|apis?|routes?) (?:for|used by)(?: (?:the|our|an?|its))?$/;
// "does quart have it", "can bottle do that": the one framework asked whether it has the thing pointed back at.
const HAS_IT = /\b(?:does|do|can|will) \w+ (?:really |even |actually |also )?(?:have|come with|ship|ship with|include|support|provide|offer|do|bundle|handle) (?:it|that|them)\b/;
// Where an example sits: "the example in the docs", "a snippet from the tutorial".
const DOCS_WORDS: ReadonlySet<string> = new Set(['docs', 'documentation', 'tutorial', 'guide', 'manual']);
const EXAMPLE_IN = /\b(?:example|examples|snippet|snippets|sample|samples|code sample|section|recipe) (?:in|from|on) (?:the|their|its)$/;
// Deploying named as what is done, not a server it could ship with ("bottle built in server?").
const DEPLOY_WORD = /\b(?:deploy|deploying|deployment|deployed|deploys)\b/;
// The words of strong and weak points themselves ("drawbacks", "what's good about sanic"), not "worth it" or "why use".
const STRONG_AND_WEAK = /\b(?:pros|cons|advantages?|disadvantages?|drawbacks?|downsides?|upsides?|strengths?|weakness(?:es)?|(?:good|bad) about)\b/;
// "name a few frameworks ...", "list some python web frameworks ...": asking for names is asking for the list.
// "could somebody list the typed python api frameworks?", "give me an overview of the python frameworks".
// "is there a list of well kept typed python frameworks?": a list that exists is the list too.
// (Tested on each clause: "quick one for a junior: could anyone name the big ones?")
const NAME_SOME = /^(?:(?:can|could) (?:you|someone|anyone|somebody) (?:please )?)?(?:(?:name|list)(?: me)?|give (?:me )?an? (?:rundown|list|overview) of|(?:is there|do you have|have you got) an? (?:list|overview|rundown) of)(?: a few| some| a couple(?: of)?| several| other| more| the| all the)? (?:[\w-]+ ){0,5}frameworks\b/;
// "what python frameworks are out there?", "which typed api frameworks are available right now": which ones
// exist, asked of frameworks in the plural, is the list.
const FRAMEWORKS_THAT_EXIST = /\b(?:what|which) (?:other )?(?:[\w-]+ ){0,4}frameworks (?:(?:are|is) (?:\w+ ){0,2}(?:out there|there|around|alive|available|in use)|(?:still )?exist)\b/;
// "our school only taught us bottle and cherrypy. what other frameworks are around?": "other" sets aside the names said.
const OTHER_FRAMEWORKS = /\b(?:what|which) other (?:[\w-]+ ){0,4}frameworks\b/;
// "frameworks beyond django and pyramid for my talk: which others should i include?": the rest, once the names said are set aside.
const WHICH_OTHERS = /\b(?:which|what) others\b|\bwhat else (?:is there|exists|is out there|should i (?:cover|include|mention|look at))\b/;
// "Finns det ett Python-ramverk med inbyggd adminpanel?": one framework asked for by a need is a pick,
// where "Quali framework conosci per le API asincrone?" (the word is its own plural there) asks for the list.
const ONE_FRAMEWORK = /\b(?:a|an|one|ett|en|ein|eine|einen|un|una|um|uma|une|jeden|jedno|jakiś|bir)\b (?:\S+ ){0,2}?\S*(?:framework|ramverk|rammeverk|kehys)\S*/;

// "~25k idle connections", "10k open connections per box": sockets held open, counted.
const CONNECTIONS_COUNTED = /\bconnections?\b/;
// "gunicorn (4 workers)": the word a server's processes are counted in.
const WORKERS: ReadonlySet<string> = new Set(['worker', 'workers']);
// "TypeError", "RuntimeError", "SynchronousOnlyOperation" pasted from a traceback: an exception's name.
const ERROR_NAMED = /\b\w+(?:error|exception)\b|\bsynchronousonlyoperation\b|\btraceback\b/;
// "what does it mean?", "what am I missing?", "how can this be fixed?": the error explained.
const ERROR_EXPLAINED = /\b(?:what (?:does|do) (?:it|this|that|these|this error) mean|what am i missing|what did i miss|what s wrong|whats wrong|what is wrong|how (?:do i|do we|can i|to) fix|why (?:does|do|is|am) (?:it|this|that|i))\b/;
// "returns 422 Unprocessable Entity", "keeps throwing WORKER TIMEOUT", "getting a 500 on every POST": a failure seen.
const PROBLEM_REPORTED = /\b(?:returns?|returning|getting|gets|got|throws?|throwing|raises?|raising|keeps? (?:returning|giving|throwing|raising|complaining|failing|crashing)|fails? with|failing with|crashes? with|dies with)\b(?: \w+){0,4} (?:[45]\d\d|error|errors|exception|traceback|unprocessable)\b/;

// "works with gunicorn or uvicorn", "behind nginx or caddy": packages the framework is used with, not a choice between them.
const USED_WITH = new Set(['with', 'behind', 'under', 'on', 'in', 'via', 'through', 'using', 'need', 'needs', 'require', 'requires']);
// "now that it runs on ASGI", "since we moved to ASGI": what is given as the reason for a question.
const REASON_BEFORE = /\b(?:now that|since|because|given that|seeing that)(?: \w+){0,4}$/;
const REASON_REACH = 6;
// "could bottle take a websocket-heavy quiz app?": an app heavy on something is a load to carry, not a feature to have.
const USE_HEAVY = /\b(?!(?:too|very|so|really|quite|pretty)\b)\w+ heavy (?:\w+ ){0,2}(?:app|apps|application|service|services|site|backend|platform|system|api|workload)\b/;
// "is gunicorn still needed", "is uvicorn even required here": a server asked about as a necessity.
const SERVER_NEEDED = /^(?:is|are) \w+(?: \w+)? (?:still |even |really |actually )?(?:needed|necessary|required)\b/;
// "which django version", "what version of flask": a release of the one framework asked for.
const WHICH_WORDS: ReadonlySet<string> = new Set(['which', 'what']);
const VERSION_WORDS: ReadonlySet<string> = new Set(['version', 'versions', 'release', 'releases']);
// "SQLModel or plain SQLAlchemy": words that say the second option is the thing without additions.
const PLAIN_WORDS = new Set(['plain', 'raw', 'vanilla', 'bare', 'pure', 'just', 'classic', 'regular', 'standard']);

// "why would anyone still pick", "why should i not use", "y not": why one framework, named right after,
// is or is not worth picking.
// "is there a reason not to adopt", "good reasons NOT to pick": reasons asked against an option.
const REASON_AGAINST = /\b(?:any|a|good|real|some)(?: (?:good|real|solid))? reasons? (?:not to|to not|against) (?:use|using|pick|picking|choose|choosing|go with|going with|adopt|adopting)$/;
const REASON_WORD = /\breasons?\b/;
// nothing, "for a fresh service", "for prod apps today": no job beyond starting or running one.
const ANY_NEW_JOB = /^(?:for (?:a |an |our |my |the )?(?:(?:new|brand new|greenfield|fresh|production|prod|real|serious) )+(?:project|projects|api|apis|app|apps|service|services|backend|rest api|json api)(?: (?:project|work))?)?(?: (?:in 20\d\d|today|nowadays|these days|rn|right now|now|anymore))?$/;
const WHY_PICKED = /\b(?:why (?:would|should|do|does|did|will) (?:anyone|anybody|people|someone|one|i|we|you|teams?|companies)(?: (?:still|even|ever|actually|really|not))* (?:pick|choose|use|go with|prefer|want|start with|bet on)|(?:why|y) not(?: use| pick| choose| go with)?)\b/;
// "why choose sanic over litestar?": set against another framework named, it is a comparison; so is
// a question about how two relate ("the relationship between X and Y ... why would anyone use X?").
const HOW_TWO_RELATE = /\b(?:differen\w*|between|relationship|related)\b/;
// "why choose sanic over litestar?": set against another framework named, it is a comparison.
const COMPARED_WITH_NAME = /\b(?:over|instead of|rather than|vs|versus|compared (?:to|with))\b/;

// The openers of a yes/no whose subject comes next ("does quart ...", "can bottle ..."), and the words
// that would join a second subject to it ("does flask or quart ...").
const SUBJECT_OPENERS = new Set(['does', 'do', 'can', 'will', 'has']);
const JOINERS = new Set(['or', 'and', 'vs', 'versus', 'nor', 'n', 'plus']);

/** How far into the question the thing a yes/no is about may stand ("is the django ninja ..."). */
const PACKAGE_SUBJECT_WITHIN = 3;

/** The first thing a question names, among its first words, is a package, server or ORM: "is celery overkill ...". */
function packageAskedFirst(matches: EntityMatch[], conceptKind: ReadonlyMap<string, string>): boolean {
  let first: EntityMatch | undefined;
  for (const m of matches) if (m.kind !== 'topic' && (!first || m.start < first.start || (m.start === first.start && m.end > first.end))) first = m;
  const kind = first?.kind === 'concept' ? conceptKind.get(first.id) : undefined;
  return first !== undefined && first.start <= PACKAGE_SUBJECT_WITHIN && kind !== undefined && kind !== 'capability' && kind !== 'pattern';
}

/** "how do i tune gunicorn workers": a how-to, not a choice ("how do i pick a framework"). */
const isHowTo = (forms: QuestionForms, clause: string): boolean => forms.howTo(clause) && !OPEN_QUESTION.test(clause) && !CHOOSING.test(clause);

// "can flask really handle 3k requests a second", "will django cope with ...": whether one framework copes with a load.
const LOAD_HANDLED = /\b(?:can|could|will|would) (?!(?:i|we|you|u|they|it|this|that)\b)\w+ (?:really |actually |realistically |even |still )?(?:handle|cope with|survive|take|serve|keep up with|be able to handle|scale to)\b/;
// "this kind of traffic", "that much load": the load named before, pointed back to.
const LOAD_POINTED = /\b(?:this|that|our|the|such|that much|this much) (?:kind of |much |level of |amount of |sort of )?(?:load|traffic|volume)\b/;
// "sanic good + bad points?" asks pros and cons; in "a benefits site", "rate limits" or "worth it?" the word names something else.
// "can falcon handle a multi-page site with ...": carrying a whole app, not serving one thing ("serve html pages").
const APP_HANDLED = /\b(?:handle|handles|cope with|manage|power|run) (?:a |an |our |my |the )?(?:\w+ ){0,3}(?:site|website|app|application|portal|platform|system|shop|store)\b/;
const TERSE_JUDGEMENT = /^(?:\w+ ){1,4}(?:bad|good|evil|harmful|overrated|any good|a good idea|a bad idea|worth it|worth using)$/;
const NOT_PROS_CONS_ALONE = /\b(?:benefits?|risks|limits|limitations?|worth it)\b/g;
// "so is Flask actually async or not?": what may open the sentence, and stand between the name and the feature.
const LEAD_INS: ReadonlySet<string> = new Set(['so', 'but', 'and', 'ok', 'okay', 'then', 'wait']);
const ADVERBS: ReadonlySet<string> = new Set(['actually', 'really', 'truly', 'even', 'fully', 'properly', 'natively', 'now', 'still']);
// A word written in Latin letters: only those are looked up among the words our questions use.
const LATIN_LETTERS = /^\p{Script=Latin}+$/u;
// The words before the first name of a sentence that defines it: "what is", "what are the".
const WHAT_IS_OPENING = /^what (?:is|are|s)(?: the| a| an)?$/;
// "flask blueprints?? what are they": a sentence of at most this many words that only names the thing.
const NAME_ALONE_WORDS = 4;
// "which is the sane approach?", "what's the cleaner pattern": a way of doing it, not a framework.
const WHICH_APPROACH = /\b(?:which|what) (?:is |s )?(?:the )?(?:(?:sane|saner|better|best|right|cleaner|simpler|proper|recommended) )?(?:approach|way to do it|pattern)\b/;
const PRACTICE_ASKED = /^(?:is|isn t) it (?:ok|okay|fine|safe|acceptable|bad|wrong|a good idea|a bad idea) to (?!use\b|pick\b|choose\b|go with\b|start with\b|learn\b|switch\b|move\b|migrate\b|build\b|stick with\b|stay on\b)/;
// "the pi is slow", "the box is pretty slow": the machine it runs on, slow.
const SLOW_MACHINE = /\b(?:pi|zero|box|machine|board|device|hardware|vps|server|laptop|card|cpu)(?: is| s) (?:\w+ )?slow$/;
// What is slow when it is something called: "slow vendor apis", "slow upstream calls", "slow third party services".
const SLOW_CALLED = /^(?:(?:partner|upstream|downstream|external|outbound|remote|vendor|third party|3rd party|backend|http|rest|soap|legacy) )*(?:apis?|calls?|services?|providers?|systems?|gateways?)\b/;
// "on Litestar instead of FastAPI": two options weighed.
const INSTEAD_OF = /\b(?:instead of|rather than)\b/;
// "only worry is that", "my one worry is", "the concern is that", "I'm worried that": a doubt about the option, not a need.
const WORRY_SAID = /\b(?:(?:only|one|my|our|main|biggest|the) (?:worry|worries|hesitation|doubt|reservation) (?:is|being)|(?:only|one|the) concern is that|(?:i m|im|i am|we re|were|we are) (?:a bit |slightly |a little |kinda |kind of )?(?:worried|nervous|concerned) (?:that|about))\b/;
const LOAD_CARRIERS = new Set(['with', 'of', 'at', 'for', 'handling', 'holding', 'serving', 'carrying']);

/** A letter of a script other than Latin: the words around a name are another language's. */
const OTHER_SCRIPT = /(?!\p{Script=Latin})\p{L}/u;

export function createUnderstander(knowledge: Knowledge, index: EntityIndex): Understander {
  const trained = knowledge.nlu.trained?.fingerprint === nluFingerprint(knowledge) ? knowledge.nlu.trained : undefined;
  const fromModel = trained ? classifierFromModel(trained.model) : null;
  const known = fromModel ? new Set(trained!.known) : knownWords(knowledge);
  const familiar = fromModel ? new Set(trained!.familiar) : familiarWords(knowledge);
  const scopeReader = createScopeReader(knowledge, familiar);
  // "which telescope for about 300 euros?": the thing after "which" is a word no question of ours uses.
  const unfamiliarChosen = (asked: string[]) => {
    const chosen = WHICH_THING_FOR.exec(asked.join(' '));
    const thing = chosen?.[1];
    return thing !== undefined && thing.length >= 4 && LATIN_LETTERS.test(thing) && !familiar.has(stem(thing));
  };
  const forms = createQuestionForms(knowledge.nlu.forms);
  const topicKind = new Map(knowledge.topics.map((t) => [t.id, t.kind]));
  // What needs are called, to tell "flask admin?" (a need asked of Flask) from "django ninja?" (a package).
  const needNames = new Set(knowledge.topics.flatMap((t) => t.synonyms));
  const appKinds = new Set<string>(knowledge.topics.filter((t) => t.appKind).map((t) => t.id));
  const conceptById = new Map(knowledge.concepts.map((c) => [c.id, c]));
  const featuresOf = (words: string[], text: string, correct = true, clauses: Span[] = []): { features: string[]; matches: EntityMatch[]; scope: ScopeReading; cues: Set<Cue> } => {
    const cues = detectCues(text);
    // ("Wat vinden jullie de zwakke punten van Falcon?": weighed in another language too, whatever "wat" reads as.)
    // "We all know Python. Django, or Flask?": a name's longer alias ("python django") does not reach back
    // into the sentence before; the name starts where its own clause does.
    const found = index.find(words, { correct }).map((m) => {
      const cut = m.kind === 'framework' ? clauses.find((c) => m.start < c.start && c.start < m.end) : undefined;
      return cut ? { ...m, start: cut.start } : m;
    });
    const scope = scopeReader.read(words, found, cues.has('prosCons') || NEW_WORK.test(text) || forms.prosConsElsewhere(text), clauses);
    // "does bottle support asyncio on python 3.8?" asks about the feature: a Python version next to a
    // feature is its setting, not a release question.
    const feature = scope.matches.some((m) => m.kind === 'topic' && topicKind.get(m.id as TopicId) === 'feature');
    const setting = scope.matches.find((m) => feature && m.kind === 'topic' && m.id === 'maintenance' && words[m.start] === 'python');
    const read = setting ? withoutSpan(words, scope.matches, setting) : { words, matches: scope.matches };
    const featureCues = setting ? detectCues(read.words.join(' ')) : cues;
    return { features: intentFeatures(read.words, read.matches, featureCues, scope, known), matches: scope.matches, scope, cues };
  };
  // Our own examples are read without spelling correction: it is the costly part of reading and
  // would make start-up grow with the vocabulary.
  // The scope of a few words read alone, with no clauses and nothing judged.
  const readAlone = (words: string[]) => {
    const scope = scopeReader.read(words, index.find(words));
    return { scope, matches: scope.matches };
  };
  const classifier =
    fromModel ??
    createIntentClassifier(
      labelledExamples(knowledge).map(({ intent, words, text }) => ({ intent, features: featuresOf(words, text, false).features })),
    );
  const distinctive = createDistinctiveWords(knowledge);
  const conceptName = new Map(knowledge.concepts.map((c) => [c.id, c.name]));
  // "a python api framework without pydantic": a package set aside counts against the frameworks built
  // on it, and its name favours none of them (FastAPI's own words name Pydantic).
  const setAsideMatches = (words: string[], matches: EntityMatch[]) => matches.filter((m) => m.kind === 'concept' && isRuledOut(words, m, matches, forms));
  const affinityOf = (words: string[], setAside: EntityMatch[]): Record<string, number> => {
    if (setAside.length === 0) return Object.fromEntries(distinctive.affinity(words));
    const affinity = Object.fromEntries(distinctive.affinity(words.filter((_, i) => !setAside.some((m) => m.start <= i && i < m.end))));
    for (const m of setAside) {
      const name = conceptName.get(m.id);
      for (const f of knowledge.frameworks) if (name && builtOnName(f, name)) affinity[f.id] = (affinity[f.id] ?? 0) - UNWANTED_PACKAGE;
    }
    return affinity;
  };
  const conceptKind = new Map(knowledge.concepts.map((c) => [c.id, c.kind]));
  // A pattern of one framework's own ("Django's MVT"); "the ORM" or dependency injection is many frameworks' pattern.
  const ownPattern = (concepts: string[], frameworks: string[]) =>
    concepts.length === 1 && conceptKind.get(concepts[0]!) === 'pattern' && frameworks.length === 1 && conceptById.get(concepts[0]!)?.frameworks.join() === frameworks[0];
  const topicById = new Map<string, Topic>(knowledge.topics.map((t) => [t.id, t]));
  const selfService = createSelfServiceReader(knowledge);
  const chitChat = createPhraseSet(knowledge.nlu.vocabulary.chitChat);
  const editedContent = createPhraseSet(knowledge.nlu.vocabulary.editedContent);
  const impliedBy = knowledge.topics.filter((t) => t.impliedBy.length > 0).map((t) => ({ id: t.id, kinds: createPhraseSet(t.impliedBy) }));
  const licenceWords = createPhraseSet(knowledge.nlu.vocabulary.licenceWords);
  // "Coming from Rails...", "the Python equivalent of Express.js": the kind of framework they know elsewhere.
  const ecosystemKinds = (Object.entries(knowledge.nlu.vocabulary.ecosystemKinds) as [FrameworkKind, string[]][]).map(([kind, names]) => ({ kind, names: createPhraseSet(names) }));
  const ecosystemKindOf = (words: string[]): FrameworkKind | null => {
    const named = ecosystemKinds.filter((k) => k.names.find(words).length > 0);
    return named.length === 1 ? named[0]!.kind : null;
  };
  const everydayName = new Set(knowledge.frameworks.filter((f) => f.sense?.everydayWord).map((f) => f.id));

  return {
    model: () => classifier.model(),
    understand(words, text, asked = null, sentences = [{ start: 0, end: words.length }], clauses = sentences, code = []) {
      const { features, matches, scope, cues } = featuresOf(words, text, true, clauses);
      const named = unique(matches.filter((m) => m.kind === 'framework').map((m) => m.id));
      // "which lesser-known frameworks are worth knowing? everyone just says the big three": a group named
      // only in the background is not what is asked about.
      const frameworks = named.length > 0 ? named : groupNamed(asked ? asked.map((a) => words.slice(a.start, a.end).join(' ')).join(' ') : text, knowledge);
      // "no rate limiting needed", "a fw w/o an orm": a capability or an idea ruled out is not something asked for.
      const unwanted = (m: EntityMatch) => (conceptKind.get(m.id) === 'capability' || conceptKind.get(m.id) === 'pattern') && isRuledOut(words, m, matches, forms);
      // "Can FastAPI serve server-rendered pages? Our localisation QA tool needs 10 pages": a capability
      // named only around the sentence that asks, beside a feature the sentence asks about, is what the app is for.
      const inAskedSentence = (m: EntityMatch) => !asked || asked.some((a) => m.start >= a.start && m.end <= a.end);
      const featureAsked = matches.some((m) => m.kind === 'topic' && inAskedSentence(m) && topicKind.get(m.id as TopicId) === 'feature');
      // "does django ship websockets now that it speaks asgi?": an interface or capability
      // given as the reason for asking, after the feature asked, is background too.
      const givenAsReason = (m: EntityMatch) => {
        const reason = REASON_BEFORE.exec(words.slice(Math.max(0, m.start - REASON_REACH), m.start).join(' '));
        if (!reason) return false;
        const reasonAt = m.start - reason[0].split(' ').length;
        return matches.some((t) => t.kind === 'topic' && t.end <= reasonAt && topicKind.get(t.id as TopicId) === 'feature');
      };
      const background = (m: EntityMatch) => (featureAsked && conceptKind.get(m.id) === 'capability' && !inAskedSentence(m)) || ((conceptKind.get(m.id) === 'capability' || conceptKind.get(m.id) === 'server_interface') && givenAsReason(m));
      // "Does aiohttp do templates, or is it mostly an async HTTP client these days?": what it may be
      // instead, after "or is it", is no second thing asked; the feature before "or" is.
      const orInstead = words.findIndex((w, i) => w === 'or' && OR_INSTEAD.has(words[i + 1] ?? ''));
      const featureBeforeOr = orInstead > 0 && matches.some((m) => m.kind === 'topic' && m.end <= orInstead && topicKind.get(m.id as TopicId) === 'feature');
      const insteadOfFeature = (m: EntityMatch) => featureBeforeOr && m.start > orInstead && conceptKind.get(m.id) === 'capability';
      const concepts = unique(matches.filter((m) => m.kind === 'concept' && !unwanted(m) && !background(m) && !insteadOfFeature(m)).map((m) => m.id));
      const implied = concepts.flatMap((id) => conceptById.get(id)?.topics.slice(0, 1) ?? []);
      const topicsRead = wantedTopics(words, matches, (id) => topicById.get(id), forms);
      // "is asyncio supported in bottle on python 3.8?": the Python version is the setting of a feature question.
      const featureNamed = topicsRead.some((m) => !m.weak && topicKind.get(m.id as TopicId) === 'feature');
      const setting = (m: EntityMatch) => m.id === 'maintenance' && words[m.start] === 'python' && featureNamed;
      // Moving from PHP or Java to Python is not a move between frameworks: with none named, only a hint.
      // "What should I learn after Django? I've built a couple of CRUD sites": what was built before is
      // background, in a sentence of its own that does not ask; so is pasted code ("async def" in a
      // fenced block is how they wrote it, not a need).
      // The background runs until what they want now: "... CRUD sites and want to get into async work".
      const done = (asked ? sentences.filter((r) => !asked.includes(r) && BUILT_BEFORE.test(words.slice(r.start, r.end).join(' '))) : []).map((r) => {
        const wish = words.slice(r.start, r.end).findIndex((w) => WANTING.has(w));
        return { start: r.start, end: wish < 0 ? r.end : r.start + wish };
      });
      const inDone = (m: EntityMatch) => done.some((r) => m.start >= r.start && m.end <= r.end) || code.some((r) => m.start >= r.start && m.end <= r.end);
      const hearsay = hearsaySpans(words, sentences, matches);
      const inHearsay = (at: number) => hearsay.some((r) => at >= r.start && at < r.end);
      // "switch to uvicorn or daphne", "switch to pydantic", "port to python 3", "migrating the IIS box to
      // Linux": a move whose target is a server, a package, a Python version or a machine is not a move
      // between frameworks, only a hint at one.
      const movesElsewhere = (m: EntityMatch) => {
        if (m.id !== 'migration') return false;
        const target = matches.find((x) => x.kind !== 'topic' && x.start >= m.end && x.start <= m.end + 2);
        if (HOST_MOVE.test(words.slice(m.end, m.end + 10).join(' '))) return true;
        // Moving between API toolkits built on a framework ("DRF to Django Ninja") is still a move (contract v2).
        return target ? target.kind === 'concept' && conceptKind.get(target.id) !== 'api_toolkit' : words.slice(m.end, m.end + 3).includes('python');
      };
      // "some blog said it's only for prototypes", "a blog post says": the blog is where a claim comes from, not the app.
      const sourceOfClaim = (m: EntityMatch) => {
        const after = words[m.end] === 'post' || words[m.end] === 'posts' || words[m.end] === 'article' ? m.end + 1 : m.end;
        // ("in the pyramid docs they talk about traversal": who says it may come between.)
        // ("the docs only show OAuth2PasswordBearer": an adverb may come before the verb.)
        const subject = words[after] === 'they' || words[after] === 'it' ? after + 1 : after;
        const next = words[subject] === 'only' || words[subject] === 'just' ? subject + 1 : subject;
        // "the pyramid docs keep mentioning traversal", "the tutorial calls it a view": what a source says, with more words around the verb.
        const claim = CLAIM_VERBS.has(words[next] ?? '') || CLAIM_PHRASE.test(words.slice(next, next + 2).join(' ')) || (m.id === 'documentation' && SHOW_VERBS.has(words[next] ?? ''));
        // "the token example in the docs loses me": an example found in the docs is where it is, not a need.
        // ("example" is one of documentation's own words: the example, then where it is, says the same.)
        const placeOfExample =
          m.id === 'documentation' &&
          (EXAMPLE_IN.test(words.slice(Math.max(0, m.start - 4), m.start).join(' ')) || (EXAMPLE_IN.test(words.slice(m.start, m.end + 2).join(' ')) && DOCS_WORDS.has(words[m.end + 2] ?? '')));
        return (m.end - m.start === 1 && claim) || placeOfExample;
      };
      // "a JSON API behind our API gateway": what it sits behind is where it runs, not what it is.
      const behind = (m: EntityMatch) => m.id === 'microservices' && words.slice(Math.max(0, m.start - 3), m.start).includes('behind');
      // "jinja macros in bottle or just switch to flask for the templates", "does starlette have background
      // tasks, or do we need to move to something bigger for that?": a switch offered as the other way to
      // get a feature named is how to get it; the feature leads. Staying put weighed against the move
      // ("keep the pyramid app or switch to flask?") is the move, and so is a rewrite ("upgrade in
      // place, or a rewrite in Litestar?").
      // "our django site is slow under heavy traffic, move to fastapi or just put a cache in front?": a
      // switch weighed against a simpler fix is one remedy for the problem named before it, which
      // leads; against leaving the app as it is ("or just leave it be"), it is still the move.
      const featureBeside = topicsRead.some((x) => x.id !== 'migration' && x.id !== 'deployment' && !x.weak && topicKind.get(x.id as TopicId) === 'feature');
      const needBefore = (m: EntityMatch) => topicsRead.some((x) => x.id !== 'migration' && !x.weak && x.end <= m.start);
      const fixAfter = (m: EntityMatch) => SIMPLER_FIX_AFTER.exec(words.slice(m.end, m.end + FIX_REACH).join(' '));
      const offersMove = (m: EntityMatch) => {
        if (m.id !== 'migration' || !words.slice(m.start, m.end).some((w) => SWITCH_WORDS.has(w))) return false;
        const fix = fixAfter(m);
        if (fix) return !STAYING.has(fix[1] ?? '') && needBefore(m);
        if (!featureBeside || !/\bor(?: \w+){0,5}$/.test(words.slice(Math.max(0, m.start - 6), m.start).join(' '))) return false;
        const sentence = sentences.find((r) => r.start <= m.start && m.start < r.end) ?? { start: 0, end: words.length };
        return !words.slice(sentence.start, m.start).some((w) => STAYING.has(w));
      };
      // Read once per span: the weak marks below and the asking sentence's lead both ask, of the moves
      // read and of those the phrasing adds later ("Would moving the catalogue to FastAPI help?").
      const offered = new Map<string, boolean>();
      const moveOffered = (m: EntityMatch) => {
        if (m.id !== 'migration') return false;
        const key = `${m.start}:${m.end}`;
        let known = offered.get(key);
        if (known === undefined) offered.set(key, (known = offersMove(m)));
        return known;
      };
      const offeredMoves = topicsRead.filter(moveOffered);
      // ...and the simpler fix itself ("put a cache in front") is one remedy too, not the problem.
      const fixesFrom = offeredMoves.filter((m) => fixAfter(m) !== null).map((m) => m.end);
      const remedy = (x: EntityMatch) => fixesFrom.some((end) => end <= x.start && x.start - end <= FIX_REACH);
      // "fans out to slow vendor services", "waits on slow upstream calls": the slowness is theirs, waited on (async's
      // job), not a call for a faster framework.
      const slowCalled = (m: EntityMatch) => m.id === 'performance' && m.end - m.start === 1 && words[m.start] === 'slow' && SLOW_CALLED.test(words.slice(m.end, m.end + 4).join(' '));
      // "a few json routes for the staff tool": an admin the team serves through endpoints of its own
      // is who uses that API, not an admin panel the framework should ship.
      const adminServed = (m: EntityMatch) => m.id === 'admin' && ENDPOINTS_FOR.test(words.slice(Math.max(0, m.start - 5), m.start).join(' '));
      // "behind gunicorn (4 workers)", "gunicorn with 8 workers": a count of the server's processes, not jobs run in the background.
      const serverWorkers = (m: EntityMatch) =>
        m.id === 'background_jobs' && m.end - m.start === 1 && WORKERS.has(words[m.start] ?? '') && matches.some((c) => c.kind === 'concept' && conceptKind.get(c.id) === 'server' && c.end <= m.start && m.start - c.end <= 3);
      const wanted = topicsRead
        .filter((m) => !sourceOfClaim(m) && !serverWorkers(m))
        .map((m) => (behind(m) ? { ...m, weak: true } : m))
        .map((m) => ((m.id === 'migration' && frameworks.length === 0 && concepts.length === 0) || movesElsewhere(m) || moveOffered(m) || setting(m) || inDone(m) || inHearsay(m.start) || slowCalled(m) || adminServed(m) ? { ...m, weak: true } : m));
      // "Does Tornado support running WSGI apps?": an app of another interface run inside the framework
      // is how two frameworks are mixed during a move, not which interface the framework runs on.
      // The framework is the host, named just before ("University IT will only host WSGI apps" is about their server).
      const guest = GUEST_APP.exec(text);
      const guestAt = guest ? wordIndexAt(text, guest.index) : -1;
      const hosted = guest && matches.some((m) => m.kind === 'framework' && m.end <= guestAt && guestAt - m.end <= 2);
      if (hosted && topicById.has('migration') && !wanted.some((m) => m.id === 'migration' && !m.weak)) wanted.push({ kind: 'topic', id: 'migration', start: guestAt, end: guestAt + 1, exact: true });
      // "flask 3.2 when", "fastapi is still 0.x?? when is 1.0": when a version of it comes is a release question.
      const versionWhen = VERSION_WHEN.exec(text);
      const versionAt = matches.find((m) => m.kind === 'framework' && VERSION_NUMBER.test(words[m.end] ?? ''))?.end ?? (versionWhen ? wordIndexAt(text, versionWhen.index) : -1);
      // "django 5.2 or 6.0, which should we target?", "tornado 6.5 -> 6.6 any breaking stuff": two versions of the one framework side by side are its releases.
      const pairJoined = frameworks.length === 1 ? VERSION_PAIR.exec(text) : null;
      const pairAfterName = frameworks.length === 1 ? matches.find((m) => m.kind === 'framework' && versionsAfterName(words, m)) : undefined;
      // "which Django version should a new project start on?", "what version of flask for ...": which of its releases, asked outright.
      const versionOf = frameworks.length === 1 && matches.some((m) => m.kind === 'framework' && ((WHICH_WORDS.has(words[m.start - 1] ?? '') && VERSION_WORDS.has(words[m.end] ?? '')) || (words[m.start - 1] === 'of' && VERSION_WORDS.has(words[m.start - 2] ?? '') && WHICH_WORDS.has(words[m.start - 3] ?? ''))));
      const versionPair = pairJoined !== null || pairAfterName !== undefined || versionOf;
      const stillOn = matches.find((m) => m.kind === 'framework' && VERSION_NUMBER.test(words[m.end] ?? '') && STILL_ON.test(words.slice(Math.max(0, m.start - 3), m.start).join(' ')));
      const releaseAt = stillOn ? stillOn.end : versionAt >= 0 && frameworks.length > 0 && WHEN_ASKED.test(text) ? versionAt : pairJoined ? wordIndexAt(text, pairJoined.index) : pairAfterName ? pairAfterName.end : -1;
      if (releaseAt >= 0 && topicById.has('maintenance') && !wanted.some((m) => m.id === 'maintenance' && !m.weak)) wanted.push({ kind: 'topic', id: 'maintenance', start: releaseAt, end: releaseAt + 1, exact: true });
      // "a tiny service that only pushes server-sent events": a capability asked for is a need
      // stated outright, in its own field (a package only hints at its field).
      for (const m of matches) {
        const topic = m.kind === 'concept' && conceptKind.get(m.id) === 'capability' ? conceptById.get(m.id)?.topics[0] : undefined;
        if (topic && !isRuledOut(words, m, matches, forms) && !wanted.some((w) => w.id === topic && !w.weak)) wanted.push({ kind: 'topic', id: topic, start: m.start, end: m.end, exact: true });
      }
      const ruledOutMatches = ruledOutTopics(words, matches, forms);
      // "fastapi bg jobs w/o celery?": a package set aside (Celery, read as the need it serves) leaves the
      // need itself, said in other words, wanted.
      const packageOnly = (r: EntityMatch) =>
        matches.some((c) => c.kind === 'concept' && conceptKind.get(c.id) !== 'pattern' && c.start === r.start && c.end === r.end) &&
        matches.some((m) => m.kind === 'topic' && m.id === r.id && !ruledOutMatches.some((o) => o.start === m.start && o.id === m.id));
      const ruledOut = unique(ruledOutMatches.filter((r) => !packageOnly(r)).map((m) => m.id)) as TopicId[];
      // A load named ("2M users") is a scalability need; a modest one ("1000 users, nothing crazy")
      // is only a hint: every framework carries it, so it never makes one a poor fit.
      const scale = scaleNamed(words);
      // "can django handle 100k visitors a day?": the load is what it must carry. Read once, for the topic and the intent.
      // ...in other languages too: "o Sanic aguenta 5 mil requisições por segundo?".
      const beforeLoad = scale === null ? '' : words.slice(Math.max(0, scale.start - 8), scale.start).join(' ');
      // ("...5M requests a week. Will Flask really cope with that much traffic?": the load pointed back to.)
      const loadPointedBack = () => sentences.some((r) => {
        const sentence = words.slice(r.start, r.end).join(' ');
        return LOAD_HANDLED.test(sentence) && LOAD_POINTED.test(sentence);
      });
      const loadToCarry = scale !== null && (HANDLES_LOAD.test(beforeLoad) || forms.handlesLoadElsewhere(beforeLoad) || loadPointedBack());
      // "replacing DRF with fastapi": the move is a need even with the names between its words.
      const replacing = MOVE_BETWEEN.exec(text);
      const movingFrom = replacing ? null : MOVE_FROM.exec(text);
      const replacedAt = replacing ? wordIndexAt(text, replacing.index) : movingFrom ? wordIndexAt(text, movingFrom.index + movingFrom[0].lastIndexOf(' from ') + 1) : -1;
      // ...between frameworks or their packages; swapping one server for another ("replace uvicorn with gunicorn") is deployment.
      const movable = (m: EntityMatch) => m.kind === 'framework' || (m.kind === 'concept' && !SERVER_KINDS.has(conceptKind.get(m.id) ?? ''));
      const replaced = matches.filter((m) => m.start >= replacedAt && m.start <= replacedAt + 6);
      if ((replacing ?? movingFrom) && replaced.some(movable) && !replaced.some((m) => !movable(m) && m.kind === 'concept') && !wanted.some((m) => m.id === 'migration') && topicById.has('migration')) {
        wanted.push({ kind: 'topic', id: 'migration', start: replacedAt, end: replacedAt + 1, exact: true });
      }
      // "vale la pena passare da Bottle a Falcon?", "flytta vår tjänst från Bottle till Falcon", chat's "sanic → litestar,
      // worth the effort?": a move between two frameworks named, in another language or as an arrow, is a move asked
      // about, as "moving from" is in English.
      const frameworkMatches = matches.filter((m) => m.kind === 'framework');
      // ("how hard is bottle -> flask?": the arrow may stand anywhere; "is pyramid to django as bottle is to
      // flask?" is a likeness.)
      const arrowMove = frameworkMatches.some((m) => words[m.end] === 'to' && frameworkMatches.some((n) => n.start === m.end + 1 && n.id !== m.id && words[n.end] !== 'as'));
      const twoNamed = new Set(frameworkMatches.map((m) => m.id)).size >= 2;
      const moveReadFromForm = twoNamed && (arrowMove || forms.moveElsewhere(text)) && !wanted.some((m) => m.id === 'migration') && topicById.has('migration');
      if (moveReadFromForm) {
        wanted.push({ kind: 'topic', id: 'migration', start: frameworkMatches[0]!.start, end: frameworkMatches[0]!.start + 1, exact: true });
      }
      // "air-gapped box, only a single .py file, no pip": as little installed as possible is a small app's footprint.
      const fewDependenciesSaid = FEW_DEPENDENCIES.exec(text);
      const fewDependencies = fewDependenciesSaid && !inHearsay(wordIndexAt(text, fewDependenciesSaid.index)) ? fewDependenciesSaid : null;
      if (fewDependencies && !wanted.some((m) => m.id === 'small_apps' && !m.weak) && topicById.has('small_apps')) {
        const at = wordIndexAt(text, fewDependencies.index);
        wanted.push({ kind: 'topic', id: 'small_apps', start: at, end: at + 1, exact: true });
      }
      // "three JSON routes on an old thin client, fewest deps possible": with as little installed as possible, the few JSON
      // endpoints say what the small app does; API tooling (validation, generated docs) is what they would not install.
      // ...and "the board is really slow" beside it is the small machine it must fit on, not a call for the fastest framework.
      const slowMachine = (m: EntityMatch) => m.id === 'performance' && SLOW_MACHINE.test(words.slice(Math.max(0, m.start - 4), m.end).join(' '));
      if (fewDependencies) for (let i = 0; i < wanted.length; i++) if ((wanted[i]!.id === 'rest_api' || slowMachine(wanted[i]!)) && !wanted[i]!.weak) wanted[i] = { ...wanted[i]!, weak: true };
      // ...and the wish's own words are no need: "installing libraries there is a nightmare" asks for nothing of a community of packages.
      if (fewDependencies) {
        const first = wordIndexAt(text, fewDependencies.index);
        const last = wordIndexAt(text, fewDependencies.index + fewDependencies[0].length);
        for (let i = wanted.length - 1; i >= 0; i--) if (wanted[i]!.id !== 'small_apps' && wanted[i]!.start >= first && wanted[i]!.end <= last + 1) wanted.splice(i, 1);
      }
      // "what should i learn after flask?": what is worth learning next is what is widely used.
      // Learnt for a job ("...that shows up in job ads", "reads well on a CV"), being widely used is the point, not a hint,
      // where the pick is among all of ours: "Django or FastAPI?" names two that both are.
      const jobPick = JOB_GOAL.test(text) && named.length <= 1;
      if (LEARN_NEXT.test(text) && !wanted.some((m) => m.id === 'community') && topicById.has('community')) wanted.push({ kind: 'topic', id: 'community', start: 0, end: 0, exact: true, weak: !jobPick });
      // "a system we have to keep alive for 10+ years", "must run for a decade": a life span ahead asks
      // for a framework that is mature and will stay maintained.
      const longLife = LONG_LIFE.exec(text);
      if (longLife) {
        const at = wordIndexAt(text, longLife.index);
        for (const id of ['maturity', 'maintenance'] as const) if (!wanted.some((m) => m.id === id) && topicById.has(id)) wanted.push({ kind: 'topic', id, start: at, end: at + 1, exact: true, weak: id === 'maintenance' });
      }
      const inScale = (m: EntityMatch) => scale !== null && m.start >= scale.start && m.end <= scale.end;
      // "5k concurrent viewers" is a load, not a call for async code; "10k websocket connections" is a load on a feature, which stays the need.
      if (scale) for (let i = wanted.length - 1; i >= 0; i--) if (inScale(wanted[i]!) && wanted[i]!.id === 'async') wanted.splice(i, 1);
      // ...and so is "websockets with 10k concurrent connections": the feature right before the load it carries.
      const carries = (m: EntityMatch) => scale !== null && m.end <= scale.start && scale.start - m.end <= 2 && words.slice(m.end, scale.start).every((w) => LOAD_CARRIERS.has(w));
      const featureLoad = wanted.some((m) => (inScale(m) || carries(m)) && topicKind.get(m.id as TopicId) === 'feature');
      // "too much, Django, for a small relay of github events? a few hundred requests a day": asked whether it is too much,
      // a load in the hundreds says how small the app is; it is no call for scale.
      const tooMuchAsked = OVERKILL_ASKED.test(text) || forms.tooHeavyElsewhere(text);
      const smallLoadOnly = tooMuchAsked && scale?.scale === 'modest' && scale.value < TINY_LOAD;
      // (The load's own words run on past its count: in "100 requests a day" the scale reads "100 requests",
      // scalability's own phrase "requests a day".)
      const loadWords = (m: EntityMatch) => scale !== null && m.start >= scale.start - 1 && m.end <= scale.end + LOAD_PHRASE_REACH;
      if (smallLoadOnly) for (let i = wanted.length - 1; i >= 0; i--) if (wanted[i]!.id === 'scalability' && loadWords(wanted[i]!)) wanted.splice(i, 1);
      if (scale && !smallLoadOnly) wanted.push({ kind: 'topic', id: 'scalability', start: scale.start, end: scale.end, exact: true, weak: scale.scale === 'modest' || featureLoad });
      // "a hobby notes site ... some 40 visitors a day. Which one?": a load in the hundreds, said in
      // scalability's own words in a sentence that does not ask, hints at scale like the count itself does.
      // (Asked about in so many words, "is flask fine for an intranet with about 300 concurrent users?", the load is the question.)
      const loadAsked = (load: { start: number }) => {
        const sentence = sentences.find((r) => load.start >= r.start && load.start < r.end);
        return sentence !== undefined && (asked === null || asked.includes(sentence)) && FIT_ASKED.test(words.slice(sentence.start, sentence.end).join(' '));
      };
      if (scale?.scale === 'modest' && scale.value < TINY_LOAD && !loadAsked(scale)) for (let i = 0; i < wanted.length; i++) if (wanted[i]!.id === 'scalability' && loadWords(wanted[i]!) && !wanted[i]!.weak) wanted[i] = { ...wanted[i]!, weak: true };
      // "Is Flask good for a large e-commerce platform with 50 developers?": a team counted in the tens
      // shares one big codebase, which is how a project's size is asked about (a large team).
      const team = teamSizeNamed(words);
      const largeTeam = team !== null && team.size >= LARGE_TEAM;
      // Beside a need stated outright ("a big multi page app, 10 devs") it is a hint: the app is what is asked about.
      if (largeTeam && !wanted.some((m) => m.id === 'scalability' && !m.weak) && topicById.has('scalability')) {
        wanted.push({ kind: 'topic', id: 'scalability', start: team.start, end: team.end, exact: true, weak: wanted.some((m) => m.kind === 'topic' && !m.weak) });
      }
      // "a prod api doing ~20 rps": a few requests a second, which any framework answers, make speed only a hint.
      if (scale?.throughput === true && scale.value < FEW_REQUESTS) for (let i = 0; i < wanted.length; i++) if (wanted[i]!.id === 'performance' && inScale(wanted[i]!) && !wanted[i]!.weak) wanted[i] = { ...wanted[i]!, weak: true };
      // "5k concurrent viewers over websockets", "thousands of websocket connections": many sockets held
      // open at once is concurrency, which a framework either does in its event loop or ties up a worker per socket for.
      const socketLoad = wanted.some((m) => inScale(m) && m.id === 'websockets') || (scale !== null && wanted.some((m) => m.id === 'websockets' && !m.weak) && AT_ONCE_WORDS.test(words.slice(scale.start, scale.end).join(' ')));
      // "a push service holding ~25k idle sockets on each server": connections counted are held open too, websockets named or not.
      const heldOpen = socketLoad || (scale !== null && CONNECTIONS_COUNTED.test(words.slice(scale.start, scale.end + 2).join(' ')));
      if (heldOpen && !wanted.some((m) => m.id === 'async') && !ruledOut.includes('async') && topicById.has('async')) wanted.push({ kind: 'topic', id: 'async', start: scale!.start, end: scale!.end, exact: true });
      // ...so the count of sockets is judged by how a framework holds them (its event loop), not by how it grows
      // with a codebase or a team: the load itself only hints (Tornado for ~20k idle connections per box is a yes).
      if (heldOpen) for (let i = 0; i < wanted.length; i++) if (wanted[i]!.id === 'scalability' && !wanted[i]!.weak && loadWords(wanted[i]!)) wanted[i] = { ...wanted[i]!, weak: true };
      // "the secretary corrects member records herself": who does the work names the need.
      for (const need of selfService.needs(words, clauses)) if (!wanted.some((m) => m.id === need.id && !m.weak) && !ruledOut.includes(need.id)) wanted.push({ kind: 'topic', ...need, exact: true });
      // "هل Django ثقيل جداً لواجهة API صغيرة؟": "too heavy" in another language hints at size, as "overkill" does in English.
      if (forms.tooHeavyElsewhere(text) && !wanted.some((m) => m.id === 'small_apps') && topicById.has('small_apps')) wanted.push({ kind: 'topic', id: 'small_apps', start: 0, end: 0, exact: true, weak: true });
      const parts = partsNamed(words, knowledge.nlu.vocabulary);
      // "Doar 4 pagini, fără conturi de utilizator": a small app counted in parts is what it needs; a
      // need ruled out beside it is what it does without, no longer what it asks about.
      if (parts?.size === 'few') {
        for (let i = wanted.length - 1; i >= 0; i--) if (ruledOut.includes(wanted[i]!.id as TopicId)) wanted.splice(i, 1);
        wanted.push({ kind: 'topic', id: 'small_apps', start: parts.start, end: parts.end, exact: true });
      }
      // "an internal tool: CRUD over ~30 tables": counted parts say it is not small, whatever it is called.
      if (parts?.size === 'many') for (let i = wanted.length - 1; i >= 0; i--) if (wanted[i]!.id === 'small_apps') wanted.splice(i, 1);
      // "a 2-week MVP with login, an admin and postgres": an app that needs this much is not small in
      // the sense that makes a full framework overkill; its size only hints.
      const featuresStated = unique(wanted.filter((m) => !m.weak && topicKind.get(m.id as TopicId) === 'feature').map((m) => m.id)).length;
      // "a social site that I hope grows to a few hundred thousand users": an app with a large load is
      // not a small app, whatever else makes it sound small ("I love that bottle is a single file").
      // "an internal dashboard with login and a few CRUD tables", "un e-commerce pequeño con panel de
      // administración": screens for staff to edit the data are what a full framework ships and a
      // small one takes an extension and setup for; with an admin asked for, the size only hints too.
      // ...and so does a kind of app that always has staff screens: "a small online shop" is small for a shop.
      // (The kinds of app named are read once, here, for this and for the needs they imply.)
      const kindsNamed = impliedBy.filter((t) => t.kinds.has(words));
      const staffApp = wanted.some((m) => m.id === 'admin' && !m.weak) || kindsNamed.some((t) => t.id === 'admin');
      if (featuresStated >= FEATURES_BEYOND_SMALL || staffApp || scale?.scale === 'large') for (let i = 0; i < wanted.length; i++) if (wanted[i]!.id === 'small_apps' && !wanted[i]!.weak) wanted[i] = { ...wanted[i]!, weak: true };
      // "a tiny intranet page with one form": the form every small site has is no need for a forms
      // library; it only hints, so Bottle stays a good fit for it.
      const strongFeatures = wanted.filter((m) => !m.weak && topicKind.get(m.id as TopicId) === 'feature');
      // "...a contact form and a small blog? I'll host it on a $5 VPS": where it runs is no part of the site.
      const siteFeatures = strongFeatures.filter((m) => m.id !== 'deployment');
      const smallSite = wanted.some((m) => m.id === 'small_apps' && !m.weak) && siteFeatures.length > 0 && siteFeatures.every((m) => PART_OF_ANY_SITE.includes(m.id as TopicId));
      if (smallSite) for (let i = 0; i < wanted.length; i++) if (PART_OF_ANY_SITE.includes(wanted[i]!.id as TopicId)) wanted[i] = { ...wanted[i]!, weak: true };
      // "can bottle take ~80 requests a second, or do we have to go async?": what the
      // asker wonders whether they need, after the option they ask about, is asked, not stated; it only hints.
      // (Not a second option named there: "Sanic mi yoksa Litestar mı?" weighs the two.)
      // ...and so is a way they wonder whether to go instead: "could bottle take ~80 req/s, or do we jump to something async?".
      const needAskedFrom = forms.needInsteadAt(text);
      const needAskedAt = needAskedFrom > 0 ? wordIndexAt(text, needAskedFrom) : -1;
      if (needAskedAt > 0 && matches.some((m) => m.kind === 'framework' && m.end <= needAskedAt) && !matches.some((m) => m.kind === 'framework' && m.start >= needAskedAt)) for (let i = 0; i < wanted.length; i++) if (wanted[i]!.start >= needAskedAt && !wanted[i]!.weak) wanted[i] = { ...wanted[i]!, weak: true };
      // "Is Sanic right for us? ... my one worry is how few answers exist online": a worry about the option weighs in, but
      // is no need it must meet in full (a need said as what matters most, "main concern is latency", still is).
      // (Only of the one option asked about: between two, what worries them is what they weigh.)
      // (Nor where pros and cons are asked: there the worry is what is asked.) Most questions voice no worry, so that is read first.
      const worrySaid = WORRY_SAID.exec(text);
      const namesJoined = () => matches.some((m) => m.kind === 'framework' && (words[m.end] === 'or' || words[m.end] === 'and') && matches.some((n) => n.kind === 'framework' && n.id !== m.id && n.start === m.end + 1));
      const worry = worrySaid && !VS_BETWEEN.test(text) && !CHOOSING_BETWEEN.test(text) && !INSTEAD_OF.test(text) && !cues.has('prosCons') && !namesJoined() ? worrySaid : null;
      const worryAt = worry ? wordIndexAt(text, worry.index) : -1;
      const worrySentence = worryAt >= 0 ? sentences.find((r) => r.start <= worryAt && worryAt < r.end) : undefined;
      if (worrySentence) for (let i = 0; i < wanted.length; i++) if (!wanted[i]!.weak && wanted[i]!.start > worryAt && wanted[i]!.end <= worrySentence.end) wanted[i] = { ...wanted[i]!, weak: true };
      // "which should I study next for websocket jobs?": the work they learn it for is the need, however
      // generic its word ("api" alone only hints elsewhere).
      const learnGoal = LEARN_NEXT.test(text) ? sentences.find((r) => LEARN_NEXT.test(words.slice(r.start, r.end).join(' '))) : undefined;
      const goalAt = learnGoal ? words.slice(learnGoal.start, learnGoal.end).findIndex((w, i, said) => w === 'for' && i > 0 && LEARN_NEXT.test(said.slice(0, i).join(' '))) : -1;
      if (learnGoal && goalAt > 0) for (let i = 0; i < wanted.length; i++) if (wanted[i]!.weak && wanted[i]!.start > learnGoal.start + goalAt && wanted[i]!.end <= learnGoal.end && topicKind.get(wanted[i]!.id as TopicId) === 'feature') wanted[i] = { ...wanted[i]!, weak: false };
      // "a push service with ~25k idle connections per box? no database, no html": needs ruled out are kept only while
      // nothing else is asked (to pick one without them); a need read since, from the load, is what is asked.
      const negatedHere = (m: EntityMatch) => ruledOutMatches.some((r) => r.id === m.id && r.start === m.start);
      if (scale !== null && wanted.some((m) => !negatedHere(m)) && wanted.some(negatedHere)) for (let i = wanted.length - 1; i >= 0; i--) if (negatedHere(wanted[i]!)) wanted.splice(i, 1);
      // "Our Flask codebase has dozens of blueprints. Websockets and async are needed now.": what the team's own
      // app already has, in a sentence that names it and wants nothing, is code to keep, not a need to pick
      // by; beside needs stated elsewhere it only hints (blueprints would otherwise favour FastAPI's layout over Quart's).
      const read = frameworkRoles(words, matches, sentences, forms, clauses);
      const keptIn = asked === null || read.known.size === 0 || matches.some((m) => m.kind === 'framework' && !read.known.has(m.id)) ? [] : sentences.filter((r) => !asked.some((a) => a.start <= r.start && r.end <= a.end) && !NEED_SAID.test(words.slice(r.start, r.end).join(' ')) && matches.some((m) => m.kind === 'framework' && read.known.has(m.id) && m.start >= r.start && m.end <= r.end && OWN_CODE_AFTER.has(words[m.end] ?? '')));
      const kept = (m: EntityMatch) => keptIn.some((r) => m.start >= r.start && m.end <= r.end) && topicKind.get(m.id as TopicId) === 'feature' && !LEADING_TOPICS.includes(m.id as TopicId);
      if (keptIn.length > 0 && wanted.some((m) => !m.weak && !kept(m) && topicKind.get(m.id as TopicId) === 'feature' && !LEADING_TOPICS.includes(m.id as TopicId))) for (let i = 0; i < wanted.length; i++) if (!wanted[i]!.weak && kept(wanted[i]!)) wanted[i] = { ...wanted[i]!, weak: true };
      const strong = unique(wanted.filter((m) => !m.weak).map((m) => m.id));
      // A need only hinted at (a generic word, or a package's field: "asgi" hints at deployment)
      // weighs half in a judgement.
      const weakTopics = unique([...wanted.filter((m) => m.weak).map((m) => m.id), ...implied].filter((id) => !strong.includes(id))) as TopicId[];
      // Two packages compared ("drf vs django ninja") are about their own need first. Placed against
      // each other ("flask-smorest vs apiflask? smorest looks abandoned"), their field leads even a
      // worry or a move said beside them; a move between them ("move our DRF views to Ninja") still leads.
      // ...but not servers named after one of two frameworks weighed, only to say how it runs ("FastAPI behind
      // gunicorn + uvicorn workers ... would Sanic be faster?"): the frameworks are weighed on what is asked.
      const serversAfterFrameworks = named.length >= 2 && concepts.every((id) => conceptKind.get(id) === 'server') && matches.find((m) => m.kind === 'framework' || m.kind === 'concept')?.kind === 'framework';
      const conceptsFirst = concepts.length >= 2 && !serversAfterFrameworks;
      const conceptMatches = matches.filter((m) => m.kind === 'concept' && concepts.includes(m.id));
      const packagesWeighed = conceptMatches.some((m, i) => conceptMatches.slice(i + 1).some((n) => n.id !== m.id && n.start > m.end && words.slice(m.end, n.start).every((w) => BETWEEN_WEIGHED.has(w))));
      const leading = strong.filter((id) => LEADING_TOPICS.includes(id as TopicId));
      const ordered = conceptsFirst
        ? (unique(packagesWeighed ? [...implied, ...leading, ...orderTopics(strong, weakTopics, [], knowledge)] : [...leading, ...implied, ...orderTopics(strong, weakTopics, [], knowledge)]) as TopicId[])
        : orderTopics(strong, weakTopics, implied, knowledge);
      // "a real-time chat for ~1000 concurrent users": the load is sockets held open at once, so the
      // live connections are what is asked about, ahead of scale in general.
      // "a service that only proxies websocket traffic", "devices holding websocket connections": websockets
      // are the need that async serves, so with both named the websockets lead.
      const socketsOverAsync = ordered[0] === 'async' && ordered.includes('websockets') && !weakTopics.includes('websockets');
      const socketsFirst = (socketLoad || socketsOverAsync) && ordered.includes('websockets') ? (unique(['websockets', ...ordered]) as TopicId[]) : ordered;
      // "CRUD on a few dozen tables, no one keen to build admin screens by hand", "staff edit the records": the tables
      // are wanted for the screens that edit them, so with an admin named or implied the admin leads the ORM.
      const orderedTopics = socketsFirst[0] === 'orm' && socketsFirst.includes('admin') ? (unique(['admin', ...socketsFirst]) as TopicId[]) : socketsFirst;
      // "Users worry about speed and deployment. Is aiohttp's server fine in production?": the
      // sentence that asks decides what the question is about; the others are background.
      // "Migrating a large Flask monolith to FastAPI... Is there a way to ... move endpoints over?": a
      // need only hinted at in the sentence that asks does not move ahead of a move stated outright.
      const strongLeadElsewhere = wanted.some((m) => !m.weak && LEADING_TOPICS.includes(m.id as TopicId));
      // Two packages compared ("SQLModel vs plain SQLAlchemy ... for a clinic API?"): a need only hinted at
      // in that sentence does not move ahead of the field they share.
      // (The job market read from "what should I learn next" is said nowhere: it is in no sentence.)
      // Nor do a switch offered beside another way, a move to a package or a machine ("keep marshmallow
      // or switch to pydantic?"), or the simpler fix weighed against a switch: each is only a hint.
      const inAsked = new Set(asked ? wanted.filter((m) => m.end > m.start && asked.some((a) => m.start >= a.start && m.end <= a.end) && !((packagesWeighed || strongLeadElsewhere) && m.weak && !implied.includes(m.id as TopicId)) && !moveOffered(m) && !movesElsewhere(m) && !remedy(m)).map((m) => m.id) : []);
      // "... 20k concurrent websocket connections. Which holds up better?": how it holds up under sockets
      // held open is about the live connections, as the load itself is.
      if (socketLoad && inAsked.has('scalability') && orderedTopics.includes('websockets')) inAsked.add('websockets');
      const askedFirst = inAsked.size > 0 ? [...orderedTopics.filter((id) => inAsked.has(id)), ...orderedTopics.filter((id) => !inAsked.has(id))] : orderedTopics;
      // "a chat ui with server-sent events, need async": a need stated as one outranks one inferred from what is built.
      // "...if the frontend team wants OpenAPI docs": a feature someone insists on is demanded too ("management wants a one-pager" is no need).
      const demandedHere = (m: EntityMatch) => {
        const before = words.slice(Math.max(0, m.start - 2), m.start).join(' ');
        // ("the frontend devs have been asking for an openapi file": the article takes a third word.)
        return DEMANDED_BEFORE.test(before) || (WANTED_BY_SOMEONE.test(words.slice(Math.max(0, m.start - 3), m.start).join(' ')) && topicKind.get(m.id as TopicId) === 'feature');
      };
      // "need ~30k concurrent ws connections": what is needed there is the sockets; "concurrent" is their load.
      const demanded = new Set(wanted.filter((m) => !m.weak && demandedHere(m) && !(socketLoad && m.id === 'async')).map((m) => m.id));
      const demandedFirst = demanded.size > 0 && inAsked.size === 0 ? [...askedFirst.filter((id) => demanded.has(id) || LEADING_TOPICS.includes(id)), ...askedFirst.filter((id) => !demanded.has(id) && !LEADING_TOPICS.includes(id))] : askedFirst;
      // "Our shared host only supports Passenger/WSGI. Does that rule out FastAPI?": where it must run decides, so deployment leads.
      const wsgiOnly = WSGI_ONLY.test(text);
      const wsgiFirst = wsgiOnly && demandedFirst.includes('deployment') ? (unique(['deployment', ...demandedFirst]) as TopicId[]) : demandedFirst;
      // "Flask-SocketIO or move to Quart for websockets?": a move made for a feature is about that feature.
      const move = wsgiFirst[0] === 'migration' ? wanted.find((m) => m.id === 'migration' && !m.weak) : undefined;
      const movedFor = move && wanted.find((m) => !m.weak && topicKind.get(m.id as TopicId) === 'feature' && words[m.start - 1] === 'for' && m.start > move.end && m.start - move.end <= MOVE_REACH);
      // "django forms vs pydantic for validating input": two things weighed for a purpose are weighed on it.
      const vsAt = words.findIndex((w) => w === 'vs' || w === 'versus');
      // ("X vs Y for ~10k concurrent websocket connections": the async read from that load is not what they are weighed for.)
      const weighedFor = movedFor || vsAt < 0 ? undefined : wanted.find((m) => !m.weak && topicKind.get(m.id as TopicId) === 'feature' && words[m.start - 1] === 'for' && m.start > vsAt && m.start - vsAt <= MOVE_REACH && !(socketLoad && inScale(m)));
      // "X vs Y for a JSON microservice, purely speed-wise?": the need said with "-wise" is the axis they are weighed on.
      const axis = wanted.find((m) => !m.weak && m.end > m.start && words[m.end] === 'wise');
      // "...? Our main concern is OpenAPI docs": the need said to matter most decides, wherever it is said.
      const foremost = wanted.find((m) => !m.weak && m.end > m.start && FOREMOST_BEFORE.test(words.slice(Math.max(0, m.start - 4), m.start).join(' ')));
      const lead = axis ?? foremost ?? movedFor ?? weighedFor;
      // "Pyramid vs Django for a large app with complex per-object permissions": the size describes the
      // app, and the feature it is "with" is what tells the options apart, so the feature leads.
      // A large team counted beside it ("40 devs on a monolith with complex permissions") keeps the size first.
      // So does what kind of API it is: "a JSON API with automatic Swagger docs and type-based validation"
      // (its database or its login, "a rest api w/ postgres", are what every API has, and leave the API first).
      const describedFirst = (wsgiFirst[0] === 'scalability' && !largeTeam) || wsgiFirst[0] === 'rest_api';
      const sized = describedFirst ? wanted.find((m) => m.id === wsgiFirst[0] && !m.weak && m.end > m.start) : undefined;
      const leadsAfter = (id: string) => topicKind.get(id as TopicId) === 'feature' && (sized?.id !== 'rest_api' || API_KINDS.includes(id as TopicId));
      const withFeature = sized && SIZED_WITH.test(words.slice(sized.end, sized.end + 4).join(' '))
        ? wanted.find((m) => !m.weak && leadsAfter(m.id) && m.start >= sized.end && m.start - sized.end <= 6)
        : undefined;
      const sizedFirst = withFeature ? (unique([withFeature.id, ...wsgiFirst]) as TopicId[]) : wsgiFirst;
      const leadFirst = lead ? (unique([lead.id, ...sizedFirst]) as TopicId[]) : sizedFirst;
      // "flask project structure for a large app?", "django: many small apps or one big app?": how the
      // codebase is laid out is what is asked, ahead of the size that makes it matter. Freedom to lay it
      // out as they like ("pick my own ORM, templates and folder layout") is flexibility, which stays.
      const layoutSaid = LAYOUT_ASKED.test(text) && topicById.has('project_structure') && !leadFirst.includes('flexibility');
      const topics = layoutSaid ? (unique(['project_structure', ...leadFirst]) as TopicId[]) : leadFirst;
      const fuzzy = matches.filter((m) => !m.exact).length;
      const doubts = fuzzy > 0 ? ['spelling'] : [];
      if (scope.otherEcosystem) doubts.push('otherEcosystem');
      // Frameworks named as a group ("all three") are all options being weighed.
      const namedRoles: Record<string, FrameworkRole> = {};
      for (const id of frameworks) namedRoles[id] = 'candidate';
      for (const [id, role] of read.roles) namedRoles[id] = role;
      // "been doing flask for two years ... what should i learn next?": what they know is what they move on from.
      // "done with the django tutorial and built 2 apps. what should i pick up next?": a framework named
      // only before the sentence that asks what to learn is one they have already learnt.
      const learnSentence = sentences.find((r) => LEARN_NEXT.test(words.slice(r.start, r.end).join(' ')));
      // "if i start with flask, what should i learn after it?": named before the words that ask what
      // comes next, in the same sentence too.
      const learnText = learnSentence ? words.slice(learnSentence.start, learnSentence.end).join(' ') : '';
      const learnAt = learnSentence ? learnSentence.start + wordIndexAt(learnText, LEARN_NEXT.exec(learnText)!.index) : 0;
      const learnt = (id: string) => read.known.has(id) || (learnSentence !== undefined && matches.every((m) => m.id !== id || m.end <= learnAt));
      const roles = learnSentence ? (Object.fromEntries(Object.entries(namedRoles).map(([id, r]) => [id, r === 'context' || learnt(id) ? 'excluded' : r])) as Record<string, FrameworkRole>) : namedRoles;
      const teamKnows = [...read.known];
      // Read once: the yes/no phrasings are tested by several of the readings below.
      // "Our shared host only supports WSGI. Is FastAPI ok?": a yes/no may open a later sentence too.
      // "Is Django overkill? what's simplest?", "Is Django going to be too heavy to run on that?": whether it is too much is a yes/no too.
      // "two json routes and nothing else, is bottle enough?": the yes/no may also close a sentence that opens with the needs.
      const fitClosing = matches.some((m) => m.kind === 'framework' && (words[m.start - 1] === 'is' || words[m.start - 1] === 'are') && sentences.some((r) => r.start < m.start - 1 && m.end < r.end && FIT_CLOSING.test(words.slice(m.end, r.end).join(' '))));
      const fitPhrased = FIT_ASKED.test(text) || fitClosing || sentences.some((r) => { const s = words.slice(r.start, r.end).join(' '); return FIT_ASKED.test(s) || TOO_MUCH_ASKED.test(s); });
      // ("Un collègue dit que c'est trop lourd.": "too heavy" in a sentence that reports what they were told, beside
      // the one that asks, is a claim, not the question.)
      const fitPhrasedAnywhere = fitPhrased || (asked ? asked.some((r) => forms.fitAskedElsewhere(words.slice(r.start, r.end).join(' '))) : forms.fitAskedElsewhere(text));
      // "Someone suggested Django but that feels huge. Is Bottle fine for this?": the sentence that asks
      // is a yes/no on the one framework it names; the others, named only around it, are background.
      const fitSubject = fitSubjectOf(words, asked, sentences, matches, roles, forms);
      if (fitSubject) for (const id of frameworks) if (id !== fitSubject && roles[id] === 'candidate') roles[id] = 'mentioned';
      // "ugh aiohttp docs are confusing, is there a saner async option for a simple api?": another option
      // asked for, after the one they complain about, sets that one aside ("... than bottle" reads on).
      const otherOption = OTHER_OPTION_ASKED.exec(text);
      const otherAt = otherOption ? wordIndexAt(text, otherOption.index) : -1;
      // ("is bottle ok for a one-page signup, or is there something lighter?": the one a yes/no is asked of is not set aside;
      // the other option is the fallback if the answer is no.)
      const otherSentence = sentences.find((r) => otherAt >= r.start && otherAt < r.end);
      const fitBeforeOther = otherSentence !== undefined && FIT_ASKED.test(words.slice(otherSentence.start, otherAt).join(' '));
      if (otherOption && !fitBeforeOther) for (const id of frameworks) if (roles[id] === 'candidate' && matches.every((m) => m.id !== id || m.end <= otherAt)) roles[id] = 'excluded';
      // "something leaner than flask for one little page?": the one it must beat, right after "than", is set aside too.
      const thanAt = otherOption ? otherAt + otherOption[0].split(' ').length : -1;
      const beaten = otherOption && words[thanAt] === 'than' ? matches.find((m) => m.kind === 'framework' && m.start === thanAt + 1) : undefined;
      if (beaten && roles[beaten.id] === 'candidate') roles[beaten.id] = 'excluded';
      // "for people running aiohttp in prod: is it still a good choice for a new service?": "it" is the
      // one framework named, asked about though it was named as what others run.
      // ...and so is a yes/no in a later sentence that names no framework: "we run bottle at work. is it
      // still worth it for new projects?", "kennt jemand aiohttp? lohnt sich das noch?".
      const only = frameworks.length === 1 ? frameworks[0]! : undefined;
      const fitOfNamedBefore = (r: Span) => {
        if (matches.some((m) => m.kind === 'framework' && m.start < r.end && m.end > r.start) || !matches.some((m) => m.kind === 'framework' && m.end <= r.start)) return false;
        const s = words.slice(r.start, r.end).join(' ');
        return FIT_ASKED.test(s) || forms.fitAskedElsewhere(s);
      };
      if (only && roles[only] === 'context' && (IT_ASKED.test(text) || (asked ?? []).some(fitOfNamedBefore))) roles[only] = 'candidate';
      // `first`: frameworks to lead the list, the one a feature question asks about ("django migrations
      // conflict again. does flask even have migrations?" asks about Flask).
      // "is django overkill here?", "Is Django te zwaar voor ...?": whether the one option is too much.
      const overkillAsked = tooMuchAsked;
      // "overkill" is itself one of small apps' words, so the size is said only by another one ("a todo app", "internal tool").
      const asksTooMuch = (m: Span) => {
        const span = words.slice(m.start, m.end).join(' ');
        return OVERKILL_ASKED.test(span) || forms.tooHeavyElsewhere(span);
      };
      // A load so small it says nothing of scale ("like 5 users"): read once, for the size and the load below.
      const tinyLoad = scale?.scale === 'modest' && scale.value < TINY_LOAD;
      // ...and a handful of users says the app is small.
      const sizeUnsaid = overkillAsked && !tinyLoad && wanted.every((m) => m.id !== 'small_apps' || asksTooMuch(m));
      // "litestar rendering its html on the server, ok?": pages, but not how many; a count of many parts, or a
      // large load, says how big.
      const kindSizeUnsaid = () => {
        if (scale?.scale === 'large' || partsNamed(words, knowledge.nlu.vocabulary)?.size === 'many') return [];
        return topics.filter((id) => {
          const unsaid = topicById.get(id)?.sizeUnsaid ?? [];
          const read = wanted.filter((m) => m.id === id && !m.weak);
          return unsaid.length > 0 && read.length > 0 && read.every((m) => unsaid.includes(words.slice(m.start, m.end).join(' ')));
        });
      };
      // Two packages of one kind named (two template engines, two REST toolkits).
      const packageKinds = concepts.map((id) => conceptKind.get(id));
      const kindPair = new Set(packageKinds).size < packageKinds.length;
      // "porting the DRF endpoints over to Django Ninja": a move from one to the other sets them side
      // by side, and the move is what they are weighed on...
      const movedBetween = kindPair && movedBetweenPackages(words, matches, conceptKind);
      const conceptMove = movedBetween && topics.includes('migration') && !weakTopics.includes('migration') && (frameworkMoveSaid(text) || forms.moveElsewhere(text));
      // ...but "Jinja2 vs Django templates: worth switching the engine?", set against each other with a
      // switch that is no move from one to the other, weighs them on what they are (templates).
      const setAgainst = kindPair && !movedBetween && VS_BETWEEN.test(text) && !REPLACED.test(text);
      // Their kind's need leads what else is named beside them ("tortoise vs sqlmodel for async stuff": ORMs),
      // except for two server interfaces, weighed on what they run ("wsgi vs asgi" stays about async).
      const interfacePair = packageKinds.length > 0 && packageKinds.every((k) => k === 'server_interface');
      const kindPairLead: TopicId | undefined = conceptMove ? 'migration' : setAgainst && (topics.includes('migration') || !interfacePair) && implied[0] !== undefined && topics.includes(implied[0] as TopicId) ? (implied[0] as TopicId) : undefined;
      // a TypeError about start_response pasted, then "what did I get wrong?": an error pasted, what it means asked.
      const errorExplained = ERROR_NAMED.test(text) && ERROR_EXPLAINED.test(text) && !frameworkMoveSaid(text);
      const make = (intent: Intent, confidence: number, first: string[] = []): Understanding => {
        const candidates = frameworks.filter((id) => roles[id] === 'candidate');
        // "...: good idea or overkill? if overkill, what else?": the alternative asked for in case the
        // answer is no keeps it a yes/no about the one framework.
        const fitAsked = intent === 'recommend' && candidates.length === 1 && (YES_NO_START.test(text) || !OPEN_QUESTION.test(text.replace(IF_NO_FALLBACK, '')) || fitPhrasedAnywhere);
        const inScope = intent !== 'out_of_scope' && intent !== 'help';
        // "can you list each framework you support?": a group named in a list request is what is listed, not an option weighed.
        const listed = intent === 'list_frameworks' && named.length === 0;
        const feature = intent === 'feature_check' ? topics.find((id) => topicKind.get(id) === 'feature') : undefined;
        // "what's uvicorn and why does every fastapi tutorial start with it?": a package described is about its own field.
        const firstOf = (kind: EntityMatch['kind']) => Math.min(...matches.filter((m) => m.kind === kind).map((m) => m.start));
        // ...unless its upkeep is asked outright: "is drf still maintained?" is about releases, not REST.
        const upkeepAsked = topics.includes('maintenance') && !weakTopics.includes('maintenance');
        // ...and so is a move ("porting a Django REST Framework service over to Litestar"): the package is what is moved.
        const moveAsked = topics.includes('migration') && !weakTopics.includes('migration') && frameworks.length > 1;
        // A package described leads with its field also when it is the framework's own pattern, named after it:
        // "in Django's MVT, do templates play the part of MVC's views?" is about how a project is laid out.
        // "what are Channels, and where do ASGI and Daphne come in?": of several packages, the one defined first is described.
        const firstConcept = concepts.length > 1 ? matches.filter((m) => m.kind === 'concept' && concepts.includes(m.id)).sort((a, b) => a.start - b.start)[0] : undefined;
        const beforeFirst = firstConcept ? words.slice(Math.max(0, firstConcept.start - 3), firstConcept.start).join(' ') : '';
        const definedConcept = firstConcept && (WHAT_IS_BEFORE.test(beforeFirst) || WHAT_IS_BEFORE.test(words.slice(Math.max(0, firstConcept.start - 2), firstConcept.start).join(' ')) || forms.whatIsElsewhere(beforeFirst)) ? firstConcept.id : undefined;
        const describedConcept = concepts.length === 1 ? concepts[0] : definedConcept;
        // "just started with flask - what is flask-login ...?": the package right after "what is" is defined, whatever framework came before it.
        const describedAt = describedConcept === undefined ? undefined : matches.find((m) => m.kind === 'concept' && m.id === describedConcept);
        const definedRightAfter = describedAt !== undefined && WHAT_IS_RIGHT_BEFORE.test(words.slice(Math.max(0, describedAt.start - 3), describedAt.start).join(' '));
        const conceptTopic = intent === 'describe' && describedConcept !== undefined && (firstOf('concept') <= firstOf('framework') || ownPattern(concepts, frameworks) || definedRightAfter) && !upkeepAsked && !moveAsked ? conceptById.get(describedConcept)?.topics[0] : undefined;
        // "can fastapi handle ~3k req/s on an async postgres workload?": the load it must handle is what is asked.
        // "can fastapi handle 2000 requests per second on 4 cores?": requests a second are how fast it answers.
        const loadAsked = loadToCarry && !featureLoad ? (scale.throughput ? 'performance' : 'scalability') : undefined;
        // "Is Django overkill for a one-page site with a contact form?": asking whether it is too much asks about the app's size.
        const sizeAsked = overkillAsked && topics.includes('small_apps') && !weakTopics.includes('small_apps') ? 'small_apps' : undefined;
        // ...but in a how-to ("is it OK to run Django with runserver in production? gunicorn feels like overkill")
        // the size is what the app is, not what is asked.
        // "is flask good for a multi page site w/ login n stuff": what it is weighed for leads the things the app has.
        const object = fitAsked ? fitObjectOf(words, wanted, forms) : null;
        // ...in the sentence that asks: in "is quart production ready? we'd use it for a small internal api" the use is background.
        const objectSaid = object && appKinds.has(object) && scale === null ? wanted.find((m) => m.id === object && !m.weak) : undefined;
        // ...unless all the app does is named: "a lightweight service that only proxies websocket traffic".
        const soleDuty = () => wanted.some((m) => !m.weak && topicKind.get(m.id as TopicId) === 'feature' && words.slice(Math.max(0, m.start - 2), m.start).includes('only'));
        const kindWeighed = objectSaid && inAskedSentence(objectSaid) && !soleDuty() ? object! : undefined;
        const lead = feature ?? (intent === 'compare' ? kindPairLead : undefined) ?? conceptTopic ?? loadAsked ?? (intent === 'describe' ? undefined : (sizeAsked ?? kindWeighed));
        const ordered = lead ? [lead, ...topics.filter((id) => id !== lead)] : topics;
        const setAside = setAsideMatches(words, matches);
        return {
          intent,
          frameworks: inScope && !listed ? [...first, ...frameworks.filter((id) => !first.includes(id))] : [],
          topics: inScope ? ordered : [],
          concepts: inScope ? concepts : [],
          confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
          doubts,
          roles,
          teamKnows,
          teamSkills: [...read.skilled].filter((id) => teamKnows.includes(id)),
          weakTopics,
          impliedNeeds: inScope ? kindsNamed.filter((t) => !topics.includes(t.id)).map((t) => t.id) : [],
          // Words already read as a need or a name are weighed through ratings, not again as affinity.
          affinity: affinityOf(words, setAside),
          fitAsked,
          uncovered: scope.uncovered,
          otherSense: scope.otherSense,
          frameworkKind: frameworkKindAsked(text),
          builtInOnly: BUILT_IN_ASKED.test(text),
          fewDependencies: fewDependencies !== null,
          noDependencies: NO_DEPENDENCIES.test(text),
          ecosystemKind: ecosystemKindOf(words),
          wsgiOnly,
          overkillAsked,
          tooMuchAsked: overkillAsked && (!asked || asked.some(asksTooMuch)),
          sizeUnsaid,
          kindSizeUnsaid: fitAsked ? kindSizeUnsaid() : [],
          editedContent: fitAsked && editedContent.has(words),
          highStakes: HIGH_STAKES.test(text),
          longevityAsked: LONGEVITY.test(text) || LASTING_PRODUCT.test(text) || forms.longevityElsewhere(text),
          licenceAsked,
          otherSide,
          longLife: LONG_LIFE.test(text) || LTS_ASKED.test(text),
          fitObject: object,
          featureSubject: intent === 'feature_check' ? (first[0] ?? null) : null,
          modestLoad: scale?.scale === 'modest',
          tinyLoad,
          largeUserBase: scale?.scale === 'large' && scale.people,
          largeTeam,
          needsUndecided: forms.undecided(text),
          ruledOut,
          unwanted: unwantedTopics(words, matches, ruledOutMatches) as TopicId[],
          packagesSetAside: unique(setAside.map((m) => m.id)),
          namedInPackage: named.length > 0 && matches.every((f) => f.kind !== 'framework' || matches.some((c) => c.kind === 'concept' && c.start <= f.start && f.end <= c.end)),
          errorExplained,
        };
      };

      // "Retool's licence went up to $2k a month. Flask-Admin or the Django admin?": a licence in the background is not what is asked.
      // "django vs rails?", "laravel or django for our shop": one of ours set right against another
      // ecosystem's framework is a comparison we can answer for our side, not a question about theirs.
      const ecosystemAgainst = scope.ecosystemSpans.find(
        (e) =>
          (VERSUS_OR.has(words[e.start - 1] ?? '') && matches.some((m) => m.kind === 'framework' && m.end === e.start - 1)) ||
          (VERSUS_OR.has(words[e.end] ?? '') && matches.some((m) => m.kind === 'framework' && m.start === e.end + 1)),
      );
      const oursAgainstOther = ecosystemAgainst !== undefined && frameworks.length === 1;
      const otherSide = unknownSide(words, matches, scope.ecosystemStarts) ?? (oursAgainstOther ? words.slice(ecosystemAgainst.start, ecosystemAgainst.end).join(' ') : null);
      const licenceAsked = (asked ?? [{ start: 0, end: words.length }]).some((a) => licenceWords.has(words.slice(a.start, a.end)));
      if (words.length === 0) return make('help', 1);
      // "/whichpy list": the bare command word asks for the frameworks we know.
      if (LIST_COMMAND.test(text)) return make('list_frameworks', 0.95);
      // "Γεια! Τι μπορείς να κάνεις;": what whichpy can do, asked in another language, with nothing of ours named.
      if (frameworks.length === 0 && concepts.length === 0 && strong.length === 0 && forms.helpAskedElsewhere(text)) return make('help', 0.9);
      // "My manager dropped this bot into our channel... What can you actually help with?": the
      // sentence that asks is about whichpy itself, whatever the background mentions (a chat
      // "channel" read as Django Channels).
      // "r u a bot? what do u actually do lol": the last sentence asks it too, without a question mark and
      // with a laugh after it.
      const selfAsked = [(asked ?? sentences).at(-1), sentences.at(-1), sentences[0]].find(
        (s) => s !== undefined && HELP_ASKED.test(words.slice(s.start, s.end).join(' ').replace(TRAILING_LAUGH, '')),
      );
      if (selfAsked && !matches.some((m) => m.start >= selfAsked.start)) return make('help', 0.9);
      // "can this bot answer questions about deploying apps?", "do you compare things as well?": what
      // whichpy can be asked, with no framework or package named, is a call for help whatever need is named.
      if (frameworks.length === 0 && concepts.length === 0 && ABILITY_ASKED.test(text)) return make('help', 0.8);
      // Nothing but a name ("cherry py", "sanic?"): what it is.
      const covered = new Set(matches.filter((m) => m.kind === 'framework').flatMap((m) => Array.from({ length: m.end - m.start }, (_, i) => m.start + i)));
      if (named.length === 1 && covered.size === words.length) return make('describe', 0.9);
      // ...or a package's name, its framework's inside it ("django ninja?", "flask-login"): what the package is.
      const packageAlone = matches.find((m) => m.kind === 'concept' && m.start === 0 && m.end === words.length);
      // ("flask admin panel?" is the framework and a need's name, and asks whether Flask has it.)
      const packageRest = () => words.filter((_, i) => !covered.has(i)).join(' ');
      if (packageAlone && conceptKind.get(packageAlone.id) !== 'capability' && !needNames.has(packageRest())) return make('describe', 0.9);
      // "aiohttp swagger/openapi?", "bottle websockets?": one name and nothing but a feature's words asks whether it has it.
      const featureWords = matches.filter((m) => m.kind === 'topic' && !m.weak && topicKind.get(m.id as TopicId) === 'feature');
      const onlyNameAndFeature = named.length === 1 && featureWords.length > 0 && new Set(featureWords.map((m) => m.id)).size === 1 && words.every((_, i) => covered.has(i) || featureWords.some((m) => i >= m.start && i < m.end));
      // ...but "fastapi deployment?", "fastapi deploy k8s" asks how it is deployed, which every framework is.
      if (onlyNameAndFeature && featureWords[0]!.id === 'deployment' && DEPLOY_WORD.test(text)) return make('describe', 0.9);
      if (onlyNameAndFeature) return make('feature_check', 0.9);
      // A framework's name in its everyday sense, another ecosystem, or plain Python: not ours.
      // A capability (rate limiting, caching, sessions) is something clients have too: "the GitHub API
      // keeps rate limiting my python script" names no package of ours.
      // ...and so is a pattern many frameworks share (dependency injection, "batteries included"), said beside
      // another ecosystem: "Spring's DI vs Micronaut's" names none of ours (Django's MVT stays Django's).
      const sharedPattern = (id: string) => conceptKind.get(id) === 'pattern' && (conceptById.get(id)?.frameworks.length ?? 0) > 1;
      const packages = concepts.filter((id) => conceptKind.get(id) !== 'capability' && !(scope.otherEcosystem && sharedPattern(id)));
      // (Only a question with another ecosystem's name anywhere can ask about it in one part.)
      if ((frameworks.length > 0 || (asked !== null && asked.length > 0)) && scope.otherEcosystem && askedInOtherEcosystem(words, askingPart(words, asked, clauses), readAlone)) return make('out_of_scope', 0.85);
      const decline = declineReason({ frameworks, concepts: packages, roles, strongTopics: strong.length, topics: topics.length, scope, words, knownBefore: forms.knownBefore });
      if (decline) return make('out_of_scope', decline === 'offTopic' ? 0.75 : decline === 'generalPython' ? 0.85 : 0.9);
      // "...the numbers end up in a Flask page eventually, but the slow bit is the crunching": plain Python's
      // trouble, put where nothing of ours is, with the framework only around it.
      if (scope.generalPython && frameworks.length > 0 && !saysFramework(words, scope) && troubleElsewhere(words, text, sentences, askingPart(words, asked, clauses), matches, readAlone)) return make('out_of_scope', 0.8);
      // "my class site covers tornadoes: how wide can they get?", "two flasks of
      // coffee": a framework is one of its kind, never counted, so everyday-word names only in the plural are
      // the everyday things. Only plurals no possessive reads as: "-es", or "-s" after a count ("pyramid's"
      // and "pyramids" are one word once the apostrophe goes). (Read here, not in the features: the
      // classifier learnt from "what do falcons eat".)
      const frameworkNames = matches.filter((m) => m.kind === 'framework');
      const pluralOnly = frameworkNames.length > 0 && frameworkNames.every((m) => everydayName.has(m.id) && m.end - m.start === 1 && (words[m.start] === `${m.id}es` || (words[m.start] === `${m.id}s` && COUNTED.test(words[m.start - 1] ?? ''))));
      if (pluralOnly && !saysFramework(words, scope)) return make('out_of_scope', 0.85);
      // "writing a small web app for my chess club. how does castling work again?": the app is who asks, not what is asked.
      // ...and so is a framework the team runs: "a small agency (mostly Django sites) ... any suppliers that engrave in small batches?".
      const onlyRun = frameworks.length === 0 || (frameworks.every((id) => roles[id] === 'context') && strong.length === 0);
      if (onlyRun && concepts.length === 0 && !saysFramework(words, scope) && askedAside(words, askingPart(words, asked, clauses), readAlone)) return make('out_of_scope', 0.75);

      const probabilities = classifier.predict(features);
      const plainNameInOtherScript = frameworks.some((id) => !everydayName.has(id)) && words.some((w) => OTHER_SCRIPT.test(w));
      // "instalar python e flask no windows?": plain Python beside the one framework named, in words the
      // classifier has not seen, leaves the framework asked about (in English the readings below decide).
      const pythonBesideOne = scope.generalPython && !english(words);
      let best: Intent = 'out_of_scope';
      let bestP = -1;
      const options = frameworks.filter((id) => roles[id] === 'candidate').length;
      // A capability (sessions, rate limiting) is something to have or lack, like a feature topic.
      const capabilities = concepts.filter((id) => conceptKind.get(id) === 'capability').length;
      const featureCount = topics.filter((id) => topicKind.get(id) === 'feature').length + capabilities;
      const comparable = concepts.filter((id) => conceptKind.get(id) !== 'pattern' && conceptKind.get(id) !== id).length;
      // "Litestar statt FastAPI": read once, for the intents allowed and for whether two things are set against each other.
      const insteadOf = forms.insteadOfElsewhere(text);
      const shape = { fw: frameworks.length, concepts: concepts.length, comparable, topics: topics.length, features: featureCount, options, strong: strong.length, prosConsAsked: cues.has('prosCons'), insteadOf, scope, text };
      for (const [intent, p] of probabilities) {
        // A framework's name with nothing around it either way ("vs flask?") is the framework,
        // unless the classifier is fairly sure the question is not ours.
        // "Er Bottle nok til et lille internt værktøj?": a yes/no about the one option, in words the
        // classifier has not seen, asks about the framework however sure it is; so does "does it have"
        // ("Sanic gère le cache nativement ?").
        // "Django শেখা কি খুব কঠিন?": a name that is no everyday word, asked about in another script, is the
        // framework; words the classifier never saw make it sure of nothing. So are its weak points asked in
        // another language ("Quali sono i difetti di Flask?"), wherever the askers come from.
        const doubtfulDecline =
          intent === 'out_of_scope' && frameworks.length > 0 && (p < SURE_DECLINE || oursAgainstOther || (options === 1 && (fitPhrasedAnywhere || forms.hasFeatureElsewhere(text) || plainNameInOtherScript || pythonBesideOne || forms.prosConsElsewhere(text))));
        if (p > bestP && !doubtfulDecline && allowed(intent, shape)) {
          best = intent;
          bestP = p;
        }
      }
      // "qwzx blorp frobnicate": words nobody has used in an example are not a greeting, whatever the
      // classifier makes of greetings in many languages; a gap to record, not the help text.
      // One word ("yo", "sup") may be a greeting we have not seen; several, none of them known, are not.
      const gibberish = () => matches.length === 0 && words.length >= 2 && words.every((w) => !known.has(stem(w)));
      if (best === 'help' && gibberish()) best = 'out_of_scope';
      // "東京で一番おいしいラーメン屋はどこ？": a question in another language, with nothing of ours
      // in it, that neither greets nor asks what whichpy does, is about something else, not a call for help.
      if (best === 'help' && matches.length === 0 && words.length >= LONGER_THAN_HELP && !english(words) && !forms.helpAskedElsewhere(text) && !forms.greetedElsewhere(text) && !cues.has('greeting')) best = 'out_of_scope';
      // "¿Me ayudas a redactar una carta de despedida para un compañero?": in another language, at some length,
      // nothing of ours, no need, nothing web or Python and many words no question of ours uses, neither
      // greeting nor asking about the bot: about something else ("¿cuál es mejor para mi proyecto?" uses only ours).
      const foreignElsewhere = frameworks.length === 0 && concepts.length === 0 && topics.length === 0 && scope.web === 0 && !saysPython(words) && !saysFramework(words, scope) && words.length >= 6 && scope.unfamiliar >= ELSEWHERE_IN_OTHER_LANGUAGE && !english(words);
      if (foreignElsewhere && best !== 'help' && !cues.has('greeting') && !forms.greetedElsewhere(text) && !forms.helpAskedElsewhere(text) && !BOT_WORDS.test(text)) best = 'out_of_scope';
      // "who has the pager tonight?": who, asked of someone other than the bot (not "who are you", "who made
      // this"), with nothing of ours, asks the people in the channel.
      // "who's doing the release notes this sprint": whatever need a word of it reads as, with nothing web or Python.
      if (frameworks.length === 0 && concepts.length === 0 && scope.web === 0 && !saysPython(words) && WHO_ASKED.test(text) && !ABOUT_THE_BOT.test(text)) best = 'out_of_scope';
      // "snack ideas?", "gym playlist recs": a short message with nothing of ours, half of it words no question of
      // ours uses, that neither greets nor asks what whichpy does, is about something else ("ideas?" alone is vague, ours).
      if (best === 'help' && matches.length === 0 && scope.unfamiliar >= 0.5 && !cues.has('greeting') && !forms.greetedElsewhere(text) && !forms.helpAskedElsewhere(text) && !HELP_OF_BOT.test(text)) best = 'out_of_scope';
      // "what's everyone using for backend in python?", "what are you all using for python web apps?":
      // what people use for something web in Python, with nothing of ours named, asks for a pick.
      if ((best === 'help' || best === 'out_of_scope') && frameworks.length === 0 && concepts.length === 0 && scope.web > 0 && saysPython(words) && IN_USE_ASKED.test(text)) best = 'recommend';
      // "any framework thats like django but async first?", "an API framework that doesn't force Pydantic
      // on me, anything out there?": one framework asked for by what it must be is a pick, where the list
      // (read by the classifier, not allowed with a need or a likeness named) would have been.
      // ("any fw that does DI like fastapi but without pydantic?" checks nothing of FastAPI, named only as the likeness.)
      // Read only for the few questions in that form, after the cheap checks.
      const listRead = () => [...probabilities].reduce((a, b) => (b[1] > a[1] ? b : a))[0] === 'list_frameworks';
      const noneAskedOf = () => frameworks.every((id) => roles[id] === 'like' || roles[id] === 'excluded');
      if ((best === 'describe' || best === 'feature_check') && options <= 1 && topics.length > 0 && ONE_FRAMEWORK_WANTED.test(text) && (best === 'describe' ? listRead() : noneAskedOf())) best = 'recommend';
      // "need a python api framework without pydantic, any options?": a framework asked for by a package
      // it must not force is a pick by what it must be, not the list of all.
      // ...also when the one named is only the likeness wanted ("a FastAPI-like framework but without Pydantic").
      if (best === 'list_frameworks' && noneAskedOf() && setAsideMatches(words, matches).length > 0) best = 'recommend';
      // A yes/no on the one framework the asking sentence names is no comparison with those around it.
      if (fitSubject && best === 'compare') best = 'recommend';
      // ...nor are pros and cons asked of it, unless a move between them is what is weighed ("Replace Tornado with FastAPI? Is a rewrite worth it?").
      if (best === 'compare' && !topics.includes('migration') && prosSubjectOf(words, asked, sentences, matches) !== undefined) best = 'pros_cons';
      // "We're a Spring shop... Is there a Python web framework with real DI built in?": a Python
      // framework asked for by a need is ours, whatever ecosystem the askers come from.
      const frameworkAsked = saysFramework(words, scope);
      // "Osaamme vähän Pythonia", "Pythonban dolgozunk": Python inflected in another language is Python.
      // ...and so is chat's "py" before a framework word ("which py fw is most like rails?").
      const pythonNamed = words.some((w) => w.startsWith('python')) || saysPython(words);
      // "anyone want to split a pizza for lunch?": nothing of ours, nothing web or Python, and no word
      // that asks for a pick ("which", "best", "recommend") is no vague question of ours, whatever its phrasing.
      if (best === 'recommend' && matches.length === 0 && !frameworkAsked && !pythonNamed && scope.web === 0 && scope.technical === 0 && english(words) && !PICK_ASKED.test(text)) best = 'out_of_scope';
      if (best === 'out_of_scope' && frameworks.length === 0 && strong.length > 0 && pythonNamed && frameworkAsked) best = 'recommend';
      // "Ένα site με 5 σελίδες: ποιο framework προτείνετε;": a framework asked for a site of counted
      // parts, in words the classifier has not seen, is a pick for us; no other ecosystem is named.
      if (best === 'out_of_scope' && frameworks.length === 0 && frameworkAsked && !scope.otherEcosystem && !scope.generalPython && partsNamed(words, knowledge.nlu.vocabulary) !== null) best = 'recommend';
      // "Welke Python-webframeworks zijn er?", "…કયું Python વેબ ફ્રેમવર્ક…?": Python and a web
      // framework asked about in words the classifier has not seen are ours, and so is Python's closest
      // thing to another ecosystem's framework ("Coming from Sinatra...", "any python framework close to
      // spring boot?"); its best other reading stands.
      // So is a Python framework asked for in such words with nothing of another kind around it ("Ni
      // framework gani ya Python inafaa kwa mfumo wa shule...?": no other ecosystem, no plain-Python work, no everyday sense).
      const plainlyOurs = frameworkAsked && !english(words) && !scope.otherEcosystem && !scope.generalPython && scope.otherSense.length === 0 && !scope.otherKindOfFramework && scope.everyday === 0;
      // ...and so is a framework asked for a need of ours in such words, Python unsaid ("Vilket ramverk passar
      // för en liten webbtjänst i en enda fil?"): nothing of another kind is around it either.
      const pickOfOurs = frameworks.length === 0 && strong.length > 0 && plainlyOurs;
      if (best === 'out_of_scope' && (pickOfOurs || (frameworks.length === 0 && pythonNamed && ((frameworkAsked ? scope.web >= 1 : scope.web >= 2) || webFaceOnProgram(text) || plainlyOurs || (scope.otherEcosystem && (CLOSEST_ASKED.test(text) || LIKENESS_ASKED.test(text) || (frameworkAsked && ecosystemOnlyBehind(words, scope, forms.knownBefore)))))))) {
        const ours = [...probabilities].filter(([intent]) => intent !== 'out_of_scope' && intent !== 'help' && allowed(intent, shape)).sort((a, b) => b[1] - a[1]);
        if (ours[0]) best = ours[0][0];
      }
      // "flask openapi docs like fastapi's /docs page?", "Hat Litestar OpenAPI wie FastAPI?": the name
      // after "like" is what the one option should resemble, so a feature named asks whether it has it.
      // The one option may be the team's own ("an internal API built on Falcon ... docs like FastAPI's?").
      const likeOnly = named.some((id) => roles[id] === 'like') && named.filter((id) => roles[id] !== 'like' && roles[id] !== 'excluded').length === 1;
      // "...or should that be something else like fastapi": there "like" offers the alternative weighed.
      // ("is there a Flask-Login equivalent for Quart?": a package of the framework it should resemble is that likeness too.)
      const likePackagesOnly = concepts.every((id) => (conceptById.get(id)?.frameworks ?? []).some((f) => roles[f] === 'like') && !(conceptById.get(id)?.frameworks ?? []).some((f) => roles[f] === 'candidate'));
      // (A feature counts in the sentence that asks: "how often does Falcon release? we want websocket handlers in a Flask-like style" asks about upkeep.)
      const likeFeatureAsked = likeOnly && likePackagesOnly && featureCount > 0 && (featureAsked || concepts.length > 0) && !ALTERNATIVE_SUCH_AS.test(text);
      if (best === 'compare' && likeFeatureAsked) best = 'feature_check';
      // A yes/no question whether one option is a good pick is a fit question, even when it also
      // asks for pros and cons (contract v2) or names a feature ("FastAPI va bene per il backend REST?").
      // A package or server beside it keeps the feature question: "is `fastapi run` good enough or do i still need gunicorn?".
      const fitOverrides = best === 'pros_cons' || best === 'describe' || (best === 'feature_check' && concepts.length === 0);
      if (fitOverrides && options === 1 && fitPhrasedAnywhere) best = 'recommend';
      // "Is it OK to run Django with manage.py runserver in production?": whether a practice is fine is
      // how to use the framework, described; "is it ok to use bottle for a shop?" still asks about fit.
      if (best === 'recommend' && options <= 1 && PRACTICE_ASKED.test(text)) best = 'describe';
      // "the dev server warns against production use; then what should we run it on in prod?": with the one framework
      // already chosen, what runs it in production is a server, explained, not a framework picked.
      if ((best === 'recommend' || best === 'feature_check') && named.length === 1 && topics[0] === 'deployment' && !fitPhrasedAnywhere && PRODUCTION_RUNNER_ASKED.test(text)) best = 'describe';
      // "starlette keeps returning 400 errors for my form posts": a failure reported
      // in the one framework is something to explain, not a yes/no on it, unless the asker weighs leaving it.
      if ((best === 'recommend' || best === 'pros_cons') && named.length === 1 && PROBLEM_REPORTED.test(text) && !fitPhrasedAnywhere && !USE_ASKED.test(text) && !frameworkMoveSaid(text) && !COMPARATIVE.test(text)) best = 'describe';
      // a TypeError about start_response pasted, then "what did I get wrong? is another server needed?":
      // an error pasted and what it means asked is explained, whatever the question after it weighs.
      if ((best === 'feature_check' || best === 'compare') && errorExplained) best = 'describe';
      // "is drf overkill for a small api?", "is django ninja production ready?": a yes/no on a package,
      // server or ORM named first picks no framework (contract v2: recommend is only for a framework);
      // it is described, with the frameworks around it as its setting.
      if (best === 'recommend' && fitPhrasedAnywhere && packageAskedFirst(matches, conceptKind)) best = 'describe';
      // "Can Django handle ~200k requests a day? The stack is Postgres and a Redis cache.": a load the one framework
      // must carry asks whether it fits, whatever packages the setup beside it names. So does a load on a
      // feature: "will our Flask app hold 3000 sockets? We run Flask-SocketIO and it chokes near 600."
      if (best === 'feature_check' && loadToCarry && named.length === 1) best = 'recommend';
      // "Do Flask async views actually let my app handle more requests?", "Are Django async views actually
      // async when they hit the ORM?": whether a feature really does what it seems to is how it works, described;
      // so is how it behaves ("will litestar background tasks get lost if the pod is killed?").
      // ...but "can pyramid actually carry 40k visitors a day?" asks whether it carries a load: a fit question.
      // So does "can sanic really take production traffic?", with the load only named.
      if ((best === 'recommend' || best === 'feature_check' || best === 'pros_cons') && named.length === 1 && !fitPhrasedAnywhere && ((REALLY_DOES.test(text) && !loadToCarry && !TRAFFIC_HANDLED.test(text)) || BEHAVES.test(text))) best = 'describe';
      // "Good resources to learn Flask properly?", "Where do people actually learn Falcon?", "an easier way to learn it?": where and how to learn one framework is described.
      if ((best === 'recommend' || best === 'pros_cons') && named.length === 1 && LEARN_WHERE.test(text)) best = 'describe';
      // "Tutorial A builds auth by hand in FastAPI; B says use fastapi-users. Which is the sane approach?":
      // picking an approach within one framework picks no framework (contract v2).
      if (best === 'recommend' && options <= 1 && WHICH_APPROACH.test(text) && !WHICH_FRAMEWORK.test(text)) best = concepts.length > 0 ? 'compare' : 'describe';
      // "fastapi sync def vs async def endpoints, which is faster?": two ways of one framework set side by
      // side, with no other framework on either side, pick no framework; they are explained.
      const withinOne = vsAt > 0 && named.length === 1 && concepts.length === 0 && matches.every((m) => m.kind !== 'framework' || m.end <= vsAt);
      if (best === 'recommend' && withinOne && !fitPhrasedAnywhere && !WHICH_FRAMEWORK.test(text)) best = 'describe';
      if (best === 'recommend' && choosesSomethingElse({ concepts, strongTopics: strong.length, scope, words }, sentences)) best = 'out_of_scope';
      // "best async framework that still feels like flask", "anything but django": the names are
      // what to move from, so the question is which to pick.
      const onlyReferences = named.length > 0 && named.every((id) => roles[id] === 'like' || roles[id] === 'excluded');
      // "not django. not flask. need async + typed + openapi. go.": with every name set aside, needs listed ask for a pick too.
      // ...and so does one need beside "something like X": "want something like bottle but with an ORM".
      if (onlyReferences && concepts.length === 0 && (OPEN_QUESTION.test(text) || strong.length >= 2 || (strong.length > 0 && SOMETHING_LIKE.test(text))) && (best === 'describe' || best === 'pros_cons' || best === 'feature_check')) best = 'recommend';
      // "Not Django, not Flask: I use both at work... async, typed, good docs. What's left?": nothing named is left to weigh.
      if (best === 'compare' && concepts.length === 0 && named.length > 0 && named.every((id) => roles[id] === 'excluded')) best = 'recommend';
      // "leaving Laravel: admin, auth, queues, ORM, templates. What's the closest thing?": several needs and an open question pick a framework.
      if (best === 'describe' && named.length === 0 && strong.length >= 2 && OPEN_QUESTION.test(text) && !DEFINITION.test(text)) best = 'recommend';
      const weighed = frameworks.filter((id) => roles[id] === 'candidate').length + concepts.length;
      // "drf или django ninja", "is X really faster than Y": two things weighed against each other.
      // "why use daphne over uwsgi" too: its pros and cons are relative to the other one.
      // "quart or fastapi if we already have flask templates": two names joined by "or" are weighed against each other.
      // ("is cherrypy wsgi or asgi?" asks which of two interfaces one framework uses: not weighed).
      // Two packages of one kind joined by "or" before any framework are the choice too: "Waitress or
      // gunicorn for a Flask app? no idea what a WSGI server is" (the framework is what they serve).
      // ("do I need uvicorn or gunicorn or something else?" asks what is needed, not which of two.)
      // "In a Starlette project, Tortoise or plain SQLAlchemy?": after the framework too, a word like "plain" between,
      // unless they are server interfaces ("is cherrypy wsgi or asgi?") or what it runs with ("why doesn't
      // falcon run with waitress or gunicorn?").
      // (The article only where the name ends what is said: "my mentor says 'try peewee' or 'the Django ORM does all that'" quotes two sayings.)
      const endsClause = (end: number) => end === words.length || clauses.some((c) => c.end === end);
      // "Peewee mi Tortoise mu?": in Turkish the question particle after each of two things is the "or" itself.
      const orAfter = (m: EntityMatch) => {
        const at = OR_PARTICLES.has(words[m.end] ?? '') ? m.end + 1 : m.end;
        if (OR_WORDS.has(words[at] ?? '')) return at;
        return at > m.end && matches.some((n) => n.start === at && OR_PARTICLES.has(words[n.end] ?? '')) ? m.end : -1;
      };
      const orPair = (m: EntityMatch, n: EntityMatch, orAt: number) =>
        (n.start === orAt + 1 || (n.start === orAt + 2 && (PLAIN_WORDS.has(words[orAt + 1] ?? '') || (OR_ARTICLES.has(words[orAt + 1] ?? '') && endsClause(n.end))))) &&
        n.kind === m.kind &&
        (m.kind === 'framework' || (m.kind === 'concept' && conceptKind.get(m.id) === conceptKind.get(n.id) && words[n.end] !== 'or'));
      const firstFramework = matches.find((m) => m.kind === 'framework')?.start ?? Infinity;
      const orJoined = matches.filter((m, i) => {
        const orAt = orAfter(m);
        return orAt >= 0 && (m.kind === 'framework' || (m.kind === 'concept' && (m.start < firstFramework || (conceptKind.get(m.id) !== 'server_interface' && !USED_WITH.has(words[m.start - 1] ?? ''))))) && matches.slice(i + 1).some((n) => orPair(m, n, orAt));
      });
      const joinedByOr = orJoined.length > 0;
      // "whats the difference between flask run and gunicorn": two things set side by side.
      const against = COMPARATIVE.test(text) || joinedByOr || forms.differenceBetween(text) || insteadOf;
      // "Стоит ли переходить с DRF на Django Ninja?": a move, said in another language.
      const moveSaid = frameworkMoveSaid(text) || forms.moveElsewhere(text);
      // (A move read only from those words weighs the two as it did before it was read as the topic.)
      const movingBetween = moveSaid && (topics[0] !== 'migration' || moveReadFromForm);
      const weighable = best === 'feature_check' || best === 'describe' || (best === 'pros_cons' && against);
      // "Can I use Jinja2 in Django instead of the Django template language?": whether a package can be
      // used in one framework is a feature question, whatever it would replace.
      const openingAsk = asked?.[0] ?? sentences[0];
      const usedIn = best === 'feature_check' && openingAsk !== undefined && USE_IN_ASKED.test(words.slice(openingAsk.start, openingAsk.end).join(' '));
      // "the main cons of Tornado compared to the newer ASGI frameworks": a kind of framework ("ASGI
      // frameworks") is what its pros and cons are measured against, not a second side.
      const measuredAgainstKind = best === 'pros_cons' && named.length === 1 && matches.some((m) => m.kind === 'concept' && KIND_OF_FRAMEWORK_AFTER.has(words[m.end] ?? ''));
      // ("is there a Flask-Login equivalent for Quart? we're porting our app": the likeness and the move are
      // why they ask; whether the one option has the feature is what is asked.)
      // ("...SynchronousOnlyOperation. what does it mean? daphne rather than gunicorn then?": the error explained stays the question.)
      if (weighable && weighed >= 2 && (against || movingBetween) && !usedIn && !measuredAgainstKind && !(best === 'feature_check' && likeFeatureAsked) && !(best === 'describe' && errorExplained)) best = 'compare';
      if (conceptMove && (best === 'feature_check' || best === 'describe' || best === 'pros_cons' || best === 'recommend')) best = 'compare';
      // "inside Falcon, marshmallow schemas or Pydantic, which one?": two packages of one kind joined by
      // "or", with at most one framework to use them in, are what is picked between.
      if (best === 'recommend' && options <= 1 && orJoined.some((m) => m.kind === 'concept')) best = 'compare';
      // "Moving our Bottle app to Flask: how much work is that?": the move itself, from one framework to the
      // other, weighs the two. (Whether both can run at once during the move is a question about one of them.)
      if (best === 'describe' && moveSaid && weighed >= 2 && topics[0] === 'migration' && !COEXIST.test(text)) best = 'compare';
      // "which framework does dependency injection well?": with nothing named, "which framework" asks for a pick, not a definition.
      // A pattern or capability to have ("does dependency injection well") is a need like a topic.
      const onlyNeeds = concepts.every((id) => conceptKind.get(id) === 'pattern' || conceptKind.get(id) === 'capability');
      if (best === 'describe' && named.length === 0 && onlyNeeds && WHICH_FRAMEWORK.test(text)) best = 'recommend';
      // "migrating tornado -> fastapi, any gotchas": the catches of a move between two things weigh them (contract v2).
      if (best === 'pros_cons' && weighed >= 2 && moveSaid) best = 'compare';
      // "replacing DRF with fastapi for our api, what broke?": a move between two named things is weighed, not a pick among all.
      if (best === 'recommend' && weighed >= 2 && REPLACE_WITH.test(text) && !fitPhrased) best = 'compare';
      // "is sanic much simpler, coming from a flask background?": one option held against the
      // team's own framework with a comparative is a comparison, not a fit question.
      const heldAgainst = weighed === 1 && named.some((id) => roles[id] === 'context') && COMPARATIVE_ADJECTIVE.test(text);
      // ...and so is the trade-offs of one option against the framework everyone else there runs.
      // ("Sanic in place of Flask, which our other services run: trade-offs?" sets Flask aside only as the option replaced.)
      const tradeOffs = weighed === 1 && named.length === 2 && named.some((id) => roles[id] === 'context' || roles[id] === 'excluded') && TRADE_OFFS.test(text);
      if (best === 'recommend' && (heldAgainst || tradeOffs)) best = 'compare';
      // "should we move our flask app to quart?": moving from the team's framework to one option weighs the two (contract v2).
      const movingOwn = weighed === 1 && named.some((id) => roles[id] === 'context') && (MOVE_BETWEEN.test(text) || forms.moveElsewhere(text));
      if (best === 'recommend' && movingOwn) best = 'compare';
      // "is litestar mature enough for a fintech?": a quality that must be enough is a fit question,
      // even when features are mentioned on the way ("we like the DTOs").
      // "starlette for beginners who want auth and an orm?": "X for Y" is a fit question (contract v2),
      // however many features Y names. "is flask ok without an orm?" asks about doing without one.
      const firstName = matches.find((m) => m.kind === 'framework');
      const xForY = firstName !== undefined && firstName.start <= 1 && forms.forWord(words[firstName.end] ?? '') && options === 1;
      const withoutFeature = topics.length > 0 && topics.every((t) => ruledOut.includes(t));
      if (best === 'feature_check' && (xForY || withoutFeature)) best = 'recommend';
      const qualityEnough = matches.some((m) => m.kind === 'topic' && topicKind.get(m.id as TopicId) === 'quality' && words[m.end] === 'enough');
      if (best === 'feature_check' && qualityEnough && options === 1) best = 'recommend';
      // "moving from flask to quart, it has asyncio support": a move weighed on a need is a
      // comparison (contract v2); a question about the move alone ("can both run side by side") is not.
      const moving = topics[0] === 'migration' && named.some((id) => roles[id] === 'context') && weighed === 1;
      if (best === 'feature_check' && moving && topics.some((t) => t !== 'migration' && !weakTopics.includes(t))) best = 'compare';
      // "Anyone moved from Flask to Litestar? Was it worth it?": whether a move between two frameworks paid
      // off weighs where they went against where they were.
      if (best === 'pros_cons' && topics[0] === 'migration' && named.length === 2 && named.every((id) => roles[id] !== 'excluded')) best = 'compare';
      // "moving to fastapi bit by bit: can both run in one process meanwhile?": how to run the two during
      // the move is a how-to about it, described (labellers accept describe where they split between a
      // comparison and a feature check).
      const mixedDuringMove = topics[0] === 'migration' && !topics.some((t) => t !== 'migration' && !weakTopics.includes(t)) && MIXED_DURING_MOVE.test(text);
      if ((best === 'feature_check' || best === 'compare') && mixedDuringMove) best = 'describe';
      // "port our Bottle app to Flask step by step?", "Schritt für Schritt": the steps of a move, asked
      // for outright, are a how-to, described (a bare "how do I migrate" is read either way; asked for steps, it is not).
      if (best === 'compare' && topics.includes('migration') && !weakTopics.includes('migration') && forms.stepsAsked(text)) best = 'describe';
      if (best === 'describe' && named.length === 0 && asksForKindList(text)) best = 'list_frameworks';
      // "Jinja2 là gì vậy, Flask có dùng nó mặc định không?": what a package is, and whether the one
      // framework uses it, defines the package; nothing is weighed against anything.
      const packageDefined = named.length === 1 && concepts.length === 1 && (/^(?:what (?:is|are)|whats)\b/.test(text) || forms.whatIsElsewhere(text)) && !COMPARATIVE.test(text) && !forms.differenceBetween(text);
      if (best === 'compare' && packageDefined) best = 'describe';
      // "Какие веб-фреймворки на Python ты знаешь?": which ones whichpy knows, in any language.
      // "Which frameworks do you cover? I want to list the main ones, sync and async": the kinds named
      // are what the list is for. "all the frameworks you support" is that list, however it is asked.
      // "Jaké frameworky existují kromě Djanga a Flasku?": names set aside are not asked about.
      // "name a few python web frameworks other than django or flask": naming some is the list too.
      if ((named.every((id) => roles[id] === 'excluded') || OTHER_FRAMEWORKS.test(text)) && (strong.length === 0 || /\bframeworks\b/.test(text) || (forms.knownToYou(text) && !ONE_FRAMEWORK.test(text))) && (forms.knownToYou(text) || NAME_SOME.test(text) || clauses.some((c) => c.start > 0 && NAME_SOME.test(words.slice(c.start, c.end).join(' '))) || FRAMEWORKS_THAT_EXIST.test(text) || (named.length > 0 && WHICH_OTHERS.test(text))) && (best === 'recommend' || best === 'describe' || best === 'out_of_scope' || frameworks.length > 0 || (best === 'help' && (frameworkAsked || scope.web > 0)))) best = 'list_frameworks';
      // "What's Quart? Someone said it's async Flask": the asking sentence defines one thing; the
      // other name is what someone said about it.
      const askedText = asked?.map((a) => words.slice(a.start, a.end).join(' ')) ?? [];
      const askedNames = unique(matches.filter((m) => m.kind !== 'topic' && asked?.some((a) => m.start >= a.start && m.end <= a.end)).map((m) => m.id));
      // "honest take on sanic? whats bad about it? ...thin next to fastapi": the sentences that ask name
      // one framework and ask its weak or strong points; the other is what it is held against around them.
      // ("what are the downsides of X" opens like a definition, and is not one.)
      // ("quart vs flask for our dashboard. is quart's async advantage real?" set the two against each other first.)
      const strongAndWeakAsked = () => askedNames.length === 1 && askedText.some((s) => STRONG_AND_WEAK.test(s)) && !askedText.some((s) => DIFFERENCES.test(s) || COMPARATIVE.test(s)) && !/\b(?:vs|versus)\b/.test(text);
      if (best === 'compare' && strongAndWeakAsked()) best = 'pros_cons';
      // ("Which differences matter, say in validation and DI?" still weighs the two named before.)
      if (best === 'compare' && askedNames.length === 1 && askedText.some((s) => DEFINITION.test(s)) && !COMPARATIVE.test(askedText.join(' ')) && !askedText.some((s) => DIFFERENCES.test(s))) best = 'describe';
      // The sentence that asks (or the first, when it opens with "tell me about X.") explains one thing.
      const asking = asked?.[0] ?? sentences[0];
      // "was gonna ask flask vs quart but whatever — what even is litestar?": the mind changed; the last clause asks.
      const lastClause = asking && clauses.filter((c) => c.start >= asking.start && c.end <= asking.end).at(-1);
      const lastNames = lastClause ? unique(matches.filter((m) => m.kind !== 'topic' && m.start >= lastClause.start && m.end <= lastClause.end).map((m) => m.id)) : [];
      const lastText = lastClause ? words.slice(lastClause.start, lastClause.end).join(' ') : '';
      // "Gunicorn vs Uvicorn — what's the difference, and which one do I need for FastAPI?": a difference asked is of the things set side by side before.
      if (best === 'compare' && lastClause && lastClause.start > 0 && lastNames.length === 1 && DEFINITION.test(lastText) && !COMPARATIVE.test(lastText) && !/\bdifferen/.test(lastText) && !cues.has('prosCons')) best = 'describe';
      const askingText = asking ? words.slice(asking.start, asking.end).join(' ') : '';
      // "our repo has settings.py, wsgi.py and asgi.py. what is asgi.py for if we only run gunicorn?": the
      // sentence that asks defines the package it opens with; no framework is being picked.
      const openingName = asking ? matches.find((m) => m.start >= asking.start) : undefined;
      const definedInAsking = asking !== undefined && openingName !== undefined && asking.start > 0 && WHAT_IS_OPENING.test(words.slice(asking.start, openingName.start).join(' '));
      if (best === 'recommend' && named.length === 0 && concepts.length > 0 && definedInAsking && !WHICH_FRAMEWORK.test(askingText)) best = 'describe';
      // "long week, the rewrite is late ... do you ever get tired?": small talk addressed to the bot, with
      // nothing of ours in the sentence that asks, is not a framework question, whatever the work around it.
      const asks = asked ?? (asking ? [asking] : []);
      // Read once for the two readings below: nothing of ours in the sentences that ask.
      const noneOursAsked = !matches.some((m) => asks.some((a) => m.start >= a.start && m.end <= a.end));
      const smallTalk = noneOursAsked && asks.some((a) => chitChat.has(words.slice(a.start, a.end)));
      if (smallTalk) best = 'out_of_scope';
      // "shipped our flask api today! which standing desk do you recommend?": the sentences that ask
      // choose an everyday thing, with nothing of ours in them; the work is background.
      const thingChosen =
        asked !== null && asks.length > 0 && noneOursAsked && scope.everydayStarts.some((at) => asks.some((a) => at >= a.start && at < a.end)) && asks.some((a) => THING_CHOSEN.test(words.slice(a.start, a.end).join(' ')) && !BUILT_WITH_ASKED.test(words.slice(a.start, a.end).join(' ')));
      // "(our site is bottle.py, whatever). which telescope for 300 euros?", "our club's site runs on flask. totally
      // unrelated question: when should I add a second brood box?": the sentences that ask have nothing of
      // ours and choose a thing no question of ours names, or are said to be unrelated.
      // A need word there ("for a beginner") does not make the thing chosen ours. Read only when a thing
      // is chosen or an aside said: most questions do neither.
      const inAsks = (at: number) => asks.some((a) => at >= a.start && at < a.end);
      const chosenAside = asked !== null && asks.length > 0 && (UNRELATED_ASIDE.test(text) || asks.some((a) => unfamiliarChosen(words.slice(a.start, a.end))));
      const asideAsked =
        chosenAside &&
        !scope.webStarts.some(inAsks) &&
        ((!matches.some((m) => m.kind !== 'topic' && inAsks(m.start)) && asks.some((a) => unfamiliarChosen(words.slice(a.start, a.end)))) || (noneOursAsked && UNRELATED_ASIDE.test(text)));
      // "Making a Python app to log falcon sightings — how fast does a peregrine actually dive?", "a unit
      // converter for my recipe website: how many liters in a US quart?": the clause that asks is about
      // the name's everyday sense, with no web word and nothing of ours in it but a name that is an
      // everyday word; the app is background.
      const everydayClauseAsked =
        best !== 'out_of_scope' &&
        lastClause &&
        lastClause.start > 0 &&
        WH_OPENING.test(words.slice(lastClause.start, lastClause.end).join(' ')) &&
        scope.everydayStarts.some((at) => at >= lastClause.start && at < lastClause.end) &&
        !scope.webStarts.some((at) => at >= lastClause.start) &&
        !matches.some((m) => m.start >= lastClause.start && (m.kind === 'concept' || (m.kind === 'framework' && !everydayName.has(m.id))));
      if (thingChosen || asideAsked || everydayClauseAsked) best = 'out_of_scope';
      // Read once: several readings below ask whether pros or cons were named.
      const prosConsCue = cues.has('prosCons') || cues.has('pros') || cues.has('cons');
      // "Quels sont les points faibles de Litestar ? On n'a rien décidé.": the weak
      // points of the one option, asked in another language, are its pros and cons, however undecided the askers are.
      if (best === 'recommend' && options === 1 && !fitPhrasedAnywhere && asking !== undefined && forms.prosConsElsewhere(askingText) && !english(words)) best = 'pros_cons';
      const howTo = asking && HOW_TO_ASKED.test(askingText);
      // "Is Flask enough for ~50 internal users, or do I need something like Django?": a yes/no about the
      // first option, the other only the fallback it fears (contract v2: recommend, with fit).
      // "Is Starlette enough on its own, or do I need FastAPI on top?": the fallback named after it is not
      // an option weighed beside the first, so the yes/no is about the first.
      const fallback = best === 'compare' && named.length === 2 && FIT_ASKED.test(askingText) ? FALLBACK_AFTER.exec(text) : null;
      if (fallback) {
        best = 'recommend';
        const fallbackAt = wordIndexAt(text, fallback.index);
        for (const m of matches) if (m.kind === 'framework' && m.start > fallbackAt && roles[m.id] === 'candidate' && matches.some((f) => f.kind === 'framework' && f.id !== m.id && f.end <= fallbackAt)) roles[m.id] = 'mentioned';
      }

      const explainable = best === 'compare' || (best === 'recommend' && !fitPhrased) || (best === 'feature_check' && howTo) || (best === 'pros_cons' && !prosConsCue);
      // "getting WORKER TIMEOUT under load. how should i tune workers/timeouts?": asking how to do something is a how-to, described.
      // "gunicorn + uvicorn workers for fastapi — how do I set that up?", "css is gone 😭 how do i serve
      // static files": the how-to may open a later clause of the sentence that asks.
      // "django admin how to customise the list columns": chat puts the subject first, then the how-to.
      const afterSubject = (start: number) => {
        let at = start;
        for (let next = matches.find((m) => m.start === at && m.end > at); next; next = matches.find((m) => m.start === at && m.end > at)) at = next.end;
        return at;
      };
      const howToClause =
        asking !== undefined &&
        clauses.some((c) => c.start >= asking.start && c.end <= asking.end && (isHowTo(forms, words.slice(c.start, c.end).join(' ')) || (afterSubject(c.start) > c.start && isHowTo(forms, words.slice(afterSubject(c.start), c.end).join(' ')))));
      const howToAsked = asking !== undefined && (isHowTo(forms, askingText) || howToClause);
      // "how do i host a pyramid app on a small vps? gunicorn behind caddy, or is that a poor choice?":
      // a yes/no in a sentence that names a server or package and no framework judges that practice, not
      // the framework; the how-to stands.
      const fitOnPractice =
        fitPhrased &&
        sentences.every((r) => {
          const s = words.slice(r.start, r.end).join(' ');
          if (!FIT_ASKED.test(s) && !TOO_MUCH_ASKED.test(s)) return true;
          const inside = matches.filter((m) => m.start >= r.start && m.end <= r.end);
          // ("...is it ok to simply run that behind caddy?": whether a thing to do is fine judges the doing.)
          return !inside.some((m) => m.kind === 'framework') && (inside.some((m) => m.kind === 'concept') || PRACTICE_JUDGED.test(s));
        });
      // ("Cum organizez testele într-un proiect FastAPI?": a how-to with no strong or weak points asked is no pros and cons.)
      const prosUnasked = best === 'pros_cons' && !prosConsCue && !forms.prosConsElsewhere(text);
      if ((best === 'recommend' || best === 'feature_check' || prosUnasked) && howToAsked && (!fitPhrased || fitOnPractice)) best = 'describe';
      // "blueprints or one routes file in flask, when is each right? which do I take?": which of two ways
      // within the one framework named is how it works, not a pick of a framework.
      if (best === 'recommend' && named.length === 1 && concepts.length === 0 && !fitPhrasedAnywhere && forms.differenceBetween(text)) best = 'describe';
      // "What should we use for background jobs in Django now?", "where should the templates folder go in a Bottle app?":
      // the one framework named is where the thing chosen goes, so what is picked is a package or a practice
      // inside it, described; a framework is only picked when the question says so.
      // (Read only for a pick: most questions never get here.) The words before the one framework, from
      // `reach` back within the asking sentence, say what is picked; at most what of it and a time come after.
      const pickedForOne = (reach: number, before: RegExp) =>
        asking !== undefined &&
        named.length === 1 &&
        matches.some((m) => m.kind === 'framework' && m.start >= asking.start && m.end <= asking.end && before.test(words.slice(Math.max(asking.start, m.start - reach), m.start).join(' ')) && SETTING_AFTER.test(words.slice(m.end, asking.end).join(' ')));
      const pickIsAFramework = fitPhrasedAnywhere || /\b(?:frameworks?|fw)\b/.test(askingText);
      if (best === 'recommend' && WHAT_GOES_IN.test(askingText) && !pickIsAFramework && !WHICH_FRAMEWORK.test(text) && pickedForOne(2, SETTING_BEFORE)) best = 'describe';
      // "Flask prints the development-server warning. What should I run it with instead?": what to run
      // one framework with is a server to choose, and recommend is only for frameworks (contract v2).
      if (best === 'recommend' && named.length === 1 && topics[0] === 'deployment' && RUN_WITH.test(askingText)) best = 'describe';
      // "Is aiohttp's built-in server good enough for production, or do I need Gunicorn in front?": the
      // framework's own server judged for production is how to deploy it, described, not a fit of the framework.
      if ((best === 'recommend' || best === 'feature_check') && named.length === 1 && topics.includes('deployment') && OWN_SERVER_JUDGED.test(text)) best = 'describe';
      // "Anyone still using Tornado? Is it maintained, and which Pythons does 6.x support?": whether one
      // framework is kept up, and what it runs on, is described (contract v2), not a pick among all;
      // "is tornado still a good choice in 2026?" keeps its yes/no.
      // Which of two of its releases to use ("6.1 or the 5.2 LTS?") is about its releases too, "should I use" notwithstanding.
      if (best === 'recommend' && named.length === 1 && options === 1 && concepts.length === 0 && topics[0] === 'maintenance' && !fitPhrasedAnywhere && (!USE_ASKED.test(text) || versionPair)) best = 'describe';
      // "is tornado tough to learn? just joined a team that runs it": how easy the one framework is to learn, asked of itself.
      if (best === 'recommend' && named.length === 1 && options === 1 && OWN_LEARNING_ASKED.test(askingText) && !USE_ASKED.test(text)) best = 'describe';
      // ...and a how-to about one framework's setup is described even when it names two packages used
      // together; "how do i move from flask to quart" weighs two frameworks and stays a comparison, and so
      // does "how do they differ" (Thai "ต่างกันยังไง" says "how" too).
      if (best === 'compare' && howToClause && named.length <= 1 && !COMPARATIVE.test(askingText) && !forms.differenceBetween(askingText)) best = 'describe';
      // "what's the modern replacement for flask?" names one thing only to move away from it.
      if (explainable && asking && !onlyReferences && explainsOneThing(words, matches, asking)) best = 'describe';
      // "... starting my first flask project. does flask come with an ORM or do I bring my own?": the
      // asking sentence has the form of a feature question about one framework and one feature.
      const inAsking = (m: EntityMatch) => asking !== undefined && m.start >= asking.start && m.end <= asking.end;
      // "is there a TestClient like FastAPI has?": a framework named for likeness is not the one asked about.
      const askedFrameworks = unique(matches.filter((m) => m.kind === 'framework' && inAsking(m) && roles[m.id] !== 'like').map((m) => m.id));
      // "Is Flask still actively maintained? The changelog looks quiet compared to FastAPI.": the upkeep of
      // the one framework the asking sentences name; the other is only measured against in passing.
      // (Only when a sentence is marked as the one that asks: with one sentence there is nothing "afterwards".)
      // The same when the other framework sits in a claim after the question ("a blog says everyone left for
      // Django"): the upkeep is still described, not a pick, unless the question asks whether to use it.
      const askedEnd = Math.max(...(asked ?? []).map((a) => a.end));
      const onlyLater = matches.every((m) => m.kind !== 'framework' || inAskedSentence(m) || m.start >= askedEnd);
      const upkeepOfOne = Boolean(asked) && topics[0] === 'maintenance' && onlyLater && unique(matches.filter((m) => m.kind === 'framework' && inAskedSentence(m) && roles[m.id] !== 'like').map((m) => m.id)).length === 1;
      if ((best === 'compare' || (best === 'recommend' && !fitPhrasedAnywhere && !USE_ASKED.test(text))) && upkeepOfOne && !topics.includes('migration')) best = 'describe';
      // "Jaki framework do nowego API, jeśli cały zespół zna tylko Django?", "which framework for a small
      // api? we know flask already": a framework asked for a need, with the one named only as what they
      // know, is a pick (their stack weighs in), not a description of it.
      if (best === 'describe' && named.length > 0 && named.every((id) => roles[id] === 'context') && frameworkAsked && topics.length > 0 && !howToAsked) best = 'recommend';
      // A feature named outright, or a capability (sessions, rate limiting): something to have or lack.
      const haveOrLack = (m: EntityMatch) => (m.kind === 'topic' && topicKind.get(m.id as TopicId) === 'feature' && !m.weak) || (m.kind === 'concept' && conceptKind.get(m.id) === 'capability');
      // ...in another language too: "Czy aiohttp ma wbudowanego klienta HTTP?".
      // "Can aiohttp render server-side templates?", "Can Bottle handle user accounts?": what one framework
      // can do with a feature, unless it is a load ("can bottle handle 10k users" is a fit question).
      // One feature only: "can bottle handle a shop with payments, accounts and an admin?" asks about fit.
      // The form is read in each sentence that asks and in each of its clauses: "Is that accurate
      // nowadays? Does Django support async views?", "Question first: can litestar do DI like Depends?",
      // "Do we need Channels for that, or can Django do websockets natively now?".
      const featureFormInSpan = (span: { start: number; end: number }) => {
        const within = (m: EntityMatch) => m.start >= span.start && m.end <= span.end;
        // "ok so starlette has no DI at all?": chat's openers come before the form.
        const spanText = words.slice(span.start, span.end).join(' ').replace(CHAT_OPENERS, '');
        // "Does Quart have Flask-WTF forms?", "can litestar work with fastapi's middleware?": the framework right
        // after "does" / "can" is the one asked about; one named after it, not joined to it by "or" or
        // "and", is what it would work with.
        const subject = matches.find((m) => m.kind === 'framework' && m.start === span.start + 1 && SUBJECT_OPENERS.has(words[span.start] ?? ''));
        // ("does flask login work with sanic?" names a package, not Flask, right after "does".)
        // ("does starlette validate request bodies": a need read from the verb right after it is still asked of it.)
        const subjectOnly = subject !== undefined && !JOINERS.has(words[subject.end] ?? '') && !matches.some((m) => m.start === subject.end && m.kind !== 'topic') && FEATURE_FORM.test(words.slice(span.start, span.end).join(' '));
        const namedHere = subjectOnly ? [subject.id] : unique(matches.filter((m) => m.kind === 'framework' && within(m) && roles[m.id] !== 'like').map((m) => m.id));
        // "How does Falcon handle async? Does it support ASGI or only WSGI?": "it" is the one framework named.
        // "How do you test a Litestar app? Is there a built-in test client...?": whether something is built
        // in, asked with no name, is asked of the one framework named; "...or is there something built in?"
        // asks it of the feature named before.
        const builtInAsked = namedHere.length === 0 && named.length === 1 && BUILT_IN_ASKED_OF_IT.exec(spanText);
        const spanFrameworks = namedHere.length === 0 && named.length === 1 && (IT_SUBJECT.test(spanText) || builtInAsked) ? named : namedHere;
        const spanFeatures = unique(wanted.filter((m) => within(m) && !m.weak && topicKind.get(m.id as TopicId) === 'feature').map((m) => m.id));
        const loadAsked = scale !== null || SCALE_VERB.test(spanText) || AT_ONCE_WORDS.test(spanText) || USE_HEAVY.test(spanText);
        // "Can FastAPI serve HTML pages or is it API only?": what it might be instead, after "or is it", is no second feature asked.
        const orAt = words.slice(span.start, span.end).findIndex((w, i, ws) => w === 'or' && OR_INSTEAD.has(ws[i + 1] ?? ''));
        const askedFeatures = orAt < 0 ? spanFeatures : unique(wanted.filter((m) => m.start >= span.start && m.end <= span.start + orAt && !m.weak && topicKind.get(m.id as TopicId) === 'feature').map((m) => m.id));
        const canDo = (CAN_DO.test(spanText) || CAN_BUILD_WITH.test(spanText) || forms.canDoElsewhere(spanText)) && askedFeatures.length <= 1 && !loadAsked;
        const itForm = spanFrameworks !== namedHere && FEATURE_FORM.test(spanText.replace(IT_SUBJECT, '$1 x'));
        // ...and a server interface asked about ("support ASGI") is answered from the framework's interfaces.
        const hasOrLacks = (m: EntityMatch) => haveOrLack(m) || (itForm && m.kind === 'concept' && conceptKind.get(m.id) === 'server_interface');
        const featureHere = matches.some((m) => (within(m) || (builtInAsked && (builtInAsked[1] ?? builtInAsked[2]) !== undefined)) && hasOrLacks(m));
        const form = (FEATURE_FORM.test(spanText) || INDIRECT_FEATURE_FORM.test(spanText) || BUILT_IN_POINTED_BACK.test(spanText) || (FEATURE_OF_IT.test(spanText) && !loadAsked) || canDo || itForm || builtInAsked || forms.hasFeatureElsewhere(spanText)) && spanFrameworks.length === 1 && featureHere && !FIT_ASKED.test(spanText);
        if (form) return spanFrameworks[0];
        // "the django admin saves us hours; can quart offer something like that?": a feature named before, asked of the framework after "does" or "can".
        const similarOf = matches.find(
          (m) => m.kind === 'framework' && within(m) && SUBJECT_OPENERS.has(words[m.start - 1] ?? '') && SIMILAR_POINTED_BACK.test(words.slice(m.end, m.end + 5).join(' ')) && matches.some((f) => f.end <= m.start && hasOrLacks(f)),
        );
        return similarOf?.id;
      };
      // "¿bottle trae plantillas o tengo q usar flask?": the one to use if it is missing
      // comes after the feature question, and is not asked about.
      const featureFormIn = (span: { start: number; end: number }) => {
        const found = featureFormInSpan(span);
        if (found !== undefined) return found;
        const spanText = words.slice(span.start, span.end).join(' ');
        const alternative = forms.needInsteadAt(spanText);
        return alternative > 0 ? featureFormInSpan({ start: span.start, end: span.start + wordIndexAt(spanText, alternative) }) : undefined;
      };
      // Without a question mark any sentence may ask: "django migrations conflict again. does flask even have migrations".
      const askedSentences = asking ? [asking, ...(asked ?? sentences).filter((a) => a !== asking)] : [];
      // ...and in a second question joined by "or": "do we need Channels, or can Django do websockets now?".
      const orQuestions = askedSentences.flatMap((a) =>
        words.slice(a.start, a.end).flatMap((w, i) => (w === 'or' && OR_ASKS.has(words[a.start + i + 1] ?? '') ? [{ start: a.start + i + 1, end: a.end }] : [])),
      );
      const askedSpans = [...askedSentences, ...clauses.filter((c) => c.start > 0 && askedSentences.some((a) => c.start >= a.start && c.end <= a.end)), ...orQuestions];
      // The framework a feature question asks about, from the first sentence or clause with that form.
      let featureSubject: string | undefined;
      for (const span of askedSpans) if ((featureSubject = featureFormIn(span)) !== undefined) break;
      const featureForm = featureSubject !== undefined;
      // "... or do I need slowapi?", "or am I stuck writing it by hand?": the alternative is what to do without it.
      const withoutIt = forms.needInstead(askingText);
      // "orm in fastapi?", "csrf for flask", "websockets with sanic?": a feature and a framework and
      // nothing else ask whether it has it.
      // "is flask async?" too.
      // "ok what about sessions in pyramid" too: a follow-up's opener comes before the terse form.
      // ...and a tail after it asks the same: "thanks! what about caching in sanic, any?".
      // Read over the whole question ("and cherrypy? websockets too?") and over the sentence that asks,
      // whatever follows it ("ok and sessions in falcon? same service as before").
      const terseIn = (span: Span) => {
        const spanText = words.slice(span.start, span.end).join(' ');
        const from = span.end - spanText.replace(TERSE_OPENERS, '').split(' ').length;
        const end = span.start + spanText.replace(TERSE_TAIL, '').split(' ').length;
        const feature =
          end - from <= 5 &&
          frameworks.length === 1 &&
          ((matches.some((m) => m.kind === 'framework' && m.end === end && TERSE_JOINERS.has(words[m.start - 1] ?? '')) && matches.some((m) => haveOrLack(m) && m.start >= from && m.start <= from + 1)) ||
            (words[span.start] === 'is' && matches.some((m) => m.kind === 'framework' && m.start === span.start + 1 && matches.some((f) => haveOrLack(f) && f.start === m.end && f.end === span.end))) ||
            (ALSO_TAIL.test(spanText) && matches.some((m) => m.kind === 'framework' && m.start === from && matches.some((f) => haveOrLack(f) && f.start === m.end && f.end === end))) ||
            // "and what about pyramid, any websocket support?": the name, then "any" and the feature.
            matches.some((m) => m.kind === 'framework' && m.start === from && words[m.end] === 'any' && matches.some((f) => haveOrLack(f) && f.start === m.end + 1 && (f.end === end || (f.end === end - 1 && SUPPORT_WORD.test(words[end - 1]!))))));
        return { from, feature };
      };
      const whole = terseIn({ start: 0, end: words.length });
      const terseFrom = whole.from;
      const terseFeature = whole.feature || (asking !== undefined && asking.end < words.length && terseIn(asking).feature);
      if (terseFeature && (best === 'describe' || (best === 'pros_cons' && !cues.has('prosCons')))) best = 'feature_check';
      // "okay and how about falcon then", "thanks. and what about litestar": a follow-up's opener and one name, and
      // nothing else, ask about that framework; the thanks before it asks for no pros and cons.
      const openerThenName = frameworks.length === 1 && matches.some((m) => m.kind === 'framework' && m.start === terseFrom && (m.end === words.length || (m.end === words.length - 1 && words[m.end] === 'then')));
      if (best === 'pros_cons' && terseFrom > 0 && openerThenName) best = 'describe';
      // "...so is Flask actually async or not?": the sentence that asks is "is <framework> <feature>", give or take an adverb.
      const isFeature = (() => {
        if (!asking) return false;
        let i = asking.start;
        while (i < asking.end && LEAD_INS.has(words[i]!)) i++;
        if (words[i] !== 'is' && words[i] !== 'are') return false;
        const name = matches.find((m) => m.kind === 'framework' && m.start === i + 1);
        if (!name) return false;
        let j = name.end;
        while (j < asking.end && ADVERBS.has(words[j]!)) j++;
        const feature = matches.find((m) => haveOrLack(m) && m.start === j);
        return feature !== undefined && (feature.end === asking.end || TAIL_OR_NOT.test(words.slice(feature.end, asking.end).join(' ')));
      })();
      // ("is starlette production grade?" asks whether it fits.)
      if (isFeature && !fitPhrasedAnywhere && (best === 'describe' || best === 'recommend' || best === 'pros_cons' || (best === 'compare' && askedFrameworks.length === 1))) best = 'feature_check';
      // ("Django 自带的模板和 Jinja2 哪个更好用？": "built-in" beside "which is better" describes the one, and the two are weighed.)
      if (featureForm && (best === 'compare' || best === 'describe' || best === 'pros_cons' || best === 'recommend') && ((!COMPARATIVE.test(askingText) && !(best === 'compare' && forms.differenceBetween(askingText))) || withoutIt)) best = 'feature_check';
      // "Can Django handle a chat feature with websockets, or should I use something else?": a fallback
      // asked for if the answer is no makes the one option's feature a question of fit.
      if (best === 'feature_check' && options === 1 && ELSE_IF_NOT.test(text.replace(NEED_ADDED, '').replace(WHICH_IT_IS, ''))) best = 'recommend';
      // "Django's MVT: which part plays the controller?": a pattern only that framework has is how it works,
      // nothing it may lack, unless asked in a feature question's form.
      // ...nor its strong and weak points, unless they are asked: "Django's MVT puzzles me, MVC under other names?".
      if (((best === 'feature_check' && !featureForm) || (best === 'pros_cons' && !prosConsCue && !forms.prosConsElsewhere(text))) && ownPattern(concepts, named)) best = 'describe';
      // "Sanic has a built-in production server, right?", "my teacher says fastapi can't render HTML. is that
      // true?": a claim about one framework and one feature, to be checked.
      const claimChecked = named.length === 1 && CLAIM_CHECKED.test(text) && matches.some(haveOrLack);
      // "Is Flask being a microframework a pro or a con once the team grows? half the team wants
      // Django-style conventions": the pros and cons of the one framework the asking sentence names.
      // (Not when the two were set "vs" each other: "aiohttp vs tornado for a relay. is aiohttp's client an advantage?".)
      if ((best === 'compare' || (best === 'recommend' && !fitPhrasedAnywhere)) && askedFrameworks.length === 1 && PROS_CONS_ASKED.test(askingText) && !COMPARATIVE.test(askingText) && vsAt < 0) best = 'pros_cons';
      // "need websockets + sqlalchemy + jinja, team knows flask, deadline fri. quart?": one name asked
      // on its own after the needs is a yes/no about it; the team's framework is background.
      const nameAlone = asking !== undefined && asking.end - asking.start <= 2 && askedFrameworks.length === 1 && matches.some((m) => m.kind === 'framework' && m.start === asking.start);
      // ("no admin, no orm, only json. django?": the needs, and those ruled out, came before it.)
      const needsBefore = asking !== undefined && matches.some((m) => m.kind === 'topic' && m.end <= asking.start);
      if (nameAlone && (best === 'compare' || ((best === 'describe' || best === 'feature_check') && needsBefore)) && options === 1) best = 'recommend';
      // "explain Starlette to someone who only knows Express. is it a toolkit, or the thing FastAPI is built on?":
      // a message that opens by asking to explain one thing describes it, whatever is named after.
      const explainOpening = EXPLAIN_OPENING.exec(text);
      const explained = explainOpening ? matches.find((m) => m.kind !== 'topic' && m.start === explainOpening[0].split(' ').length) : undefined;
      const opening = sentences[0];
      if (best === 'compare' && explained && opening && !COMPARATIVE.test(words.slice(opening.start, opening.end).join(' '))) best = 'describe';
      // "Could anyone explain the ORM in Django? I only ever wrote SQL.": asked to explain, it is described,
      // not checked or picked; "explain flask vs django" still weighs the two, and so does "explain the
      // difference between uvicorn and gunicorn", however the classifier read the rest.
      if ((best === 'feature_check' || best === 'recommend') && asking && EXPLAIN_ASKED.test(askingText) && !COMPARATIVE.test(askingText)) best = forms.differenceBetween(askingText) ? 'compare' : 'describe';
      // "Can Falcon handle a multi-page website with forms, sessions and a login area?": a whole kind of app
      // handled asks whether it fits, whatever features it lists.
      const appHandled = asking !== undefined && APP_HANDLED.test(askingText) && matches.some((m) => m.kind === 'topic' && !m.weak && appKinds.has(m.id) && m.start >= asking.start && m.end <= asking.end);
      if (best === 'feature_check' && options === 1 && appHandled && !fitPhrasedAnywhere) best = 'recommend';
      // "can Pyramid take 3M requests a week? ... it sits behind a CDN": a load named in the sentence
      // that asks whether the one framework copes is a fit question, whatever the background adds.
      // ("Will Flask really cope with that much traffic?" points back to the load named before it.)
      const loadHandled = asking !== undefined && LOAD_HANDLED.test(askingText) && (scaleNamed(words.slice(asking.start, asking.end)) !== null || (LOAD_POINTED.test(askingText) && loadToCarry));
      if ((best === 'describe' || best === 'feature_check') && options === 1 && named.length === 1 && loadHandled) best = 'recommend';
      // "Should we build the members' area in Falcon? Pages, forms and logins: ...": whether to use the
      // one framework named, asked outright, is a fit question, however the needs after it are listed.
      if (best === 'describe' && options === 1 && asking !== undefined && askedFrameworks.length === 1 && SHOULD_USE_OPENING.test(askingText) && !howToAsked) best = 'recommend';
      // "Is there a Python framework like Rails, with everything included: ORM, admin, auth? Flask feels too empty.":
      // features asked of no framework in particular ask for one that has them.
      // ("Blogs say Sanic writes the API docs for you. Does it ship Swagger UI?": "it" is the one framework named.)
      if (best === 'feature_check' && (options === 0 || (askedFrameworks.length === 0 && !(named.length === 1 && IT_SUBJECT.test(askingText)))) && concepts.every((id) => conceptKind.get(id) === 'pattern' || conceptKind.get(id) === 'capability') && asksForFramework(words)) best = 'recommend';
      // "django forms vs wtforms", "django signals vs overriding save()": weighed against something we do not
      // cover; so is "django vs rails", another ecosystem's framework.
      // "django signals vs just overriding save(), which is cleaner" picks one side, not a framework.
      if (otherSide && weighed === 1 && (best === 'feature_check' || best === 'describe' || best === 'pros_cons' || (best === 'recommend' && !fitPhrasedAnywhere))) best = 'compare';
      // "jinja vs mako", "celery vs huey": one package of ours set against one we do not cover, with no framework
      // named, weighs the two too; the classifier, knowing one word of two, had declined it. Not a name that is
      // also an everyday word: "celery vs carrots" is the vegetable.
      if (otherSide && best === 'out_of_scope' && frameworks.length === 0 && concepts.length === 1 && comparable === 1 && !conceptById.get(concepts[0]!)?.sense) best = 'compare';
      // "is flask still a good choice or is everyone moving to fastapi?": the one option asked about, beside a trend
      // ...or beside the likeness it is measured against ("is litestar a sensible pick when you need fastapi but with more batteries?"),
      // unless the two are set side by side ("overkill compared to something like FastAPI").
      const likenessOnly = named.some((id) => roles[id] === 'like') && !COMPARATIVE.test(text);
      if (best === 'compare' && options === 1 && fitPhrasedAnywhere && (named.some((id) => roles[id] === 'mentioned') || likenessOnly)) best = 'recommend';
      // "What's the closest thing in Python? ... minimal and explicit, like Express": an equivalent asked
      // for is a framework to pick, whatever idea (a microframework) describes it.
      if (best === 'describe' && named.filter((id) => roles[id] === 'candidate').length === 0 && CLOSEST_ASKED.test(text)) best = 'recommend';
      // "Ποιο framework να διαλέξω για REST API; Ξέρω ήδη Flask.", "어떤 Python 프레임워크를 선택해야 하나요? 팀원 대부분이
      // Django 경험이 있어요": a framework asked for, in words the classifier barely knows, with every name
      // only what the team knows, is a pick; nothing named is described.
      if (best === 'describe' && named.length > 0 && named.every((id) => roles[id] === 'context') && concepts.length === 0 && frameworkAsked && OTHER_SCRIPT.test(text)) best = 'recommend';
      // "api without an orm, not django": every framework named is set aside, so the needs ask for another.
      if (best === 'describe' && frameworks.length > 0 && frameworks.every((id) => roles[id] === 'excluded') && concepts.length === 0 && topics.length > 0) best = 'recommend';
      // "Is Jinja2 the same templating language as Django templates?": two things set side by side.
      if ((best === 'feature_check' || best === 'describe') && weighed >= 2 && SAME_AS.test(askingText)) best = 'compare';
      // "which ORM should I use with fastapi?": a package to pick is described, recommend is only for frameworks (contract v2).
      if (best === 'recommend' && PACKAGE_ASKED.test(askingText) && !asksForFramework(words.slice(asking?.start ?? 0, asking?.end ?? words.length))) best = 'describe';
      // "is my fastapi layout idiomatic or should i use routers?": how it is done in one framework, described.
      if (best === 'recommend' && OWN_PRACTICE_OK.test(askingText) && options <= 1) best = 'describe';
      // "wtf is an ORM and do i actually need one for a hobby project": what a thing is, asked first.
      if (best === 'feature_check' && askedFrameworks.length === 0 && DEFINITION.test(askingText)) best = 'describe';
      // "with one process per pod, is gunicorn even required?": whether a server is still needed beside the framework is
      // how it is deployed, described, not a feature the framework has.
      const serverNeeded = () => matches.some((m) => m.kind === 'concept' && conceptKind.get(m.id) === 'server' && SERVER_NEEDED.test(words.slice(Math.max(0, m.start - 1), m.end + 3).join(' ')));
      if (best === 'feature_check' && serverNeeded()) best = 'describe';
      // "django signals, wtf are those": what the thing just named is, pointed back to at the end.
      if ((best === 'feature_check' || best === 'pros_cons' || best === 'recommend') && named.length <= 1 && WHAT_IS_POINTED_BACK.test(text)) best = 'describe';
      // "is setting debug to False on app.run enough for production?", "Flask under waitress on Windows —
      // is that a sane production setup?": whether a setting or a setup will do is how to run it.
      if (best === 'recommend' && (SETTING_ENOUGH.test(askingText) || SETUP_OK.test(text))) best = 'describe';
      // "is aiohttp a client or a server framework?": which of two kinds one thing is, described.
      if ((best === 'recommend' || best === 'compare') && named.length === 1 && concepts.every((id) => conceptKind.get(id) === 'capability') && KIND_OF_ONE.test(askingText)) best = 'describe';
      // "Is FastAPI's 'fast' claim real?": a claim about a quality is explained, not a pick.
      // (In the sentences that ask, when some do: "Can Django handle 2M views? Blog posts claim it is too
      // slow for real traffic." asks whether it copes; the claim is background.)
      if (best === 'recommend' && named.length === 1 && QUALITY_CLAIM.test(asked ? askedText.join(' ') : text) && !fitPhrased) best = 'describe';
      // "bottle is really just one file right?", "sanic doesn't do sessions, correct?": a statement about the
      // one framework, held up to be confirmed, is described (checked, when it is about a feature).
      if (best === 'recommend' && named.length === 1 && TAG_CLAIM.test(askingText) && !FIT_WORD.test(askingText) && !fitPhrasedAnywhere) best = matches.some(haveOrLack) ? 'feature_check' : 'describe';
      if (claimChecked && (best === 'recommend' || best === 'describe' || best === 'compare' || (best === 'pros_cons' && !prosConsCue)) && !fitPhrased) best = 'feature_check';
      // "Celery 和 RQ 哪个更适合做后台任务？": choosing between two packages of one kind is comparing them;
      // recommend is only for picking a framework (contract v2).
      const kinds = concepts.map((id) => conceptKind.get(id));
      // "Flask-RESTX vs flask-smorest vs APIFlask": a framework named only inside the packages' names is not an option.
      const namesOnlyInPackages = matches.every((m) => m.kind !== 'framework' || matches.some((c) => c.kind === 'concept' && c.start <= m.start && m.end <= c.end));
      // "Django REST framework or Django Ninja?": the word "framework" inside a package's name asks for no framework.
      // Read only when two packages of one kind are named: these run on every question otherwise.
      const outsidePackages = () => words.filter((_, i) => !matches.some((c) => c.kind === 'concept' && c.start <= i && i < c.end));
      const oneKind = concepts.length >= 2 && kinds.every((k) => k === kinds[0] && k !== 'pattern' && k !== 'capability');
      // "choosing between SQLModel and plain SQLAlchemy for a new FastAPI service": the framework is where they go, the packages are weighed.
      // "Is DRF still the standard or has Django Ninja taken over?": both asked about in one sentence joined by "or".
      const bothAskedOr = () => unique(matches.filter((m) => m.kind === 'concept' && inAsking(m)).map((m) => m.id)).length >= 2 && /(?:^| )or(?= )/.test(askingText);
      const samePackages = oneKind && ((namesOnlyInPackages && !asksForFramework(outsidePackages())) || CHOOSING_BETWEEN.test(text) || bothAskedOr());
      if (best === 'recommend' && samePackages) best = 'compare';
      // "Litestar가 뭐예요?": what one thing is, asked in another language, is described.
      // "Django Channels가 뭐예요?": a framework's name inside a package's name is that one package.
      const insidePackage = (m: EntityMatch) => m.kind === 'framework' && matches.some((c) => c.kind === 'concept' && c.start <= m.start && m.end <= c.end);
      const namedThings = unique(matches.filter((m) => m.kind !== 'topic' && !insidePackage(m)).map((m) => m.id));
      const prosConsAsked = prosConsCue || forms.prosConsElsewhere(text);
      // ...and it is ours even when the classifier, knowing few words of the language, would decline it.
      // "Apa itu Uvicorn dan kenapa FastAPI butuh itu?": the thing right after "what is" is described, the other is why.
      // Four words before the name hold the longest "what is" ("qu est ce que").
      const firstNamed = matches.find((m) => m.kind !== 'topic');
      // ("Uvicorn কী, আর ...?": languages that put the verb last say "what is" right after the name.)
      const definedFirst =
        firstNamed !== undefined &&
        (forms.whatIsElsewhere(words.slice(Math.max(0, firstNamed.start - 4), firstNamed.start).join(' ')) || (!english(words) && forms.whatIsElsewhere(words.slice(firstNamed.end, firstNamed.end + 2).join(' '))));
      // "what licence is flask under?", "django vs flask licence-wise?": the licence of the one named is
      // described, of two weighed compared; whether one suits a product is still a fit question.
      if (licenceAsked && named.length > 0 && !fitPhrased && (best === 'recommend' || best === 'pros_cons' || best === 'feature_check')) best = named.length >= 2 && best !== 'feature_check' ? 'compare' : 'describe';
      // "django signals?? what are they": the name said alone in the sentence before.
      const namedJustBefore = (start: number) =>
        firstNamed !== undefined && sentences.some((s) => s.end === start && firstNamed.start >= s.start && s.end - s.start <= NAME_ALONE_WORDS);
      // "ok so what even is falcon (the python one, not the bird)": in English too, the name right after "what is".
      // "sanic — what is it and who actually uses it?": the name first, then "what is it".
      const definedInEnglish =
        firstNamed !== undefined &&
        (WHAT_IS_RIGHT_BEFORE.test(words.slice(Math.max(0, firstNamed.start - 4), firstNamed.start).join(' ')) ||
          (asking !== undefined && firstNamed.start <= asking.start + 1 && WHAT_IS_IT.test(askingText) && !fitPhrasedAnywhere) ||
          (sentences.some((s) => namedJustBefore(s.start) && WHAT_IS_IT.test(words.slice(s.start, s.end).join(' '))) && !fitPhrasedAnywhere));
      // "what even is django ninja? part of django or its own thing? we came from bottle": the opening sentence defines
      // the one thing it names; the names after it are what it is set beside or who asks.
      const openingDefines = () =>
        firstNamed !== undefined &&
        sentences.length > 1 &&
        firstNamed.end <= sentences[0]!.end &&
        WHAT_IS_RIGHT_BEFORE.test(words.slice(Math.max(0, firstNamed.start - 4), firstNamed.start).join(' ')) &&
        // ("so what are django channels?": the framework inside the package's name is the same thing.)
        !matches.some((m) => m.kind !== 'topic' && m.start < sentences[0]!.end && (m.end <= firstNamed.start || m.start >= firstNamed.end));
      if ((best === 'pros_cons' || best === 'feature_check' || best === 'recommend' || best === 'out_of_scope') && (namedThings.length === 1 || definedFirst || (definedInEnglish && openingDefines())) && (forms.whatIsElsewhere(text) || definedInEnglish) && !prosConsAsked) best = 'describe';
      // "and can falcon do that too? jwt login i mean": "it" asked of the one framework, with the feature named
      // around it, asks whether it has that feature.
      const hasItOfName = () => {
        const hasIt = HAS_IT.exec(text);
        return hasIt !== null && matches.some((m) => m.kind === 'framework' && m.start === wordIndexAt(text, hasIt.index) + 1);
      };
      // ("How do I run tornado on several processes? ...or does tornado take care of that?" is still the how-to.)
      if (best === 'describe' && named.length === 1 && hasItOfName() && !HOW_TO_ASKED.test(text) && topics.some((t) => topicKind.get(t) === 'feature' && !weakTopics.includes(t))) best = 'feature_check';
      // "What is Falcon actually good at compared to the big ones?": what the one framework is good at is its strengths.
      if (best === 'describe' && named.length === 1 && STRENGTHS_ASKED.test(text)) best = 'pros_cons';
      // "cherrypy: downsides next to the newer asgi crowd?": one framework's strong and weak
      // points, set against a kind of framework rather than another one, are its pros and cons.
      if (best === 'compare' && named.length === 1 && STRONG_AND_WEAK.test(text) && unique(matches.filter((m) => m.kind === 'concept').map((m) => m.id)).length <= 1) best = 'pros_cons';
      // "¿Qué es ASGI y por qué importa al elegir entre Django y FastAPI?": the thing defined first is
      // described; the two frameworks are why it matters.
      // ("Hva er forskjellen på WSGI og ASGI?" asks what the difference is: still compared.)
      if (best === 'compare' && definedFirst && firstNamed?.kind === 'concept' && forms.whatIsElsewhere(text) && !forms.differenceBetween(text)) best = 'describe';
      // "Starlette 是什么? 和 FastAPI 有什么关系?", "Was ist Starlette? Wie hängt es mit FastAPI zusammen?":
      // a sentence of its own defines the one thing it names; the next asks how the other relates to
      // it, which is part of describing it. Asking for the difference still compares.
      const firstSentence = firstNamed ? sentences.find((r) => r.start <= firstNamed.start && firstNamed.start < r.end) : undefined;
      const definedAlone =
        firstNamed !== undefined &&
        firstSentence !== undefined &&
        firstSentence.end < words.length &&
        forms.whatIsElsewhere(words.slice(firstSentence.start, firstSentence.end).join(' ')) &&
        unique(matches.filter((m) => m.kind !== 'topic' && m.start >= firstSentence.start && m.end <= firstSentence.end).map((m) => m.id)).length === 1;
      if (best === 'compare' && definedAlone && !forms.differenceBetween(text) && !COMPARATIVE.test(text)) best = 'describe';
      // "Qu'est-ce que Quart et quel est son lien avec Flask ?": one
      // sentence defines the first name, then asks how the other relates to it; nothing sets them side by side.
      const sideBySide = matches.some((m) => m.kind === 'framework' && SIDE_BY_SIDE.has(words[m.end] ?? ''));
      // "what even is a litestar, I saw it beside fastapi in a benchmark": in English too.
      const definedFirstHere = definedFirst || (firstNamed !== undefined && WHAT_IS_BEFORE.test(words.slice(Math.max(0, firstNamed.start - 4), firstNamed.start).join(' ')));
      // ("Hvad er fordelene ved Sanic frem for Flask?": what its advantages are, one instead of the other, sets them side by side.)
      if (best === 'compare' && definedFirstHere && firstNamed?.kind === 'framework' && named.length === 2 && !sideBySide && !insteadOf && !forms.differenceBetween(text) && !COMPARATIVE.test(text)) best = 'describe';
      // "upgrading fastapi to latest, what breaks with pydantic?": the upgrade of one framework, with a
      // package it depends on named and nothing setting them against each other, is no comparison.
      const unweighedPackage = topics[0] === 'maintenance' && frameworks.length === 1 && concepts.length > 0 && !forms.differenceBetween(text) && !COMPARATIVE.test(text) && !/\b(?:or|and)\b/.test(text);
      if (best === 'compare' && unweighedPackage) best = 'describe';
      // ...and in English: "What is dependency injection in FastAPI, and why use Depends() instead of a global session?".
      // "What is Django's MVT pattern, and how is it different from MVC?": the idea right after its
      // framework's name is the one defined.
      const ownIdea = firstNamed?.kind === 'framework' ? matches.find((m) => m.kind === 'concept' && m.start === firstNamed.end) : undefined;
      const defined = ownIdea ?? firstNamed;
      const conceptDefined = defined?.kind === 'concept' && WHAT_IS_BEFORE.test(words.slice(Math.max(0, firstNamed!.start - 4), firstNamed!.start).join(' '));
      // "what's uWSGI vs Gunicorn?" still sets the two side by side.
      if (best === 'compare' && conceptDefined && !SIDE_BY_SIDE.has(words[defined.end] ?? '')) best = 'describe';
      // "gunicorn w/ uvicorn workers for fastapi, how many workers": two packages run together are one setup, described.
      const packageMatches = matches.filter((m) => m.kind === 'concept');
      const runTogether = packageMatches.some((m, i) => packageMatches.slice(i + 1).some((n) => n.id !== m.id && n.start > m.end && words.slice(m.end, n.start).every((w) => RUN_WITH_WORDS.has(w))));
      if (best === 'compare' && named.length <= 1 && runTogether && !COMPARATIVE.test(text) && !/\b(?:or|differen\w*|diff|which|between)\b/.test(text)) best = 'describe';
      if (best === 'feature_check' && topics[0] === 'async' && HOW_IT_RUNS.test(text)) best = 'describe';
      // "best way to deploy a django app?", "best way to add OpenAPI docs to an existing Flask API?": the
      // best way to do something with the one framework named is how to do it there, not a pick among all.
      if (best === 'recommend' && named.length === 1 && options <= 1 && BEST_WAY_START.test(text) && !topics.includes('migration') && !WHICH_FRAMEWORK.test(text) && !/\b(?:frameworks?|fw|instead|alternatives?|replace\w*)\b/.test(text)) best = 'describe';
      // "pyramid docs are killing me. anything similar but w better docs?": another like it, better at one thing, is a pick.
      // The one named is the likeness the pick is measured against, not the option asked about.
      if ((best === 'pros_cons' || best === 'describe' || best === 'recommend') && named.length === 1 && SIMILAR_BUT_BETTER.test(text)) {
        best = 'recommend';
        roles[named[0]!] = 'like';
      }
      // "falcon strengths vs weaknesses": a "vs" between one framework's good and bad sides weighs that framework, not two things.
      if (best === 'compare' && named.length === 1 && concepts.length === 0 && PROS_VS_CONS.test(text) && words.filter((w) => w === 'vs' || w === 'versus').length === 1) best = 'pros_cons';
      // "How does Django's MVT pattern differ from MVC?": the idea set against another name of itself is one thing, described.
      if (best === 'compare' && ownIdea && named.length === 1 && matches.every((m) => m.kind !== 'concept' || m.id === ownIdea.id)) best = 'describe';
      // "What does MVT mean in Django and how is it different from MVC?": one idea under two of its names
      // (MVC is what our MVT entry also answers to) is described; "mvt vs mvc" still sets them side by side.
      const ideaSpellings = unique(matches.filter((m) => m.kind === 'concept').map((m) => words.slice(m.start, m.end).join(' ')));
      if (best === 'compare' && named.length <= 1 && concepts.length === 1 && ideaSpellings.length >= 2 && !/\b(?:vs|versus)\b/.test(text)) best = 'describe';
      // "Starlite vs Litestar, is that the same project?": one framework under its old and new names is described, not weighed.
      const spellings = unique(matches.filter((m) => m.kind === 'framework').map((m) => stem(words.slice(m.start, m.end).join(''))));
      if ((best === 'compare' || best === 'recommend' || (best === 'pros_cons' && !cues.has('prosCons'))) && named.length === 1 && concepts.length === 0 && spellings.length >= 2 && !fitPhrasedAnywhere && /\b(?:vs|versus|same|renamed|rename)\b/.test(text)) best = 'describe';
      // "do we need gunicorn if we already use uvicorn", "is uvicorn enough in prod or do i need gunicorn
      // in front of it?": whether a package is needed at all is explained, not weighed; "gunicorn vs
      // uvicorn, which do I need?" still sets them side by side.
      const neededAsked = NEEDED_ASKED.test(text) && !COMPARATIVE.test(text) && !forms.differenceBetween(text) && !/\b(?:differen\w*|which)\b/.test(text);
      if (best === 'compare' && frameworks.length <= 1 && neededAsked) best = 'describe';
      // "what are the options for bg jobs in django besides celery", "alternatives to celery for fastapi?":
      // the options for a need inside one framework are packages, explained with it, not a list of frameworks.
      const insideOne = named.length === 1 && matches.some((m) => m.kind === 'framework' && SETTING_WORDS.has(words[m.start - 1] ?? ''));
      if (best === 'list_frameworks' && insideOne && strong.length > 0 && !/\b(?:frameworks?|fws?)\b/.test(text)) best = 'describe';
      // "want a framework that ships an ORM, what are my choices?": the options for a need the asker has are a pick
      // ("which frameworks ship an admin?" is still the list).
      if (best === 'list_frameworks' && named.length === 0 && strong.some((t) => topicKind.get(t as TopicId) === 'feature') && NEED_OWN.test(text) && !LIST_COMMAND.test(text)) best = 'recommend';
      // "what do you know about tornado?": what whichpy knows of the one framework named after "about" is
      // that framework described; "which frameworks do you know about?" is still the list.
      const knownOfOne = named.length === 1 && matches.some((m) => m.kind === 'framework' && words[m.start - 1] === 'about') && !/\b(?:frameworks?|fws?)\b/.test(text);
      if (best === 'list_frameworks' && knownOfOne) best = 'describe';
      // "What's the catch with Falcon? It tops the 'fastest frameworks' lists": the weaknesses of one framework, not a list.
      // "Nachteile von Sanic verglichen mit anderen Frameworks?": the same in another language.
      if (best === 'list_frameworks' && named.length === 1 && (prosConsCue || forms.prosConsElsewhere(text))) best = 'pros_cons';
      // "Quels sont les inconvénients de Flask ?": pros and cons asked in another language, of one framework.
      if ((best === 'recommend' || best === 'describe' || best === 'feature_check') && forms.prosConsElsewhere(text) && named.length === 1 && !fitPhrasedAnywhere) best = 'pros_cons';
      // "why would anyone still choose cherrypy?", "why should we not use sanic?", "y not bottle for the intranet": why one
      // framework is (not) worth picking asks what it is good and bad at. The framework right after the
      // question is the one weighed; others said elsewhere are what it is measured against, unless the two
      // are set side by side. ("any reason not to use X for <app>?" asks whether it fits that app.)
      const whyPicked = WHY_PICKED.exec(text);
      const whySubject = whyPicked ? matches.find((m) => m.kind === 'framework' && m.start === wordIndexAt(text, whyPicked.index + whyPicked[0].length + 1)) : undefined;
      if (whySubject && (best === 'recommend' || best === 'describe' || best === 'compare') && !fitPhrasedAnywhere && !JOINERS.has(words[whySubject.end] ?? '') && !COMPARED_WITH_NAME.test(text) && !forms.differenceBetween(text) && !HOW_TWO_RELATE.test(text)) best = 'pros_cons';
      // "good reasons not to pick quart for a fresh service?", "...for prod these days?": reasons against
      // it for no job beyond a new or production one are its drawbacks; "for the webhook receiver" still asks the fit.
      const reasonAgainst = named.length === 1 && (best === 'recommend' || best === 'describe') && REASON_WORD.test(text) ? matches.find((m) => m.kind === 'framework' && REASON_AGAINST.test(words.slice(Math.max(0, m.start - 7), m.start).join(' '))) : undefined;
      const sentenceOf = reasonAgainst ? sentences.find((r) => r.start <= reasonAgainst.start && reasonAgainst.start < r.end) : undefined;
      if (reasonAgainst && sentenceOf && ANY_NEW_JOB.test(words.slice(reasonAgainst.end, sentenceOf.end).join(' '))) best = 'pros_cons';
      // "falcon strengths for a pure json api?", "sanic downsides for a team of juniors": the name's own
      // strengths or weaknesses, right after it, are asked for, whatever they are weighed for.
      const prosOfName = named.length === 1 && matches.some((m) => m.kind === 'framework' && PROS_WORD.test(words[m.end] ?? ''));
      if (best === 'recommend' && prosOfName && !fitPhrasedAnywhere) best = 'pros_cons';
      // "sanic good + bad points? thinking of it for a seat-hold service", "what do people like about pyramid?":
      // pros and cons asked outright of the one named, in the sentence that asks, whatever it is weighed for.
      // Words that also name what is built or weighed ("a benefits site", "rate limits", "worth it?") do not ask it.
      // ...but one set aside ("recommend something for an async api, NOT fastapi, team hates the magic") is why, not what is asked.
      // ...and so does one beside another set aside ("weak points of plain Falcon, Sanic ruled out?").
      if (best === 'recommend' && named.filter((id) => roles[id] !== 'excluded').length === 1 && !fitPhrasedAnywhere && detectCues(askingText.replace(NOT_PROS_CONS_ALONE, '')).has('prosCons')) best = 'pros_cons';
      // "django signals bad?", "sanic websockets any good?": a terse judgement of one framework's feature asks its pros and cons.
      if (best === 'feature_check' && named.length === 1 && words.length <= 6 && TERSE_JUDGEMENT.test(text)) best = 'pros_cons';
      // "litestar any good? thinking of trying it for the billing svc": a terse judgement of the one
      // framework they mean to use for something is whether it fits that, not a list of its pros and cons.
      // ("are the cherrypy docs decent? we may use it for an admin tool" asks how well it is learnt from, described.)
      if (best === 'pros_cons' && named.length === 1 && CONSIDERED_FOR.test(text) && !detectCues(text.replace(ANY_GOOD, '')).has('prosCons')) best = OWN_LEARNING_ASKED.test(askingText) ? 'describe' : 'recommend';
      // "is the async ORM actually async or just sync_to_async under the hood?": what it really does inside is explained, not checked.
      // ...but "does Django support async views yet, or is it still sync under the hood?" asks for support
      // first; the inside is only the other answer it fears.
      if (best === 'feature_check' && HOW_IT_REALLY_WORKS.test(text) && !(SUPPORT_ASKED_FIRST.test(text) && OR_STILL_INSIDE.test(text))) best = 'describe';
      if ((best === 'describe' || best === 'recommend') && named.length === 1 && WHY_TREND.test(text)) best = 'pros_cons';
      // "what's the point of hypercorn beside litestar's own runner?", "what's the point of flask blueprints?": what a
      // package or a framework's feature is for is described; the point of a whole framework beside others is still weighed.
      const pointOf = best === 'pros_cons' ? POINT_OF.exec(text) : null;
      if (pointOf) {
        const next = matches.find((m) => m.start === pointOf[0].split(' ').length);
        const partOf = next?.kind === 'framework' && matches.some((m) => (m.kind === 'concept' || m.kind === 'topic') && m.start === next.end);
        if (next?.kind === 'concept' || partOf) best = 'describe';
      }
      if ((best === 'feature_check' || best === 'compare' || best === 'recommend') && named.length === 1 && concepts.length <= 1 && WHAT_KIND_ASKED.test(text) && !fitPhrasedAnywhere && !strong.some((t) => t !== 'async' && topicKind.get(t as TopicId) === 'feature')) best = 'describe';
      // How people usually do a job in the one framework named is how to do it there, described; which framework people use is still a pick.
      // Two things set side by side ("celery vs the new tasks thing, still the default?") are still weighed, and
      // "Starlette doesn't ship an ORM? What do people use with it?" still checks support first.
      // (A capability named beside the package, "sqlalchemy's async sessions", is what the practice is for.)
      const usualPractice = named.length === 1 && concepts.filter((id) => conceptKind.get(id) !== 'capability').length <= 1 && vsAt < 0 && USUAL_PRACTICE.test(text) && !fitPhrasedAnywhere && !WHICH_FRAMEWORK.test(text) && !/\b(?:frameworks?|fw)\b/.test(text);
      // ("is flask-wtf still the standard for forms in flask, or has flask got something built in now?" asks whether it is built in.)
      const builtInInstead = BUILT_IN_INSTEAD.test(text) && featureCount > 0;
      if ((best === 'recommend' || best === 'compare' || (best === 'feature_check' && !SHIPS_SAID.test(text))) && usualPractice) best = builtInInstead ? 'feature_check' : 'describe';
      if ((best === 'recommend' || best === 'pros_cons') && named.length === 1 && featureCount > 0 && PART_OR_SEPARATE.test(text)) best = 'feature_check';
      // "fastapi on k8s: one uvicorn worker per pod or multiple workers?": one framework and the one server it
      // runs on are no two options; the "or" is between two ways of running it, which is how to deploy it.
      // A difference asked, a move ("switch gunicorn to cherrypy's server") or the framework's own server weighs the two.
      const ownServerOnly =
        named.length === 1 && concepts.length === 1 && conceptKind.get(concepts[0]!) === 'server' && vsAt < 0 && !COMPARATIVE.test(text) && !/\bdifferen/.test(text) && !MOVE.test(text) && !/\b(?:own|itself|built in|builtin|s server)\b/.test(text);
      if (best === 'compare' && ownServerOnly) best = 'describe';
      // "do we still need celery w django or is the new tasks thing enough", "Do I need Celery with Django just
      // to send emails?": whether a package is needed beside one framework is how to do the job there,
      // described; "does django have a task queue built in, or do I need celery?" still checks support.
      const packageNeeded = named.length === 1 && concepts.length > 0 && NEED_FIRST.test(text) && !BUILT_IN_ASKED.test(text) && !COMPARATIVE.test(text);
      if ((best === 'feature_check' || best === 'recommend') && packageNeeded) best = 'describe';
      // "FastAPI project structure for a big app: routers, services, repositories?": how to lay out one
      // framework's codebase is a how-to, described; whether it has a standard layout is still checked.
      const layoutAsked = named.length === 1 && options <= 1 && LAYOUT_ASKED.test(askingText || text) && !COMPARATIVE.test(text);
      if (layoutAsked && (best === 'recommend' || (best === 'feature_check' && !LAYOUT_PROVIDED.test(text)))) best = 'describe';
      // "fastapi DI explained", "django signals explained simply": a title asking for an explanation is described.
      if ((best === 'feature_check' || best === 'recommend' || best === 'pros_cons') && EXPLAINED.test(text)) best = 'describe';
      // Version, release and support questions are described, not feature-checked (contract v2).
      if (best === 'feature_check' && topics[0] === 'maintenance' && !topics.some((t) => topicKind.get(t) === 'feature' && !weakTopics.includes(t))) best = 'describe';
      // "where should we host our django app?", "our aiohttp services: behind gunicorn?": running the app
      // they have asks how to deploy it; a host or a server is chosen, never a framework (contract v2).
      const runningOwn = topics[0] === 'deployment' && named.length > 0 && named.every((id) => roles[id] === 'context') && !fitPhrasedAnywhere && !frameworkAsked;
      if (best === 'recommend' && runningOwn) best = 'describe';
      // "hypercorn vs uvicorn, which for our quart app?": two packages of one kind set against each other, with
      // no framework asked for, are compared: a server or an ORM is never recommended (contract v2).
      if ((best === 'recommend' || best === 'describe') && setAgainst && !frameworkAsked && (best === 'recommend' || runningOwn)) best = 'compare';
      // "is marshmallow still worth it or is everybody on pydantic these days?": one of a kind against the other everyone went to weighs the two.
      if ((best === 'feature_check' || best === 'describe' || best === 'recommend' || best === 'pros_cons') && kindPair && !movedBetween && EVERYONE_ON_OTHER.test(text)) best = 'compare';
      // "is bottle dead?", "is quart maintained by pallets now?": about releases, not a choice.
      // "Is Pyramid still maintained in 2025? I inherited a 40k-line codebase (SQLAlchemy, Chameleon
      // templates)...": the sentence that asks decides, the codebase around it is background.
      const releaseTopics = inAsked.size > 0 ? [...inAsked] : topics;
      // A need only hinted beside it ("in the payments svc" hints at scale) does not make it more than a release question.
      const aboutReleases = releaseTopics.length > 0 && releaseTopics.every((t) => t === 'maintenance' || weakTopics.includes(t as TopicId)) && releaseTopics.includes('maintenance') && !weakTopics.includes('maintenance') && named.length === 1;
      // "Is Bottle still maintained? ... I want to use it for a tiny dashboard": the use is background to the question.
      // ...but "Pyramid doesn't release often anymore. Is it still a reasonable choice for a new app?" asks whether to choose it.
      if (aboutReleases && best === 'recommend' && !CHOICE_WORDS.test(inAsked.size > 0 ? askingText : text) && !(asking && FIT_ASKED.test(askingText))) best = 'describe';
      // "stuck on py3.9 on the old boxes, can we still use the latest flask?": whether a release runs
      // on their Python is a release question, whatever verb asks it.
      if (aboutReleases && best === 'recommend' && PYTHON_VERSION.test(text) && RELEASE_NAMED.test(text)) best = 'describe';
      if (aboutReleases && best === 'pros_cons' && !cues.has('prosCons')) best = 'describe';
      // "Is Sanic still maintained? Would you start a new service on it?", "Tornado ещё жив? Стоит ли брать
      // его в новый проект?": a sentence of its own after the release question asks whether to choose it.
      const releaseSaid = (r: Span) => matches.some((m) => m.kind === 'topic' && m.id === 'maintenance' && m.start >= r.start && m.end <= r.end);
      const choiceAsked = () =>
        sentences.some((r) => {
          const said = words.slice(r.start, r.end).join(' ');
          return r.start > 0 && !releaseSaid(r) && ((YES_NO_START.test(said) && CHOICE_WORDS.test(said)) || forms.fitAskedElsewhere(said));
        });
      if (aboutReleases && best === 'describe' && choiceAsked()) best = 'recommend';
      // "honestly, isn't pyramid heavyweight these days?": too much asked with nothing it would be
      // too much for (no app, no "for ..." or "on ...", not "here") weighs the framework itself.
      const forNothing = sizeUnsaid && topics.every((id) => id === 'small_apps') && !words.some((w) => forms.forWord(w) || w === 'here' || w === 'on');
      if (best === 'recommend' && options <= 1 && forNothing) best = 'pros_cons';
      // "what's Python's nearest thing to Laravel? everything included, an ORM, admin screens ...": the
      // Python equivalent of another ecosystem's framework, with none of ours named, is a pick, whatever the
      // patterns listed after it (two concepts of one kind that nobody set against each other).
      if (best === 'compare' && named.length === 0 && scope.otherEcosystem && (CLOSEST_ASKED.test(text) || LIKENESS_ASKED.test(text))) best = 'recommend';
      // "which migrations tool for pyramid?", "best auth library for fastapi?": the pick of a package for the one framework
      // is described with its options, neither checked as a feature nor a framework recommended.
      if ((best === 'recommend' || best === 'feature_check') && !pickIsAFramework && pickedForOne(words.length, PACKAGE_PICKED_FOR)) best = 'describe';
      // "can litestar do server-sent events, or would we have to install more?", "does bottle ship an ORM, or what do folks add for
      // storage?": the feature asked of the one framework comes first; what they would reach for instead only follows from the answer.
      // (The first sentence is joined only for the one-framework readings it can change.)
      const featureThenElse = () => FEATURE_THEN_ELSE.test(words.slice(sentences[0]!.start, sentences[0]!.end).join(' ')) && matches.some((m) => m.kind === 'topic' && m.end <= sentences[0]!.end && topicKind.get(m.id as TopicId) === 'feature');
      if ((best === 'recommend' || best === 'describe') && named.length === 1 && !fitPhrasedAnywhere && featureThenElse()) best = 'feature_check';
      const penalty = 0.08 * fuzzy + (scope.everydayNamesOnly && scope.technical === 0 && best !== 'out_of_scope' ? 0.15 : 0);
      // The classifier's probability is the confidence: a reading it doubts (about 0.55 or less)
      // falls under LOW_CONFIDENCE and the answer says so, with "did you mean" questions.
      return make(best, 0.1 + 0.9 * bestP - penalty, best === 'feature_check' && featureSubject ? [featureSubject] : []);
    },
  };
}
