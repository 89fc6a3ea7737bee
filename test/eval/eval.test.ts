import { join } from 'node:path';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { evaluate, loadCases } from './evaluate';

describe('evaluation set', () => {
  const cases = loadCases(join(__dirname, 'cases.yaml'));
  const result = evaluate(createMatcher(loadKnowledge(KNOWLEDGE_DIR)), cases);

  it('has at least 150 real-user questions covering every intent', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const intents = new Set(cases.map((c) => c.intent));
    for (const i of ['compare', 'recommend', 'describe', 'pros_cons', 'feature_check', 'list_frameworks', 'help', 'out_of_scope']) {
      expect(intents).toContain(i);
    }
  });

  it('passes at least 85% of the cases (npm run eval -- --verbose lists failures)', () => {
    const failures = result.failures.map((f) => `${f.case.q} → ${f.wrong.map((w) => `${w}=${JSON.stringify(f.got[w])}`).join(', ')}`);
    expect({ passRate: result.passed / result.cases >= 0.85, failures }).toEqual({ passRate: true, failures: expect.any(Array) });
  });
});
