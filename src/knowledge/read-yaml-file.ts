import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { KnowledgeProblem } from './knowledge-error';

export type ReadResult<T> = { ok: true; value: T; raw: string } | { ok: false; problems: KnowledgeProblem[]; raw: string };

function fieldPath(path: PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** Reads one YAML file and validates it; problems name the file and the field. */
export function readYamlFile<T>(absPath: string, file: string, schema: z.ZodType<T>): ReadResult<T> {
  let raw: string;
  try {
    raw = readFileSync(absPath, 'utf8');
  } catch (err) {
    return { ok: false, raw: '', problems: [{ file, field: '', message: `cannot be read (${(err as Error).message})` }] };
  }
  const doc = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      raw,
      problems: doc.errors.map((e) => ({ file, field: '', message: `is not valid YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      raw,
      problems: parsed.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
    };
  }
  return { ok: true, value: parsed.data, raw };
}
