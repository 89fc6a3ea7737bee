import { z } from 'zod';
import { INTENTS } from '../../src/core/answer';
import { TOPIC_IDS } from '../../src/core/knowledge-model';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from './knowledge-copy';

/** The answer contract (version 2), as a schema: what `ask --json` must print for every intent. */
export function answerSchemaFor(frameworkIds: string[]) {
  const framework = z.enum(frameworkIds as [string, ...string[]]);
  return z
    .strictObject({
      intent: z.enum(INTENTS as [string, ...string[]]),
      frameworks: z.array(framework),
      topic: z.enum(TOPIC_IDS).nullable(),
      recommendation: framework.nullable(),
      support: z.enum(['built_in', 'extension', 'none']).nullable(),
      fit: z.enum(['good', 'poor', 'depends']).nullable(),
      confidence: z.number().min(0).max(1),
      text: z.string().min(1),
      sources: z.array(z.strictObject({ title: z.string().min(1), url: z.url() })).max(5),
    })
    .refine((a) => new Set(a.frameworks).size === a.frameworks.length, 'frameworks has duplicates')
    .refine((a) => a.intent === 'feature_check' || a.support === null, 'support is set only for feature_check')
    // "does it have swagger?" with nothing before it: no framework is named, so there is no one support to
    // give; the answer asks which framework and shows where each stands.
    .refine((a) => a.intent !== 'feature_check' || a.support !== null || a.frameworks.length === 0, 'a feature_check about a framework names its support')
    .refine((a) => a.fit === null || a.intent === 'recommend', 'fit is set only for recommend')
    .refine((a) => a.intent !== 'out_of_scope' || a.frameworks.length === 0, 'out_of_scope names no framework');
}

/** The contract over the shipped knowledge's frameworks (read from the files, never listed here). */
export const answerJsonSchema = answerSchemaFor(loadKnowledge(KNOWLEDGE_DIR).frameworks.map((f) => f.id));
