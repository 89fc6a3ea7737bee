import type { FrameworkRole } from './framework-roles';
import { CHOICE_JOINERS } from './name-as-thing';
import { english, NOT_THE_FRAMEWORK, NOT_WEB, type ScopeReading } from './read-scope';

/** Why a question is not ours, or null when it is. */
export type DeclineReason = 'otherSense' | 'otherEcosystem' | 'generalPython' | 'offTopic';

export interface ScopeFacts {
  frameworks: string[];
  concepts: string[];
  roles: Record<string, FrameworkRole>;
  /** Needs named outright (not only hinted at). */
  strongTopics: number;
  topics: number;
  scope: ScopeReading;
  words: string[];
  /** "venimos de", "kommen von": where the askers come from, said in another language (knowledge/nlu/forms.yaml). */
  knownBefore?: (before: string) => boolean;
}

/** Web words that make a question a brief for a web app whatever everyday thing it is for. */
const WEB_BRIEF = 3;
const LATIN = /\p{Script=Latin}/u;
const PICK_ELSEWHERE = 0.25;
const ONE_PICKED = /\bwhich one\b|\b(?:go with|use|pick|choose|start with)\b/;
// ...but "what paint should I use for my kitchen?" names the thing picked, and it is not one of ours.
const THING_PICKED = /\b(?:what|which) (?:kind of |type of |sort of )?(?!(?:one|ones|else|framework\w*|fw|stack|lib\w*|tools?|options?|thing|tech|language|backend|server|package|module|to|is|are)\b)\w+ (?:should|would|shall|do|can|could) (?:i|we)\b/;
export const HELP_OF_BOT = /^(?:good (?:morning|afternoon|evening)|morning|evening|gm|hi|hello|hey|yo)\b|\b(?:what|who) are (?:you|u)\b|\b(?:you|u)(?: \w+){0,4} (?:help|assist|answer|know|knowing|support|cover)\b/;
// Needs about learning and the people around a framework, which every skill has too.
const LEARNING_NEEDS: ReadonlySet<string> = new Set(['learning_curve', 'documentation', 'community']);
const LEARNING_ELSEWHERE = 0.15;
const learningOnly = (scope: Pick<ScopeReading, 'matches'>): boolean => {
  const needs = scope.matches.filter((m) => m.kind === 'topic');
  return needs.length > 0 && needs.every((m) => LEARNING_NEEDS.has(m.id));
};
// "which one has ...", "which one is easier": one of the options, unnamed, as a conversation's follow-up asks.
const WHICH_ONE_OF_OURS = /^(?:(?:ok|so|and|but) )?which one (?:has|is|s|would|should|do|does|gives|makes)\b/;
// The words right before the thing a pick is asked for: "recommend a", "which", "a good cheap".
const PICKED_BEFORE = /\b(?:recommend|suggest|best|good|decent|cheap|which|what|looking for|shopping for|need|want|buy|buying)(?: (?:a|an|the|some|good|decent|cheap|new)){0,2}$/;
// The words right before a thing of one's own that is upgraded, bought or repaired: "upgrading my", "buying a new".
const OWN_THING_HANDLED = /\b(?:upgrad(?:e|ing)|replac(?:e|ing)|repair(?:ing)?|fix(?:ing)?|sell(?:ing)?|buy(?:ing)?)(?: (?:my|our|a|an|the|new|old|this))+$/;
// "any cute name for our new puppy?", "name ideas for a bakery": a name asked for something.
const NAME_ASKED = /\b(?:good|nice|cool|catchy|funny|cute|creative|clever|better|fun|great) (?:\w+ )?names? for\b|\bnames? (?:ideas|suggestions) for\b|\bwhat (?:should|shall|could) (?:i|we) (?:name|call) (?:my|our|the|a|an|him|her|it)\b/;
// A chore in the chat asked of the bot: "could you make a party emoji", "pls pin this message".
const CHAT_CHORE = /(?:\b(?:can|could|would|will) (?:you|u) (?:please |pls |just )?|^(?:please |pls )?)(?:add|create|make|pin|unpin|kick|ban|mute|unmute|delete|remove|rename|archive|set up|start)(?: (?:a|an|the|this|that|my|our|new|custom|some))* (?:emoji|emojis|emote|emotes|sticker|stickers|channel|channels|role|roles|reminder|reminders|poll|polls|message|messages|thread|threads|user|users|member|members)\b(?! (?:model|models|table|tables|api|endpoint|endpoints|system|feature|page|pages|queue|queues)\b)/;
const CODING = /\b(?:code|coding|coder|coders|program|programming|programmer|programmers|software|developer|developers|dev|devs)\b/;
const NO_FRAMEWORK = /\b(?:no|without|not using|not a)(?: \w+){0,3} frameworks?\b/;
// What a question builds or serves makes it ours whatever it calls: "scrape prices and serve them from an endpoint".
const SERVES = /\b(?:serve|serves|serving|expose|exposes|exposing|endpoint|endpoints|backend|back end|server side|route|routes|webhook|webhooks|web ?apps?|dashboard|build (?:an?|the|our|my) (?:\w+ )?(?:api|app|site|website|service))\b/;
// "parsing the apache access logs", "count requests per endpoint in the log files": logs a program reads (not "log in").
const LOGS_READ = /\b(?:parse|parses|parsing|read|reads|reading|analy[sz]e|analy[sz]es|analy[sz]ing|count|counts|counting|grep|scan|scans|scanning|aggregate|aggregates|aggregating|crunch|crunches|crunching)\b(?: \w+){0,8}? (?:access |nginx |apache |server |request |web )?(?:logs|log files?|log lines?)\b(?! (?:in|into|out)\b)/;
// "a tiny tool that shows readings on one page", "3 endpoints": an app counted in pages or endpoints is served on the web.
const WEB_PARTS_COUNTED = /\b(?:one|a single|single|a few|few|a couple of|two|three|four|five|\d+) (?:\w+ )?(?:pages?|endpoints?|routes?|screens?)\b/;
// "what should I build it with?", "which to write the backend in?": a choice of what to build with.
const BUILT_WITH = /\b(?:build|write|make|code)\b(?: \w+){0,5} (?:with|in|on)$|\b(?:build|write|make|code) (?:it|this|that) (?:with|in|on)\b/;
// Something written for the hosted software ("a web dashboard for my minecraft server") is built, not run.
const BUILDS = /\b(?:build|building|write|writing|make|making|code|coding|develop|developing)\b|\b(?:dashboard|endpoint|endpoints|webhook|webhooks|rest api|backend|back end|web ?app)\b/;
// "can you help me write a cover letter": help asked with the writing is the same request.
// ...and so is going over what they wrote ("could you polish my resume for a backend job?").
const WRITE_REQUEST = /^(?:(?:can|could|would) (?:you|u) (?:please )?|please |pls )?(?:help (?:me|us) (?:to )?)?(?:write|compose|draft|generate|review|proofread|polish|rewrite|edit|improve|look over|go over) (?:me |us )?(?:a|an|my|our|some)\b/;
// "can you recommend a website with good sourdough starter guides?": a site to visit, looked for, not one to build.
// Prose people ask to have written: a letter, a CV, an email, a speech.
const PROSE = /\b(?:cover letter|letter|cv|resume|résumé|email|e mail|essay|poem|speech|bio|toast|eulogy|tweet|apology|invitation|job application|application letter|motivation letter)\b/;
const SITE_SOUGHT = /\b(?:any|know (?:a|any|of a|of any)|recommend (?:a|any)|suggest (?:a|any)) (?:good |decent |nice |reliable |trustworthy )?(?:website|site|websites|sites)\b/;
// The client half of a framework that is a client too: "aiohttp's ClientSession", "tornado's AsyncHTTPClient".
const CLIENT_AFTER_NAME: ReadonlySet<string> = new Set(['client', 'clientsession', 'httpclient', 'asynchttpclient']);
// ...unless its two halves are set side by side: "aiohttp, client or server?" asks what the framework is.
const BOTH_HALVES = /\b(?:client (?:or|and|vs|versus) server|server (?:or|and|vs|versus) client)\b/;
const FRAMEWORK_WORDS = new Set(['framework', 'frameworks', 'microframework', 'microframeworks']);

