import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGapLog } from '../../src/app/gap-read';
import { runCli } from '../support/run-cli';

const ROOT = join(__dirname, '..', '..');

/** `npm start` with no tokens (the terminal chat), as a process: stdin in, exit code and output out. */
function terminalChat(input: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/**
 * Questions asked locally go to the gap log too, marked with where they were asked, so a
 * maintainer can try the loop (ask, report, add knowledge, ask again) without Slack or Discord.
 */
describe('gap log from the terminal chat and `npm run ask`, and `report --platform`', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'whichpy-local-gaps-'));

  it('the terminal chat records what it could not answer as platform "terminal"', async () => {
    const r = await terminalChat('qwzx blorp frobnicate\nflask vs django\n', { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    expect((await readGapLog(join(dataDir, 'gaps.jsonl'))).map((e) => [e.platform, e.question])).toEqual([['terminal', 'qwzx blorp frobnicate']]);
  }, 30_000);

  it('`npm run ask` records what it could not answer as platform "cli" (one question and batch mode)', async () => {
    expect((await runCli('src/cli/ask.ts', ['zzkq vorp blarg'], { env: { DATA_DIR: dataDir } })).code).toBe(0);
    expect((await runCli('src/cli/ask.ts', [], { input: 'what is wsgi\nbest pizza topping?\n', env: { DATA_DIR: dataDir } })).code).toBe(0);
    const cli = (await readGapLog(join(dataDir, 'gaps.jsonl'))).filter((e) => e.platform === 'cli').map((e) => e.question);
    expect(cli).toEqual(['zzkq vorp blarg', 'best pizza topping?']);
  }, 30_000);

  it('`npm run report -- --platform X` keeps only the questions asked there', async () => {
    writeFileSync(join(dataDir, 'gaps.jsonl.1'), `${JSON.stringify({ at: '2026-11-01T00:00:00.000Z', kind: 'unanswered', platform: 'slack', question: 'is tornado good?', intent: 'out_of_scope', frameworks: [], topic: null, confidence: 0.3, answer: 'x' })}\n`);
    const terminal = JSON.parse((await runCli('src/cli/report.ts', ['--json', '--platform', 'terminal'], { env: { DATA_DIR: dataDir } })).stdout) as { total: number; platform: string; unanswered: { question: string }[] };
    expect(terminal).toMatchObject({ total: 1, platform: 'terminal', unanswered: [{ question: 'qwzx blorp frobnicate' }] });
    const slack = await runCli('src/cli/report.ts', ['--platform', 'slack'], { env: { DATA_DIR: dataDir } });
    expect(slack.stdout).toMatch(/gap report \(1 entries\)[\s\S]*is tornado good\?[\s\S]*slack only/);
    const all = JSON.parse((await runCli('src/cli/report.ts', ['--json'], { env: { DATA_DIR: dataDir } })).stdout) as { total: number };
    expect(all.total).toBe(4); // the rotated file is read too
    expect((await runCli('src/cli/report.ts', ['--platform', 'irc'], { env: { DATA_DIR: dataDir } })).code).toBe(2);
  }, 30_000);
});

describe('an unwritable DATA_DIR stops start-up with one line naming it, exit 1, no hang', () => {
  it.each<[string, Record<string, string>]>([
    ['the terminal chat', {}],
    ['the bot with Slack configured', { SLACK_BOT_TOKEN: 'xoxb-unused', SLACK_SIGNING_SECRET: 'unused', SLACK_API_URL: 'http://127.0.0.1:9/api/', PORT: '0', HEALTH_PORT: '0' }],
  ])('%s', async (_name, env) => {
    const notADir = join(mkdtempSync(join(tmpdir(), 'whichpy-ro-')), 'a-file');
    writeFileSync(notADir, '');
    const r = await terminalChat('', { DATA_DIR: notADir, ...env });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^whichpy cannot start \[DATA_DIR_UNWRITABLE\] DATA_DIR: cannot write the gap log .*a-file\/gaps\.jsonl \((ENOTDIR|EEXIST)\); check /)]);
  }, 30_000);
});
