import { z } from 'zod';
import { INTENTS, type Intent } from '../core/answer';
import { CONCEPT_KINDS, TOPIC_IDS } from '../core/knowledge-model';

/**
 * Schemas of the files in knowledge/, as people write them (snake_case YAML).
 * Sources are referenced by id and resolved against knowledge/sources/*.yaml by the loader.
 */

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lowercase letters, digits and _');
const sourceRef = z.union([id, z.array(id).min(1, 'needs at least one source id')]);

/** A calendar date as YAML writes it unquoted (2026-11-25) or as a string. */
const date = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date like 2026-11-25')])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

/** `checked` on a fact overrides the file's `checked` date for that fact. */
export const factSchema = z.strictObject({ text, source: sourceRef, checked: date.optional() });
export type FactFile = z.infer<typeof factSchema>;

export const sourceSchema = z.strictObject({
  /** true for a secondary source (a blog post): cited only when no primary source backs the fact. */
  secondary: z.boolean().optional(),
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
});
export const sourcesFileSchema = z.record(id, sourceSchema);

const supportSchema = z.strictObject({
  level: z.enum(['built_in', 'extension', 'none']).optional(),
  via: z.array(text).optional(),
  /** How well the framework serves this need, 1 (poor fit) to 5 (best in class); ranks frameworks. */
  rating: z.int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  note: text,
  source: sourceRef,
  checked: date.optional(),
});

const codeSchema = z.strictObject({ title: text, code: text, source: sourceRef, checked: date.optional() });

/** Names that are everyday words (flask, bottle, falcon) and the words that tell the senses apart. */
const senseSchema = z.strictObject({
  everyday_word: z.boolean(),
  technical_context: z.array(text).optional(),
  other_senses: z.array(text).min(1, 'name at least one word of the everyday sense'),
});

const topicIdSchema = z.enum(TOPIC_IDS);

export const frameworkFileSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text),
  /** When the facts in this file were last checked against their sources. */
  checked: date,
  kind: z.enum(['micro', 'full-stack']),
  first_release: factSchema.extend({ year: z.int().min(1990).max(2100) }),
  /** native: the framework runs its own HTTP server (Tornado, aiohttp) instead of, or besides, WSGI/ASGI. */
  interfaces: z.array(z.enum(['wsgi', 'asgi', 'native'])).min(1),
  release: factSchema.extend({ latest: text, date }),
  /** LTS lines and end-of-support dates, where the project publishes them. */
  support_window: factSchema.optional(),
  /** It publishes long-term support releases (Django's x.2, Sanic's December releases); the support window's fact says which. */
  long_term_support: z.boolean().optional(),
  /** It needs nothing outside the Python standard library to install (Bottle, Falcon); its built-on fact says so. */
  standard_library_only: z.boolean().optional(),
  /** Plain `def` handlers run in a thread pool, so a team can write only sync code on an ASGI-only framework (FastAPI, Starlette). */
  sync_handlers: factSchema.optional(),
  maintenance: factSchema.extend({ status: z.enum(['active', 'steady', 'slow', 'inactive']) }),
  sense: senseSchema.optional(),
  code: z.partialRecord(z.enum(['hello', 'json_endpoint', 'validated_body', 'template_page', 'websocket']), codeSchema).optional(),
  built_on: factSchema,
  summary: factSchema,
  homepage: z.url({ protocol: /^https?$/ }),
  python_versions: factSchema,
  /** The licence it is released under (an SPDX identifier, or LicenseRef-… for one without), and what it asks of a team shipping on it. */
  licence: factSchema.extend({ spdx: text }).optional(),
  used_by: factSchema.optional(),
  // Read after "choose Flask if" and "Flask fits best when": it must start with "you".
  choose_if: text.refine((v) => /^you\b/.test(v), 'must start with "you" (it completes "choose X if ..." and "X fits best when ...")'),
  support: z.record(topicIdSchema, supportSchema),
  pros: z.array(factSchema).min(1),
  cons: z.array(factSchema).min(1),
  best_for: z.array(factSchema).min(1),
  corrections: z.array(z.strictObject({ claim: text, fact: factSchema })).optional(),
});
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

