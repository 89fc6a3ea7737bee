import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { slackText } from '../fakes/slack-payloads';
import { SIGNING_SECRET } from '../fakes/slack-payloads';
import { halfSent, portClosed } from '../support/half-sent';

const ROOT = join(__dirname, '..', '..');

interface LogLine {
  msg: string;
  [key: string]: unknown;
}

/**
 * SIGTERM, sent to exactly the process a container runtime or PaaS signals, with requests in
 * flight. The README's production command is `node … dist/main.js` (node itself is PID 1); it is
 * run here on the sources through tsx's loader in the same process (`node … --import tsx
 * src/main.ts`, the same node, flags and signal handling, no build needed). `npm start` is checked
 * too: its script execs node, so npm forwards the signal and waits instead of exiting at once and
 * orphaning the bot (the audit: npm exited in 20 ms, the bot kept serving).
 */
describe.each<[string, string, string[]]>([
  ['the production command (node, no npm in between)', process.execPath, ['--max-semi-space-size=4', '--import', 'tsx', join(ROOT, 'src', 'main.ts')]],
  ['npm start (npm forwards the signal and waits)', 'npm', ['start', '--silent']],
])('SIGTERM to %s with requests in flight', (_name, command, args) => {
  let slack: FakeSlack;
  let child: ChildProcess;
  let stdout = '';
  let stderr = '';
  const lines = (): LogLine[] =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine);
  const waitForLog = async (msg: string, ms = 20_000): Promise<LogLine> => {
    for (let waited = 0; waited < ms; waited += 20) {
      const found = lines().find((l) => l.msg === msg);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`"${msg}" never logged; stdout:\n${stdout}\nstderr:\n${stderr}`);
  };

  beforeAll(async () => {
    slack = await startFakeSlack();
    child = spawn(command, args, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        SLACK_BOT_TOKEN: 'xoxb-process-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'whichpy-data-')),
        SHUTDOWN_GRACE_SECONDS: '1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await slack.close();
  });

  it('turns health 503 at once, answers every request received, and exits 0', async () => {
    const port = (await waitForLog('slack listening')).port as number;
    await waitForLog('whichpy started');
    const inFlight = Array.from({ length: 10 }, (_, i) => halfSent(port, 'flask vs django', `U0PROC${i}`, slack.responseUrl(`p${i}`)));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await waitForLog('stop requested');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);

    await portClosed(port);
    for (const p of inFlight) p.req.end(p.rest);
    const replies = await Promise.all(inFlight.map((p) => p.reply));
    expect(replies.map((r) => r.error ?? r.status)).toEqual(Array(10).fill(200));
    for (const r of replies) expect(slackText(JSON.parse(r.body))).toMatch(/restarting/i);

    expect(await exited).toBe(0);
    expect(lines().map((l) => l.msg)).toContain('whichpy stopped');
  });
});
