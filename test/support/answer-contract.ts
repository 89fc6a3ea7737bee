import { z } from 'zod';
import { INTENTS } from '../../src/core/answer';
import { TOPIC_IDS } from '../../src/core/knowledge-model';

const FRAMEWORK_IDS = ['flask', 'django', 'fastapi', 'pyramid', 'bottle', 'cherrypy'] as const;

/** The answer contract from the issue, as a schema: what `ask --json` must print for every intent. */
export const answerJsonSchema = z
  .strictObject({
    intent: z.enum(INTENTS as [string, ...string[]]),
    frameworks: z.array(z.enum(FRAMEWORK_IDS)),
    topic: z.enum(TOPIC_IDS).nullable(),
    recommendation: z.enum(FRAMEWORK_IDS).nullable(),
    support: z.enum(['built_in', 'extension', 'none']).nullable(),
    confidence: z.number().min(0).max(1),
    text: z.string().min(1),
    sources: z.array(z.strictObject({ title: z.string().min(1), url: z.url() })),
  })
  .refine((a) => new Set(a.frameworks).size === a.frameworks.length, 'frameworks has duplicates')
  .refine((a) => (a.intent === 'feature_check') === (a.support !== null), 'support is set exactly for feature_check');