export const topicFileSchema = z.strictObject({
  id: topicIdSchema,
  name: text,
  kind: z.enum(['feature', 'quality']),
  phrase: text,
  synonyms: z.array(text).min(1),
  /** Generic words that hint at the need without making it the point ("api" in "a tiny api on a pi"). */
  weak_synonyms: z.array(text).optional(),
  /** The topic names a kind of app (small apps, multi-page sites, microservices), not a constraint or a feature. */
  app_kind: z.boolean().optional(),
  /** Phrases ending in a synonym that say the need is not wanted ("raw sql" for an ORM). */
  ruled_out_by: z.array(text).optional(),
  /** Phrases ending in a synonym that use the word in another sense ("it got popular", "manage.py migrate"). */
  not_meant_by: z.array(text).optional(),
  /** Work that, done by someone who is not a developer on their own, asks for this need ("edit" for an admin). */
  done_by_staff: z.array(text).optional(),
  /** Screens for the people who run the place ("panel", "back office"): followed by a staff role ("for the receptionists"), the need. */
  staff_screens: z.array(text).optional(),
  /** Kinds of app that always have this need, though their askers seldom name it ("online shop" for an admin). */
  implied_by: z.array(text).optional(),
  /** Synonyms of an app kind that name it without saying how big it is ("server rendered" pages, not "lots of pages"). */
  size_unsaid: z.array(text).optional(),
  /** How much the need usually weighs in a choice, 1 to 3: ranks "the differences that matter most". */
  importance: z.int().min(1).max(3),
  why: factSchema,
  checked: date,
});
export type TopicFile = z.infer<typeof topicFileSchema>;

export const conceptFileSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text),
  /** Things of one kind can be compared ("pydantic vs marshmallow", "wsgi vs asgi"). */
  kind: z.enum(CONCEPT_KINDS),
  checked: date,
  /** Is it maintained, latest release: people ask before adopting a package. */
  status: factSchema.optional(),
  /** Completes "use <name> when …". */
  use_when: text.optional(),
  summary: factSchema,
  details: z.array(factSchema).optional(),
  frameworks: z.array(id).optional(),
  /** Reads after "ships": "an HTTP client", "server-side sessions" (default: the name). */
  phrase: text.optional(),
  /** Frameworks that ship it out of the box (required for a `capability`). */
  built_into: z.array(id).optional(),
  /**
   * For a `capability`: frameworks where an extension adds it, and the extensions ("flask: [Flask-WTF]").
   * For a `server`: frameworks it runs through a worker class of theirs, not an interface ("aiohttp: [aiohttp.GunicornWebWorker]").
   */
  via_extension: z.record(id, z.array(text).min(1)).optional(),
  /** For a `server`: the interfaces whose apps it runs ("will tornado work under daphne?" is answered from it). */
  serves: z.array(z.enum(['wsgi', 'asgi'])).min(1).optional(),
  topics: z.array(topicIdSchema).optional(),
  /** A name that is an everyday word ("celery", "tortoise", "marshmallow"): the words of its other sense. */
  sense: senseSchema.optional(),
});
export type ConceptFile = z.infer<typeof conceptFileSchema>;

const phrase = z.string().trim().min(1, 'must not be empty').max(400, 'must be at most 400 characters');

/** knowledge/nlu/intents.yaml: example questions per intent, as people phrase them. */
export const intentsFileSchema = z.partialRecord(z.enum(INTENTS as [Intent, ...Intent[]]), z.array(phrase).min(5, 'needs at least 5 examples'));

