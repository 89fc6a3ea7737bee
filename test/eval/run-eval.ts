import { join } from 'node:path';
import { loadMatcher } from '../../src/app/load-matcher';
import { CHECKED_FIELDS, evaluate, loadCases } from './evaluate';

/** `npm run eval [-- --verbose]`: per-field accuracy, then `cases: P/N passed (X%)` last. */
const root = join(__dirname, '..', '..');
const matcher = loadMatcher(join(root, 'knowledge'));
const result = evaluate(matcher, loadCases(join(__dirname, 'cases.yaml')));
const pct = (a: number, b: number) => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));

if (process.argv.includes('--verbose')) {
  for (const f of result.failures) {
    const detail = f.wrong.map((w) => `${w}: expected ${JSON.stringify(f.case[w] ?? null)}, got ${JSON.stringify(f.got[w])}`);
    console.log(`✗ ${JSON.stringify(f.case.q)}\n    ${detail.join('\n    ')}`);
  }
  console.log('');
}
for (const field of CHECKED_FIELDS) {
  const { checked, correct } = result.perField[field];
  console.log(`${field.padEnd(15)} ${String(correct).padStart(4)}/${String(checked).padEnd(4)} ${pct(correct, checked).padStart(6)}%`);
}
console.log(`cases: ${result.passed}/${result.cases} passed (${pct(result.passed, result.cases)}%)`);
