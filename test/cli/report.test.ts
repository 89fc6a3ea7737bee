import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli';

const entry = (kind: string, question: string, answer = 'A title') =>
  JSON.stringify({ at: '2026-11-20T10:00:00.000Z', kind, platform: 'slack', question, intent: 'out_of_scope', frameworks: [], topic: null, confidence: 0.5, answer });

describe('npm run report', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'whichpy-report-'));
  writeFileSync(
    join(dataDir, 'gaps.jsonl'),
    [entry('unanswered', 'is tornado good?'), entry('unanswered', 'Is Tornado good'), entry('unanswered', 'what about sanic'), entry('unhelpful', 'is bottle good for big apps', 'Bottle: Scalability'), '{"torn line'].join('\n'),
  );

  it('prints the most frequent unanswered questions and the worst-rated answers with counts', async () => {
    const { code, stdout } = await runCli('src/cli/report.ts', [], { env: { DATA_DIR: dataDir } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/gap report \(4 entries\)/);
    expect(stdout).toMatch(/^\s+2\s+is tornado good\?$/m);
    expect(stdout).toMatch(/^\s+1\s+is bottle good for big apps\s+→ answered: Bottle: Scalability$/m);
  });

  it('gives JSON with --json and honours --top', async () => {
    const { code, stdout } = await runCli('src/cli/report.ts', ['--json', '--top', '1'], { env: { DATA_DIR: dataDir } });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { unanswered: { question: string; count: number }[]; total: number };
    expect(report.total).toBe(4);
    expect(report.unanswered).toEqual([expect.objectContaining({ question: 'is tornado good?', count: 2 })]);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const { code, stderr } = await runCli('src/cli/report.ts', ['--top', 'many'], { env: { DATA_DIR: dataDir } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage/);
  });
});