// Compounds of other languages: "Python-Webframeworks", "webbramverk" is not one, "webframeworks".
const FRAMEWORK_COMPOUND = /^(?:web|python|micro|backend|api)frameworks?$/;

const OTHER_KIND_OF_FRAMEWORK = /\b(?:crm|erp|css|ui|javascript|js|frontend|front end|testing|test|ml|machine learning|deep learning|agile|scrum|marketing|legal|compliance) frameworks?\b/;

// What a team has done or knows, right before another ecosystem's name: "who've done Rails", "coming from Laravel".
// ...and down a list: "people coming from Excel and VBA", "came from Ruby, PHP or Java", "from Node with Express".
// ("should I use Gin" is a choice, not what they use.)
const DONE_BEFORE = /\b(?:done|did|used|(?<!\b(?:should|shall|would|could|can|to|will|might|must) (?:i |we |you |u )?)use|know|knows|knew|written|wrote|worked (?:with|in)|coming from|come from|came from|background in|experience (?:with|in)|years of|used to)(?: \w+)?(?: (?:and|or|with|plus|\w+ and|\w+ or) ?)?$/;

// ...and what they did in it: "coming from building forms in PHP", "years of building apps with Rails".
const DONE_IN = /\b(?:coming from|come from|came from|used to|years of|been|background in) (?:writing|doing|building|coding|working|using|making|developing)(?: \w+){0,3} (?:in|with|on)$/;

