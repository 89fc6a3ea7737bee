/**
 * The shape of the knowledge the core answers from. The core owns this contract;
 * src/knowledge reads files into it, and tests may build it by hand.
 */

/** Where a fact comes from: the seed article or official documentation. */
export interface Source {
  title: string;
  url: string;
}

/** One statement in our own words, with at least one source. */
export interface Fact {
  text: string;
  sources: Source[];
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
  note: string;
  sources: Source[];
}

export type FrameworkKind = 'micro' | 'full-stack';
export type ServerInterface = 'wsgi' | 'asgi';

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
  pythonVersions: Fact | null;
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
  /** Reads after "for": "an admin panel", "async code". */
  phrase: string;
  /** Every framework id, best fit first. */
  ranking: string[];
  /** Frameworks that are a poor choice for this need ("should I use X for Y" says so). */
  poorFit: string[];
  why: Fact;
}

export interface Concept {
  id: string;
  name: string;
  aliases: string[];
  summary: Fact;
  details: Fact[];
  frameworks: string[];
  topics: TopicId[];
}

/** Everything the matcher knows; built once and handed to `createMatcher`. */
export interface Knowledge {
  /** Changes whenever any knowledge file changes (a content hash). */
  version: string;
  frameworks: Framework[];
  topics: Topic[];
  concepts: Concept[];
}
