import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { load as parse } from 'js-yaml';
import type { Matcher, createMatcher as CreateMatcher } from '../../src/core/matcher';
import { SHIPPED_BUILD } from '../../scripts/build-bundle';
import type { Knowledge } from '../../src/core/knowledge-model';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { latency, type Latency } from './stats';
import { scaleKnowledge } from './synthetic-knowledge';

const ROOT = join(__dirname, '..', '..');

/** One row of the matcher table. */
export interface MatcherResult {
  label: string;
  frameworks: number;
  phrases: number;
  buildMs: number;
  latency: Latency;
}

const evalQuestions = (): string[] => (parse(readFileSync(join(ROOT, 'test', 'eval', 'cases.yaml'), 'utf8')) as { q: string }[]).map((c) => c.q);
const phraseCount = (k: Knowledge) =>
  k.frameworks.reduce((n, f) => n + f.aliases.length, 0) + k.topics.reduce((n, t) => n + t.synonyms.length, 0) + k.concepts.reduce((n, c) => n + c.aliases.length, 0);

/**
 * The matcher compiled as `npm run build` compiles the bot (esbuild, minified), not as tsx runs the
 * sources: tsx keeps every function's name with a helper call, which cost a fifth of the time of an
 * answer and is not in the code that answers people.
 */
function shippedCreateMatcher(): typeof CreateMatcher {
  const dir = mkdtempSync(join(tmpdir(), 'whichpy-bench-matcher-'));
  try {
    const outfile = join(dir, 'matcher.js');
    buildSync({ ...SHIPPED_BUILD, entryPoints: [join(ROOT, 'src', 'core', 'matcher.ts')], outfile });
    return (createRequire(__filename)(outfile) as { createMatcher: typeof CreateMatcher }).createMatcher;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Per-question latency with the knowledge loaded: `rounds` passes over the questions after one warm-up pass. */
function measure(matcher: Matcher, questions: string[], rounds: number): Latency {
  for (const q of questions) matcher.answer(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const started = performance.now();
      matcher.answer(q);
      samples.push(performance.now() - started);
    }
  }
  return latency(samples);
}

/** The real knowledge (load from files + index) and synthetic knowledge 10× and 100× its size. */
export function benchMatcher(): { loadMs: number; rows: MatcherResult[] } {
  const questions = evalQuestions();
  const createMatcher = shippedCreateMatcher();
  let started = performance.now();
  const real = loadKnowledge(join(ROOT, 'knowledge'));
  const loadMs = performance.now() - started;
  const rows: MatcherResult[] = [];
  for (const factor of [1, 10, 100]) {
    const knowledge = factor === 1 ? real : scaleKnowledge(real, factor);
    started = performance.now();
    const matcher = createMatcher(knowledge);
    const buildMs = performance.now() - started;
    rows.push({
      label: factor === 1 ? 'real knowledge' : `synthetic ${factor}×`,
      frameworks: knowledge.frameworks.length,
      phrases: phraseCount(knowledge),
      buildMs,
      latency: measure(matcher, questions, factor === 100 ? 3 : 20),
    });
  }
  return { loadMs, rows };
}