// ...or who the people are, right after it: "a team of ex-java devs", "we're a rails shop", "spring boot developers".
// "a JSON API behind our Angular client", "our React SPA": another ecosystem as the client of the backend asked for.
const CLIENT_AFTER = /^(?:\w+ )?(?:frontend|frontends|front end|spa|spas|client|clients|ui)\b/;
// ...or as what calls it: "an endpoint their Node service can call", "called from a Go service", "the API our Vue app talks to".
const CALLER_AFTER = /^(?:\w+ ){0,2}(?:(?:can|will|would|should|must|needs to|has to) )?(?:call|calls|calling|hit|hits|consume|consumes|talk to|talks to|talking to|send requests to|sends requests to)\b/;
const CALLER_BEFORE = /\b(?:call|called|calling|consumed|hit|used|reached)(?: \w+)? (?:from|by)(?: (?:a|an|the|our|their|its|my|your))?$/;
// ...or as the app a backend is built for: "an API for our Kotlin app", "the backend of our Flutter app".
const BACKEND_FOR = /\b(?:api|apis|backend|back end|endpoints?)(?: \w+){0,2} (?:for|of|behind) (?:a|an|the|our|my|their|your)$/;
const APP_AFTER = /^(?:mobile |web |ios |android )?(?:app|apps|application)\b/;
// "hardly any JavaScript", "no JS at all": how much of it the pages carry, not the stack asked about.
const AMOUNT_BEFORE = /\b(?:little|no|minimal|zero|less|some|without|barely any)$/;
const PEOPLE_AFTER = /^(?:\w+ )?(?:devs?|developers?|engineers?|programmers?|people|person|folks|ppl|shop|veterans?)\b/;

// "python dev here", "as a python developer", "i m a python person": who asks, introduced.
const ASKER_IS = /\b(?:i m|i am|im|as) an? (?:\w+ )?python (?:dev|devs|developer|developers|person|guy|gal|engineer|programmer)\b|\bpython (?:dev|developer|person|guy|gal|engineer|programmer) here\b/;
// "coming from Python", "switching from python": a language left, not the one asked about. ("We know
// Python; anything like Rails?" still asks in Python.)
const LEFT_BEHIND = /\b(?:coming from|come from|came from|moving from|switching from|background in)(?: \w+)?$/;

// "with" between two of one stack, in the languages people ask in: "Node con Express", "Spring mit Kotlin".
const PAIR_JOINERS: ReadonlySet<string> = new Set(['with', 'plus', 'and', 'con', 'y', 'e', 'com', 'mit', 'und', 'avec', 'et', 'met', 'en', 'z', 'i', 's', 'с', 'и', 've', 'dan']);

/** Every other ecosystem named is what the askers have done, who they are or what calls the backend ("coming from Express", "a team of Java devs", "our React SPA"). */
export const ecosystemOnlyBehind = (words: string[], scope: Pick<ScopeReading, 'ecosystemStarts' | 'ecosystemSpans'>, knownBefore?: (before: string) => boolean): boolean =>
  scope.ecosystemStarts.every(
    (at) =>
      DONE_BEFORE.test(words.slice(Math.max(0, at - 6), at).join(' ')) ||
      // ("venimos de Node/Express", "wir kommen von Spring/Java": the second of a pair comes from the same place;
      // so does the second joined by "with": "venimos de Java con Spring".)
      Boolean(
        knownBefore?.(words.slice(Math.max(0, at - 3), at).join(' ')) ||
          knownBefore?.(words.slice(Math.max(0, at - 4), at - 1).join(' ')) ||
          (PAIR_JOINERS.has(words[at - 1] ?? '') && knownBefore?.(words.slice(Math.max(0, at - 5), at - 2).join(' '))),
      ) ||
      DONE_IN.test(words.slice(Math.max(0, at - 7), at).join(' ')) ||
      PEOPLE_AFTER.test(words.slice(at + 1, at + 3).join(' ')) ||
      CLIENT_AFTER.test(words.slice(at + 1, at + 3).join(' ')) ||
      CALLER_AFTER.test(words.slice(at + 1, at + 5).join(' ')) ||
      CALLER_BEFORE.test(words.slice(Math.max(0, at - 4), at).join(' ')) ||
      (BACKEND_FOR.test(words.slice(Math.max(0, at - 5), at).join(' ')) && APP_AFTER.test(words.slice(scope.ecosystemSpans.find((s) => s.start === at)?.end ?? at + 1).slice(0, 2).join(' '))) ||
      AMOUNT_BEFORE.test(words.slice(Math.max(0, at - 2), at).join(' ')),
  );

