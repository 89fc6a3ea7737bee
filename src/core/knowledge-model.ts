/**
 * The shape of the knowledge the core answers from. The core owns this contract;
 * src/knowledge reads files into it, and tests may build it by hand.
 */

/** Where a fact comes from: the seed article or official documentation. */
export interface Source {
  title: string;
  url: string;
  /** A secondary source (a blog post) is cited only for facts no primary source backs. */
  secondary?: boolean;
}

/** One statement in our own words, with at least one source and the date it was last checked. */
export interface Fact {
  text: string;
  sources: Source[];
  /** YYYY-MM-DD (or YYYY-MM): when the fact was last verified against its sources. */
  checked: string;
}

/** The topics people weigh when choosing a framework. */
export const TOPIC_IDS = [
  'admin',
  'orm',
  'templates',
  'auth',
  'security',
  'async',
  'rest_api',
  'validation',
  'openapi',
  'performance',
  'learning_curve',
  'documentation',
  'community',
  'scalability',
  'microservices',
  'small_apps',
  'multi_page',
  'websockets',
  'background_jobs',
  'dependency_injection',
  'flexibility',
  'testing',
  'project_structure',
  'maturity',
  'forms',
  'signals',
  'deployment',
  'migration',
  'maintenance',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** How a framework provides a feature: shipped with it, through a named extension, or not at all. */
export type SupportLevel = 'built_in' | 'extension' | 'none';

/** A framework's standing on one topic. `level` is set for feature topics only. */
export interface TopicSupport {
  level: SupportLevel | null;
  /** Named extensions or packages that provide it (for `extension`, at least one). */
  via: string[];
  /** 1 (wrong tool) to 5 (best in class), compared across all frameworks; 2 or less is a poor fit. */
  rating: number;
  note: string;
  sources: Source[];
  checked: string;
}

/** Ratings at or below this make a framework a poor fit for the need. */
export const POOR_FIT_RATING = 2;

export type FrameworkKind = 'micro' | 'full-stack';
/** `native`: the framework runs its own HTTP server (Tornado, aiohttp). */
export type ServerInterface = 'wsgi' | 'asgi' | 'native';
export type MaintenanceStatus = 'active' | 'steady' | 'slow' | 'inactive';
export type SnippetId = 'hello' | 'json_endpoint' | 'validated_body' | 'template_page' | 'websocket';

export interface CodeSnippet {
  title: string;
  code: string;
  sources: Source[];
}

/** For names that are everyday words: which words around them point to which sense. */
export interface NameSense {
  /** The name is a common word (flask, bottle), not only a proper noun (Django the film). */
  everydayWord: boolean;
  technicalContext: string[];
  otherSenses: string[];
}

export interface Framework {
  id: string;
  name: string;
  /** Names people type, misspellings included; the id and name are always aliases too. */
  aliases: string[];
  kind: FrameworkKind;
  firstRelease: Fact & { year: number };
  interfaces: ServerInterface[];
  builtOn: Fact;
  summary: Fact;
  homepage: string;
  /** When the file's facts were last checked (YYYY-MM-DD). */
  checked: string;
  pythonVersions: Fact;
  /** The licence it is released under (SPDX identifier), or null when the file does not say. */
  licence: (Fact & { spdx: string }) | null;
  release: Fact & { latest: string; date: string };
  supportWindow: Fact | null;
  /** It publishes long-term support releases (the support window's fact says which). */
  longTermSupport: boolean;
  /** It installs with nothing outside the standard library (its built-on fact says so). */
  standardLibraryOnly: boolean;
  /** Plain `def` handlers run in a thread pool: sync code is written on it, whatever interface it speaks. */
  syncHandlers: Fact | null;
  maintenance: Fact & { status: MaintenanceStatus };
  /** Set when the name is an everyday word (flask, bottle, falcon). */
  sense: NameSense | null;
  code: Partial<Record<SnippetId, CodeSnippet>>;
  usedBy: Fact | null;
  support: Record<TopicId, TopicSupport>;
  pros: Fact[];
  cons: Fact[];
  bestFor: Fact[];
  /** Completes "choose <name> if …". */
  chooseIf: string;
  /** Common claims (often from the seed article) that are wrong or vague, with the accurate fact. */
  corrections: Correction[];
}

export interface Correction {
  claim: string;
  fact: Fact;
}

/** `feature` topics have a support level per framework; `quality` topics are only ranked. */
export type TopicKind = 'feature' | 'quality';

export interface Topic {
  id: TopicId;
  name: string;
  kind: TopicKind;
  synonyms: string[];
  /** Generic words that hint at the need without making it the point ("api" in "a tiny api"). */
  weakSynonyms: string[];
  /** Reads after "for": "an admin panel", "async code". */
  phrase: string;
  /** 1 to 3: how much the need usually weighs in a choice. */
  importance: number;
  /** Names a kind of app (small apps, multi-page sites) rather than a constraint or a feature. */
  appKind: boolean;
  /** Normalised phrases that end in a synonym and say the need is not wanted ("raw sql" for an ORM). */
  ruledOutBy: string[];
  /** Normalised phrases that end in a synonym and use the word in another sense ("it got popular" for community). */
  notMeantBy: string[];
  /** Work that, done by someone who is not a developer on their own, asks for this need ("edit" for an admin). */
  doneByStaff: string[];
  /** Screens for the people who run the place ("panel", "back office"); followed by a staff role, they ask for this need. */
  staffScreens: string[];
  /** Kinds of app that always have this need, though their askers seldom name it ("online shop" for an admin): a hint when judging. */
  impliedBy: string[];
  /** Normalised synonyms that name the kind of app without saying how big it is ("server rendered"). */
  sizeUnsaid: string[];
  /** Every framework id, best fit first. */
  ranking: string[];
  /** Frameworks that are a poor choice for this need ("should I use X for Y" says so). */
  poorFit: string[];
  why: Fact;
}

/** What a concept is; two concepts of one kind can be compared ("pydantic vs marshmallow"). */
export const CONCEPT_KINDS = [
  'orm',
  'server',
  'server_interface',
  'validation',
  'api_toolkit',
  'template_engine',
  'task_queue',
  'admin',
  'realtime',
  'db_migrations',
  'auth',
  'toolkit',
  'pattern',
  /** Something a framework ships or not (sessions, an HTTP client): answered from `builtInto`. */
  'capability',
] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export interface Concept {
  id: string;
  name: string;
  aliases: string[];
  kind: ConceptKind;
  status: Fact | null;
  /** Completes "use <name> when …"; null when the knowledge has none. */
  useWhen: string | null;
  summary: Fact;
  details: Fact[];
  frameworks: string[];
  /** Reads after "ships": "an HTTP client". */
  phrase: string;
  /** Frameworks that ship it; for a `capability`, every other framework does not. */
  builtInto: string[];
  /**
   * Frameworks where an extension adds it, with the extensions' names; empty when none is known.
   * For a server: frameworks it runs through a worker class of theirs ("aiohttp.GunicornWebWorker").
   */
  viaExtension: Record<string, string[]>;
  /** For a server: the interfaces whose apps it runs; empty for anything else or when unknown. */
  serves: Exclude<ServerInterface, 'native'>[];
  topics: TopicId[];
  /** Set when the name is also an everyday word ("celery", "tortoise"). */
  sense: NameSense | null;
}

/** Words that are not entities but matter for reading a question (knowledge/nlu/vocabulary.yaml). */
export interface Vocabulary {
  otherEcosystems: string[];
  /** Python web frameworks the knowledge does not cover: normalised name -> display name. */
  uncoveredFrameworks: Record<string, string>;
  generalPython: string[];
  everyday: string[];
  webContext: string[];
  /** Words people judge software with (overrated, viable, solid): framework talk, never everyday evidence. */
  judgement: string[];
  /** Code that calls the web from a script (requests errors, scraping, retries): using websites, not building one. */
  webClient: string[];
  /** Case endings other languages glue to a name ("Flaskom", "Djangon", "Flask'ta"): the name, inflected. */
  nameEndings: string[];
  /** Short words Arabic and Hebrew glue to the next one ("ل" for, "ב" in): "لموقع" is "for" + "site". */
  gluedPrefixes: string[];
  /** Parts an app is counted in, in other languages, with how many still make a small app. */
  appParts: Record<string, number>;
  /** Number words of other languages. */
  countWords: Record<string, number>;
  /** Who does the work when it is not the developers ("herself", "without a developer"). */
  byThemselves: string[];
  /** The word "framework" in other languages ("ramverk", "фреймворк"). */
  frameworkWords: string[];
  /** Small talk addressed to the bot ("are you a real person", "tell me a joke"). */
  chitChat: string[];
  /** Pictures and likenesses of a thing ("a photo of", "a tattoo of"): the name right after is that thing. */
  depictions: string[];
  /** Software people run rather than build: game servers and self-hosted apps ("minecraft server", "nextcloud"). */
  hostedSoftware: string[];
  /** Frameworks of other kinds: research methods, ways of working, standards ("grounded theory", "scrum", "togaf"). */
  otherFrameworks: string[];
  /** Things people give names to, pets to bands and boats: a name given to one ("our cat is called Django") is no framework. */
  nameBearers: string[];
  /** Ordinary words one letter from a word of ours, never typos of it ("crashing" is not "caching"). */
  realWords: string[];
  /** The word "licence" and its kin, in English and other languages ("license", "lizenz", "лицензия"). */
  licenceWords: string[];
  /** People who run the place and are not developers ("receptionists", "the treasurer", "office staff"). */
  staffRoles: string[];
  /** Apps whose owner keeps writing or editing content ("a blog"): a built-in admin pays off there. */
  editedContent: string[];
  /** Other ecosystems' frameworks by kind ("rails": full-stack, "express": micro). */
  ecosystemKinds: Partial<Record<FrameworkKind, string[]>>;
}

/**
 * The forms of a question in languages other than English, as phrases (knowledge/nlu/forms.yaml);
 * the English forms are structure and live in the core.
 */
export interface QuestionFormPhrases {
  /** The needs are still open ("noch nicht"). */
  undecided: string[];
  differenceBetween: string[];
  whatIs: string[];
  prosCons: string[];
  /** Opening a clause: "cómo ...", "jak mam ...". */
  howTo: string[];
  /** Anywhere in a clause, for languages that ask at the end: Hindi "kaise". */
  howToWithin: string[];
  /** "which frameworks do you know". */
  knownToYou: string[];
  /** "is X a good choice / suitable for Y". */
  fitAsked: string[];
  /** "too heavy for this?" ("te zwaar", "trop lourd"): whether the one option is too much, as "overkill" asks. */
  tooHeavy: string[];
  /** "still current?", "for new work in 2026" in other languages ("noch zeitgemäß", "v roce 2026"): whether it will last is part of a fit. */
  longevity: string[];
  /** "step by step" in other languages ("Schritt für Schritt", "手順"): the steps of a move are asked, so it is described. */
  stepsAsked: string[];
  /** "can it handle / hold up under" before a load, in other languages ("o Sanic aguenta 5 mil requisições por segundo?"). */
  handlesLoad: string[];
  /** One word each: "for" in "X for Y?". */
  fitFor: string[];
  /** "does X have / support Y", "is Y built in". */
  hasFeature: string[];
  /** "can X do Y", "can I build Y with X" ("Kann man mit Falcon … bauen?", "만들 수 있나요"): what one framework can do with one feature. */
  canDo: string[];
  /** "moving / switching from X to Y". */
  move: string[];
  /** "X instead of Y" ("Litestar statt FastAPI"): one thing put in the other's place, so both are weighed. */
  insteadOf: string[];
  /** "..., or do I need Celery?" after a feature question: what to use without it. */
  needInstead: string[];
  /** "not needed", said after the need ("admin paneli gerekmiyor", "админка не нужна"). */
  notNeededAfter: string[];
  /** "what can you do?" to the bot ("Τι μπορείς να κάνεις;", "was kannst du?"). */
  helpAsked: string[];
  /** A greeting opening the message, in another language ("Hola", "Привіт", "こんにちは"). */
  greeting: string[];
  /** "like" right before a name ("wie FastAPI", "comme Django"): the one the answer should resemble. */
  likeBefore: string[];
  /** "like" right after a name, for languages that put it there ("FastAPI gibi", "FastAPIのような"). */
  likeAfter: string[];
  /** "Not", "without", "don't want to use" right before a framework's name ("no quiero usar Django"). */
  excludedBefore: string[];
  /** Words right after a name that set it aside, in other languages ("Django har vi redan uteslutit"). */
  excludedAfter: string[];
  /** Words right before a name saying the asker or the team already knows it ("si ya sé Django", "om man kan Flask"). */
  knownBefore: string[];
  /** Words right after a framework's name saying the team knows it, for languages that say it after ("Django 경험이 있어요"). */
  knownAfter: string[];
}

/** How questions are understood: labelled examples per intent, the vocabulary and the question forms. */
export interface Nlu {
  examples: Record<string, string[]>;
  vocabulary: Vocabulary;
  forms: QuestionFormPhrases;
  /**
   * The intent classifier already trained on these examples (a production build ships it, so a
   * start does not train); absent, the matcher trains at creation.
   */
  trained?: TrainedNlu;
}

/** What training produced: the classifier's weights and the words the examples use. */
export interface TrainedNlu {
  /** Code and data this was trained with; a model from other code is not used. */
  fingerprint: string;
  model: { intents: string[]; features: string[]; weights: number[]; bias: number[] };
  known: string[];
  /** Words the in-scope examples use (the scope reader's sense of a framework question). */
  familiar: string[];
}

/** Everything the matcher knows; built once and handed to `createMatcher`. */
export interface Knowledge {
  /** Changes whenever any knowledge file changes (a content hash). */
  version: string;
  frameworks: Framework[];
  topics: Topic[];
  concepts: Concept[];
  nlu: Nlu;
  /**
   * The entity index's reading of the names and prose, worked out by a production build (see
   * prebuilt-index.ts); absent, the matcher works it out at creation.
   */
  index?: PrebuiltIndex;
}

/** Name keys (one per entity name, in entityNames order) and prose words, as the build worked them out. */
export interface PrebuiltIndex {
  /** Code and data they were worked out with; data from other code or knowledge is not used. */
  fingerprint: string;
  keys: string[];
  proseWords: string[];
}
