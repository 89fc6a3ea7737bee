import { readFileSync } from 'node:fs';
import { load, YAMLException } from 'js-yaml';
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
  // js-yaml rather than the yaml package: the knowledge is parsed at every start and on every
  // edit, and js-yaml read these files about eight times faster (cold start budget: 1 s).
  let value: unknown;
  try {
    value = load(raw);
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const at = err.mark ? ` (line ${err.mark.line + 1}, column ${err.mark.column + 1})` : '';
    return { ok: false, raw, problems: [{ file, field: '', message: `is not valid YAML: ${err.reason}${at}` }] };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      raw,
      problems: parsed.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
    };
  }
  return { ok: true, value: parsed.data, raw };
}