/** An equivalent asked for: "the closest thing in Python", "the python equivalent of express". */
// ...also "symfony person here, the python counterpart?", and "the gin of python?".
export const CLOSEST_ASKED = /\b(?:closest|nearest) (?:thing|equivalent|match|alternative|option)\b|\b(?:python )?equivalent (?:of|to|for|in python)\b|\b(?:python|py) (?:equivalent|counterpart)$|\bthe \w+(?: js)? (?:of|for|in) python\b/;
/** A likeness asked for: "any python framework close to spring boot?", "which py fw is most like it", "what will feel closest". */
export const LIKENESS_ASKED = /\b(?:close|closer|closest|similar|nearest) to\b|\bmost (?:like|similar)\b|\bfeels? (?:the )?(?:closest|most familiar|familiar|similar)\b/;

// "...for Laravel", "...in Rails": what the thing wanted is for.
const FOR_ECOSYSTEM = new Set(['for', 'in', 'with', 'on', 'into']);
// "the node equivalent of flask": the other ecosystem's counterpart.
const COUNTERPART = new Set(['equivalent', 'counterpart', 'version', 'alternative']);
// "Does Laravel have something like the Django admin?", "Rails has anything like ...?": the other framework is what has it.
const HAS_VERBS = new Set(['has', 'have', 'got', 'ships', 'offers']);

/** The question says "framework" outright. */
export const asksForFramework = (words: string[]): boolean => words.some((w) => FRAMEWORK_WORDS.has(w) || FRAMEWORK_COMPOUND.test(w));

/** The question says "framework", in English or in another language ("ramverk", "фреймворк"). */
export const frameworkAsked = (words: string[], scope: Pick<ScopeReading, 'frameworkWord'>): boolean => asksForFramework(words) || scope.frameworkWord;

/**
 * "good laptop for python dev under $1000?", "which monitor is good for django work?": a choice
 * with no need of ours and an everyday thing in it is a choice of that thing, not of a framework.
 */
export function choosesSomethingElse(facts: Pick<ScopeFacts, 'concepts' | 'strongTopics' | 'scope' | 'words'>, sentences: { start: number; end: number }[] = [{ start: 0, end: facts.words.length }]): boolean {
  const { scope } = facts;
  if (facts.strongTopics > 0 || facts.concepts.length > 0 || scope.everydayStarts.length === 0 || asksForFramework(facts.words)) return false;
  // "an app for a gym chain ... ~25 JSON endpoints. Is Django a good choice for this backend?": a gym
  // in a brief full of web words is what the app is for, not the thing chosen.
  if (scope.web >= WEB_BRIEF) return false;
  // The thing chosen comes first: "is flask good for a laptop inventory app" still asks about Flask.
  // Only an everyday thing in the framework's own sentence is chosen: "Lab scientist here ... Is
  // Django overkill for this?" asks about Django.
  const firstFramework = Math.min(...scope.matches.filter((m) => m.kind === 'framework').map((m) => m.start));
  const from = sentences.find((s) => s.start <= firstFramework && firstFramework < s.end)?.start ?? 0;
  return scope.everydayStarts.some((at) => at >= from && at < firstFramework);
}

// "which py framework will feel familiar?": chat's "py" before a framework word is Python ("cherry py" is CherryPy).
const AFTER_PY = new Set(['framework', 'frameworks', 'fw', 'fws', 'backend', 'backends', 'web']);
/** Whether the word at `i` is chat's "py" for Python. */
const pyMeansPython = (words: string[], i: number): boolean => words[i] === 'py' && AFTER_PY.has(words[i + 1] ?? '');
export const saysPython = (words: string[]): boolean => words.includes('python') || words.some((_, i) => pyMeansPython(words, i));

