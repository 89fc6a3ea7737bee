import { readFileSync } from 'node:fs';
import { load as parse } from 'js-yaml';
import type { Answer } from '../../src/core/answer';
import type { Matcher } from '../../src/core/matcher';

/**
 * One evaluation question and the fields its answer must have; omitted fields are not checked.
 * A list of values (other than for frameworks) accepts any of them, as contract v2 allows.
 */
export interface EvalCase {
  q: string;
  intent?: string | string[];
  frameworks?: string[];
  topic?: string | null | (string | null)[];
  recommendation?: string | null | (string | null)[];
  support?: string | null | (string | null)[];
  fit?: string | null | (string | null)[];
}

export const CHECKED_FIELDS = ['intent', 'frameworks', 'topic', 'recommendation', 'support', 'fit'] as const;
type Field = (typeof CHECKED_FIELDS)[number];

export interface EvalResult {
  cases: number;
  passed: number;
  perField: Record<Field, { checked: number; correct: number }>;
  failures: { case: EvalCase; got: Pick<Answer, Field>; wrong: Field[] }[];
}

export function loadCases(path: string): EvalCase[] {
  return parse(readFileSync(path, 'utf8')) as EvalCase[];
}

function same(field: Field, expected: unknown, actual: unknown): boolean {
  if (field === 'frameworks') {
    const want = [...new Set(expected as string[])].sort();
    return Array.isArray(actual) && new Set(actual).size === actual.length && JSON.stringify([...actual].sort()) === JSON.stringify(want);
  }
  const accepted = Array.isArray(expected) ? expected : [expected];
  return accepted.some((e) => JSON.stringify(e ?? null) === JSON.stringify(actual ?? null));
}

/** Asks every question and scores each expected field. */
export function evaluate(matcher: Matcher, cases: EvalCase[]): EvalResult {
  const perField = Object.fromEntries(CHECKED_FIELDS.map((f) => [f, { checked: 0, correct: 0 }])) as EvalResult['perField'];
  const failures: EvalResult['failures'] = [];
  for (const c of cases) {
    const answer = matcher.answer(c.q);
    const wrong: Field[] = [];
    for (const field of CHECKED_FIELDS) {
      if (!(field in c)) continue;
      perField[field].checked++;
      if (same(field, c[field], answer[field])) perField[field].correct++;
      else wrong.push(field);
    }
    if (wrong.length > 0) {
      const got = Object.fromEntries(CHECKED_FIELDS.map((f) => [f, answer[f]])) as Pick<Answer, Field>;
      failures.push({ case: c, got, wrong });
    }
  }
  return { cases: cases.length, passed: cases.length - failures.length, perField, failures };
}