/** knowledge/nlu/forms.yaml: the forms of a question in other languages, as phrases. */
export const formsFileSchema = z.strictObject({
  undecided: z.array(phrase).default([]),
  difference_between: z.array(phrase).default([]),
  what_is: z.array(phrase).default([]),
  pros_cons: z.array(phrase).default([]),
  how_to: z.array(phrase).default([]),
  how_to_within: z.array(phrase).default([]),
  known_to_you: z.array(phrase).default([]),
  fit_asked: z.array(phrase).default([]),
  too_heavy: z.array(phrase).default([]),
  longevity: z.array(phrase).default([]),
  steps_asked: z.array(phrase).default([]),
  handles_load: z.array(phrase).default([]),
  fit_for: z.array(phrase.regex(/^\S+$/, 'must be one word')).default([]),
  has_feature: z.array(phrase).default([]),
  can_do: z.array(phrase).default([]),
  move: z.array(phrase).default([]),
  instead_of: z.array(phrase).default([]),
  need_instead: z.array(phrase).default([]),
  not_needed_after: z.array(phrase).default([]),
  help_asked: z.array(phrase).default([]),
  greeting: z.array(phrase).default([]),
  like_before: z.array(phrase).default([]),
  like_after: z.array(phrase).default([]),
  excluded_before: z.array(phrase).default([]),
  excluded_after: z.array(phrase).default([]),
  known_before: z.array(phrase).default([]),
  known_after: z.array(phrase).default([]),
});

/** knowledge/nlu/vocabulary.yaml: words that matter for reading a question but are not entities. */
export const vocabularyFileSchema = z.strictObject({
  other_ecosystems: z.array(phrase),
  uncovered_python_frameworks: z.record(z.string().min(1), text),
  general_python: z.array(phrase),
  everyday: z.array(phrase),
  web_context: z.array(phrase),
  judgement: z.array(phrase).default([]),
  web_client: z.array(phrase).default([]),
  name_endings: z.array(phrase.regex(/^\p{L}{1,4}$/u, 'must be one ending of 1-4 letters')).default([]),
  glued_prefixes: z.array(phrase.regex(/^\p{L}{1,3}$/u, 'must be one prefix of 1-3 letters')).default([]),
  /** Parts an app is counted in, in other languages ("эндпоинтов: 12"): up to that many, it is a small app. */
  app_parts: z.record(z.string().min(1), z.number().int().positive()).default({}),
  /** Number words of other languages ("drei: 3"): a count of app parts spelt out. */
  count_words: z.record(z.string().min(1), z.number().int().positive()).default({}),
  /** Who does the work, when it is not the developers ("herself", "without a developer"). */
  by_themselves: z.array(phrase).default([]),
  /** The word "framework" in other languages ("ramverk", "фреймворк"). */
  framework_words: z.array(phrase).default([]),
  /** Small talk addressed to the bot ("are you a real person", "tell me a joke"). */
  chit_chat: z.array(phrase).default([]),
  /** Pictures and likenesses of a thing ("a photo of", "a tattoo of"): the name right after is that thing. */
  depictions: z.array(phrase).default([]),
  /** Software people run rather than build: game servers and self-hosted apps ("minecraft server", "nextcloud"). */
  hosted_software: z.array(phrase).default([]),
  /** Frameworks of other kinds: research methods, ways of working, standards ("grounded theory", "scrum", "togaf"). */
  other_frameworks: z.array(phrase).default([]),
  /** Things people give names to, pets to bands and boats: a name given to one ("our cat is called Django") is no framework. */
  name_bearers: z.array(phrase).default([]),
  /** Ordinary words one letter from a word of ours, never typos of it ("crashing" is not "caching"). */
  real_words: z.array(phrase).default([]),
  /** The word "licence" and its kin, in English and other languages ("license", "lizenz", "лицензия"). */
  licence_words: z.array(phrase).default([]),
  /** People who run the place and are not developers ("receptionists", "the treasurer", "office staff"): a screen for them is their admin. */
  staff_roles: z.array(phrase).default([]),
  /** Apps whose owner keeps writing or editing content ("a blog"): where a built-in admin pays for a full framework. */
  edited_content: z.array(phrase).default([]),
  /** Other ecosystems' frameworks by kind ("rails" is full-stack, "express" micro): the Python one most like it is of that kind. */
  ecosystem_kinds: z.partialRecord(z.enum(['micro', 'full-stack']), z.array(phrase)).default({}),
});