// "a CLI tool", "my desktop app": a program run on a machine, not served; "our cli tool needs a small web
// ui to show progress" puts a web face on it, which is served.
const NOT_SERVED_PROGRAM = /\b(?:cli|command line) (?:tool|app|application|program|script)s?\b|\b(?:desktop|gui)(?: \w+)? (?:app|application|program|tool)s?\b/;
const WEB_FACE = /\bweb (?:ui|interface|page|pages|frontend|front end|view|views|version)\b/;
// A program run on a machine, however it is named: "a click-based CLI", "our desktop tool".
const LOCAL_PROGRAM = /\b(?:cli|clis|command line|desktop|gui)\b/;
/** "a CLI tool my family can't use; they would rather click through a web page": a web face put on a program run locally is something to serve. */
export const webFaceOnProgram = (text: string): boolean => LOCAL_PROGRAM.test(text) && WEB_FACE.test(text);

// What plain code is asked about too: how fast it runs, how easy it is to learn.
const CODE_QUALITIES: ReadonlySet<string> = new Set(['performance', 'learning_curve']);
const CODE_NAMES_AMONG = 3;

// Python itself as what is learned or moved to: "learn python", "switch her to real python", "a python book for kids".
const PYTHON_LEARNED = /\b(?:learn|learning|teach|teaching|get into|getting into|start with|starting with|switch to|switching to|move (?:\w+ )?to|moving (?:\w+ )?to)(?: real| proper| actual)? python\b|\bpython (?:books?|courses?|for kids|for children|for beginners)\b/;

// A query language itself as what is learned: "learn SQL", "studying SQL for reporting".
const QUERY_LANGUAGE_LEARNED = /\b(?:learn|learning|study|studying|teach|teaching|get better at|practise|practice|practicing|practising)(?: \w+)? (?:sql|mysql|postgres|postgresql|sqlite)\b/;

/**
 * Whether a question that names nothing of ours, or names a framework only as the asker's
 * background, is declined. Another ecosystem or plain Python in the background does not make a
 * question foreign when it asks for a Python framework: "team of Spring devs, we need a typed REST
 * API, what's the Python equivalent?" and "data scientist, need my sklearn model behind an HTTP
 * endpoint, quickest framework?" are ours; "rails or laravel for an mvp", "asyncio.gather vs
 * TaskGroup" and "I'm a Django dev but need help with a VBA macro" are not.
 */
