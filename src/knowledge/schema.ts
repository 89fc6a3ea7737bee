import { z } from 'zod';
import { TOPIC_IDS } from '../core/knowledge-model';

/**
 * Schemas of the files in knowledge/, as people write them (snake_case YAML).
 * Sources are referenced by id and resolved against knowledge/sources/*.yaml by the loader.
 */

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lowercase letters, digits and _');
const sourceRef = z.union([id, z.array(id).min(1, 'needs at least one source id')]);

export const factSchema = z.strictObject({ text, source: sourceRef });
export type FactFile = z.infer<typeof factSchema>;

export const sourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
});
export const sourcesFileSchema = z.record(id, sourceSchema);

const supportSchema = z.strictObject({
  level: z.enum(['built_in', 'extension', 'none']).optional(),
  via: z.array(text).optional(),
  note: text,
  source: sourceRef,
});

const topicIdSchema = z.enum(TOPIC_IDS);

export const frameworkFileSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text),
  kind: z.enum(['micro', 'full-stack']),
  first_release: factSchema.extend({ year: z.int().min(1990).max(2100) }),
  interfaces: z.array(z.enum(['wsgi', 'asgi'])).min(1),
  built_on: factSchema,
  summary: factSchema,
  homepage: z.url({ protocol: /^https?$/ }),
  python_versions: factSchema.optional(),
  used_by: factSchema.optional(),
  choose_if: text,
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
  ranking: z.array(id).min(1),
  poor_fit: z.array(id).optional(),
  why: factSchema,
});
export type TopicFile = z.infer<typeof topicFileSchema>;

export const conceptFileSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text),
  summary: factSchema,
  details: z.array(factSchema).optional(),
  frameworks: z.array(id).optional(),
  topics: z.array(topicIdSchema).optional(),
});
export type ConceptFile = z.infer<typeof conceptFileSchema>;