export function declineReason({ frameworks, concepts, roles, strongTopics, topics, scope, words, knownBefore }: ScopeFacts): DeclineReason | null {
  if (scope.uncovered.length > 0 || concepts.length > 0) return null;
  // Joined once: most readings below match phrases across words.
  const joined = words.join(' ');
  const nothingOurs = frameworks.length === 0;
  // Read once: several of the readings below ask whether Python is said.
  const python = saysPython(words);
  // "I'm a Django dev but ...": the framework is who is asking, not what is asked about.
  const backgroundOnly = !nothingOurs && frameworks.every((id) => roles[id] === 'context') && strongTopics === 0;
  // "is there anything like the Django admin for Laravel?": ours named only as the likeness wanted, in
  // another ecosystem's framework and not in Python, asks about that ecosystem.
  const likenessElsewhere =
    !nothingOurs && frameworks.every((id) => roles[id] === 'like') && !python && scope.ecosystemStarts.some((at) => FOR_ECOSYSTEM.has(words[at - 1] ?? '') || (at <= 1 && HAS_VERBS.has(words[at + 1] ?? '')) || (at <= 2 && words[0] === 'does'));
  if (likenessElsewhere) return 'otherEcosystem';
  // "the nearest thing to Pyramid in the Go world?", "the node equivalent of bottle?": ours as
  // the likeness and another ecosystem as where the counterpart is wanted, with no Python said.
  const counterpartElsewhere =
    !nothingOurs && !python && scope.ecosystemStarts.length > 0 && (CLOSEST_ASKED.test(joined) || LIKENESS_ASKED.test(joined)) && scope.ecosystemStarts.some((at) => FOR_ECOSYSTEM.has(words[at - 1] ?? '') || (words[at - 1] === 'the' && FOR_ECOSYSTEM.has(words[at - 2] ?? '')) || COUNTERPART.has(words[at + 1] ?? ''));
  if (counterpartElsewhere) return 'otherEcosystem';
  // "please write my motivation letter for a web internship; I have done some flask and quart": prose to write, with
  // every framework named only as what the writer knows, is a letter, whatever needs its words hint at.
  const proseAbout = !nothingOurs && frameworks.every((id) => roles[id] === 'context') && PROSE.test(joined) && WRITE_REQUEST.test(joined);
  if (proseAbout && !frameworkAsked(words, scope)) return 'offTopic';
  // "a cron script pulls images with aiohttp's ClientSession; how do I cap its connections?": a
  // framework named only as its HTTP client, with nothing served and no framework asked, is plain Python calling the web.
  // (Only names in the words: "compare all three" takes its frameworks from the conversation.)
  const namesHere = scope.matches.filter((m) => m.kind === 'framework');
  const clientOnly = namesHere.length > 0 && namesHere.every((m) => CLIENT_AFTER_NAME.has(words[m.end] ?? '')) && !SERVES.test(joined) && !BOTH_HALVES.test(joined) && !frameworkAsked(words, scope);
  if (clientOnly) return 'generalPython';
  if (!nothingOurs && !backgroundOnly) return null;
  const asksFramework = frameworkAsked(words, scope);
  // "we sell olive oil by the bottle and need a shop with an admin, which framework?": a framework asked
  // for a need is ours, whatever the everyday-word name around it means; one of another kind ("which
  // CRM framework") is not.
  const ourFrameworkAsked = asksFramework && !OTHER_KIND_OF_FRAMEWORK.test(joined) && !NOT_THE_FRAMEWORK.test(joined);
  // "which framework for my thesis, grounded theory or thematic analysis?": a framework of another
  // kind named, with nothing of ours and nothing web, is that kind of framework.
  if (nothingOurs && scope.otherKindOfFramework && scope.web === 0 && strongTopics === 0) return 'offTopic';
  // "Tôi nên dùng framework Python nào để làm backend cho game di động?": a Python framework asked for
  // something web is ours too, whatever other word ("di", mobile) was read in its other sense.
  if (nothingOurs && scope.otherSense.length > 0 && !(ourFrameworkAsked && (strongTopics > 0 || (python && scope.web > 0)))) return 'otherSense';
  // "our fastapi guy is leaving, any ideas for a farewell gift?": the framework is who, the question is about a gift.
  if (backgroundOnly && scope.everydayStarts.length > 0 && scope.web === 0 && !asksFramework) return 'otherSense';
  // "does anyone know a decent pizza place near the office? ordering for friday demo day": nothing
  // of ours, no web or Python word, a need read from one generic word ("demo") and many words no
  // question of ours uses. With no need read at all ("asdfghjkl", "hallo, wie benutze ich dich?")
  // the classifier decides between help and a decline.
  if (nothingOurs && !asksFramework && scope.web === 0 && !python && topics > 0 && strongTopics <= 1 && scope.unfamiliar >= 0.4) return 'offTopic';
  // "what sprint velocity should a new team aim for?": a need read only by correcting spelling (velocity
  // as Catalan "velocitat", speed), with nothing web, Python or of ours around it, is no need of ours.
  // "Come imparo a cucinare il risotto?", "tips for knitting as a beginner?":
  // learning, with nothing of ours, nothing web or Python, and words no question of ours uses, is
  // learning something else.
  // ("I'm a nurse learning to code, what's easiest?" is learning to program: ours to answer.)
  // ("which one has the softest learning curve for a complete newbie?" asks which of ours, with no thing named: a vague pick of ours.)
  if (nothingOurs && !asksFramework && scope.web === 0 && !python && learningOnly(scope) && scope.unfamiliar >= LEARNING_ELSEWHERE && !CODING.test(joined) && !WHICH_ONE_OF_OURS.test(joined)) return 'offTopic';
  // "新手去哪里登山？": a beginner's pick of an everyday thing (a hike) with nothing of ours, web or
  // Python; "suggest a cheap laptop for a junior dev, mostly for coding": the everyday thing is what is
  // picked, whatever coding it is for.
  if (nothingOurs && !asksFramework && scope.web === 0 && !python && learningOnly(scope) && scope.everydayStarts.length > 0) {
    const picked = scope.everydayStarts.some((i) => PICKED_BEFORE.test(words.slice(Math.max(0, i - 4), i).join(' ')));
    if (picked || !CODING.test(joined)) return 'offTopic';
  }
  // "thinking of upgrading my laptop so docker builds go faster, worth it?": an everyday thing of
  // one's own, upgraded, bought or repaired, with nothing of ours, no Python and at most a tool or two
  // of the web around it, is what is asked about.
  if (nothingOurs && !asksFramework && !python && scope.web <= 1 && scope.everydayStarts.some((i) => OWN_THING_HANDLED.test(words.slice(Math.max(0, i - 3), i).join(' ')))) return 'offTopic';
  // "could you make a party emoji for us", "pls pin that message": a chore in the chat asked of the
  // bot, with nothing of ours, is not a question about frameworks.
  if (nothingOurs && !asksFramework && !python && CHAT_CHORE.test(joined)) return 'offTopic';
  // ...and so is a name asked for something with nothing of ours, web or Python in the question.
  if (nothingOurs && !asksFramework && !python && scope.web === 0 && NAME_ASKED.test(joined)) return 'offTopic';
  // "a second-hand civic or a golf for a new driver: which lasts longer?": an everyday thing, with
  // nothing of ours, web or Python, and at most one need read from a word of it, is what is chosen.
  if (nothingOurs && !asksFramework && !python && scope.web === 0 && strongTopics <= 1 && scope.everydayStarts.length > 0) return 'offTopic';
  const needSpelt = scope.matches.some((m) => m.kind === 'topic' && m.exact);
  if (nothingOurs && !asksFramework && scope.web === 0 && !python && topics > 0 && !needSpelt) return 'offTopic';
  // "Pythonでファイルを一行ずつ読むには？": Python named in another language with nothing of ours, no need
  // and nothing web is plain Python (its words, "リスト", are not ones we read as Python's own).
  // Only where every other word is in another script: our reading of "framework" and "web" in Latin-script
  // languages has gaps (a Hungarian "which Python web frameworks do you know?" asks for our list).
  if (nothingOurs && python && !asksFramework && topics === 0 && scope.web === 0 && words.every((w) => w === 'python' || !LATIN.test(w))) return 'generalPython';
  // ...and so is "Pythonで重複を削除するにはsetとdict.fromkeysのどちらが速いですか？": which of two ways of its own runs faster,
  // with a name or three of code among the other script's words.
  const latinBesides = words.filter((w) => w !== 'python' && LATIN.test(w));
  const codeQualityOnly = topics > 0 && scope.matches.every((m) => m.kind !== 'topic' || CODE_QUALITIES.has(m.id));
  if (nothingOurs && python && !asksFramework && codeQualityOnly && scope.web === 0 && latinBesides.length > 0 && latinBesides.length <= CODE_NAMES_AMONG && words.length > latinBesides.length * 4) return 'generalPython';
  // "which book to learn python as a complete beginner?", "when should she move from Scratch to real Python?":
  // the language itself learned, with no framework asked and nothing web, is plain Python. (Not with the
  // Python counterpart of another framework asked, or needs of an app beyond being a beginner: "members sign in and reserve slots".)
  if (nothingOurs && python && !asksFramework && scope.web === 0 && strongTopics <= 1 && PYTHON_LEARNED.test(joined) && !CLOSEST_ASKED.test(joined)) return 'generalPython';
  // "how should a bookkeeper go about learning SQL?": a query language learned, with no framework asked, no
  // Python and no need beyond learning and the database it queries, is learning the language, not
  // choosing a framework for it.
  if (nothingOurs && !asksFramework && !python && scope.web <= 1 && QUERY_LANGUAGE_LEARNED.test(joined) && scope.matches.every((m) => m.kind !== 'topic' || LEARNING_NEEDS.has(m.id) || m.id === 'orm')) return 'offTopic';
  // "best sourdough starter schedule for a cold kitchen?", "recommend a fantasy audiobook for a road trip?": in English,
  // nothing of ours, no need, nothing web or Python, and words no question of ours uses: a pick of
  // something else. ("which is best?" uses only our words: a vague question of ours.)
  // ...but a greeting, or asking what whichpy can help with, is a call for help, and "which one should I
  // go with for my side gig?" picks one of ours, whatever the gig is.
  if (nothingOurs && !asksFramework && topics === 0 && scope.web === 0 && !python && scope.unfamiliarPeak >= PICK_ELSEWHERE && english(words) && !HELP_OF_BOT.test(joined) && (!ONE_PICKED.test(joined) || THING_PICKED.test(joined))) return 'offTopic';
  // "my nightly script pulls data from a REST API and dies with ConnectionError; how do I add
  // retries?": code calling the web as a client, with nothing of ours named and nothing served.
  // ...and so does a script reading server logs: "counts hits per endpoint in our nginx access logs" names
  // the endpoints it finds in them, not ones it serves.
  const logsRead = nothingOurs && LOGS_READ.test(joined);
  if (nothingOurs && !asksFramework && scope.webClient > 0 && (!SERVES.test(joined) || logsRead)) return 'generalPython';
  // "can you write me a cover letter for a junior python developer role?": something to write, with
  // nothing of ours in it, is not a question about frameworks.
  // ...and so is prose to write, whatever web job it is for ("draft a motivation letter for a junior frontend role").
  if (nothingOurs && !asksFramework && (strongTopics === 0 || scope.web === 0 || PROSE.test(joined)) && WRITE_REQUEST.test(joined)) return 'offTopic';
  // "anyone know a decent site for pottery classes?": a site to use, with nothing of ours, no
  // Python and nothing to build, is not a question about making one.
  if (nothingOurs && !asksFramework && !python && SITE_SOUGHT.test(joined) && !BUILDS.test(joined)) return 'offTopic';
  // "kotlin or python for a complete beginner?": Python weighed against another language, with nothing
  // of ours, no framework asked and nothing web, is a choice of language.
  const languagePicked = () =>
    words.some((w, i) => w === 'python' && ((CHOICE_JOINERS.has(words[i + 1] ?? '') && scope.ecosystemStarts.includes(i + 2)) || (CHOICE_JOINERS.has(words[i - 1] ?? '') && scope.ecosystemStarts.includes(i - 2))));
  if (nothingOurs && python && !asksFramework && scope.web === 0 && languagePicked()) return 'otherEcosystem';
  // "Coming from Sinatra. What's the closest thing in Python?": the Python equivalent of another
  // ecosystem's framework is a framework of ours.
  // ...but Python only as where the asker comes from ("a Go web framework? Coming from Python.") asks for
  // nothing in Python.
  // ...and neither does Python only as who is asking ("python dev here, curious about go: would fiber suit ...?").
  const pythonBehind = () =>
    words.every((w, i) => !(w === 'python' || pyMeansPython(words, i)) || LEFT_BEHIND.test(words.slice(Math.max(0, i - 3), i).join(' ')) || ASKER_IS.test(words.slice(Math.max(0, i - 3), i + 4).join(' ')));
  const wantsPythonWeb = python && (asksFramework || strongTopics > 0 || CLOSEST_ASKED.test(joined)) && !pythonBehind();
  // "Our two devs have done Laravel for years; we need user accounts and an admin": another
  // ecosystem only as what the team has done, beside needs of ours, is background to a question for us.
  // A framework asked for something web counts as a need too: "need a framework for an internal api,
  // the devs only know java" wants a Python one the Java people can pick up.
  const ecosystemBackground = (strongTopics > 0 || (asksFramework && (scope.web > 0 || topics > 0))) && ecosystemOnlyBehind(words, scope, knownBefore);
  if (scope.otherEcosystem && !wantsPythonWeb && !ecosystemBackground) return 'otherEcosystem';
  // "best way to host a factorio dedicated server", "nextcloud on a vps, nginx or apache?": running
  // software someone else built, with nothing of ours, no Python and nothing to build, is not ours.
  if (nothingOurs && !asksFramework && scope.hostedSoftware && !python && !BUILDS.test(joined)) return 'otherEcosystem';
  // Web words around plain Python ("an http endpoint for my sklearn model") make it a web question.
  // ...but "which python framework is easier, tkinter or PyQt?" asks for a framework with nothing web about it.
  // ...and so does something served, built for the Python thing ("what should i build my telegram bot backend with?").
  // ...and so does the Python equivalent of another ecosystem's framework ("the python equivalent of spring boot, with decorators?").
  // ...but not web words a script finds in the logs it reads ("count requests per endpoint in a log file").
  const webAsked = (asksFramework && (scope.web > 0 || WEB_PARTS_COUNTED.test(joined))) || (scope.web >= 2 && topics > 0 && !logsRead) || (topics > 0 && SERVES.test(joined) && BUILT_WITH.test(joined)) || (scope.otherEcosystem && CLOSEST_ASKED.test(joined));
  // "semaphore vs taskgroup for 100 async tasks in my desktop app?": async words around a command-line
  // or desktop program, with nothing served, are plain Python, however many of them.
  const notServed = NOT_SERVED_PROGRAM.test(joined) && !SERVES.test(joined) && !WEB_FACE.test(joined);
  // ...but a web face put on the program is something to serve, however few web words ask for it.
  if (scope.generalPython && ((!webAsked && !webFaceOnProgram(joined)) || (notServed && !asksFramework))) return 'generalPython';
  // "my script parses a 2 GB nginx log... it's not a web app, just a cron job": said outright, however many web words it mentions.
  // ...and "no website or web framework involved" says "framework" only to rule it out.
  if ((!asksFramework || NO_FRAMEWORK.test(joined)) && NOT_WEB.test(joined)) return 'generalPython';
  return null;
}
