import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { slackText } from '../fakes/slack-payloads';
import { SIGNING_SECRET } from '../fakes/slack-payloads';
import { halfSent, portClosed } from '../support/half-sent';
import { spawnBot, type BotProcess } from '../support/bot-process';

const ROOT = join(__dirname, '..', '..');

/**
 * SIGTERM, sent to exactly the process a container runtime or PaaS signals, with requests in
 * flight. The README's production command is `node … dist/main.js` (node itself is PID 1); it is
 * run here on the sources through tsx's loader in the same process (`node … --import tsx
 * src/main.ts`, the same node, flags and signal handling, no build needed). `npm start` is checked
 * too: its script execs node, so npm forwards the signal and waits instead of exiting at once and
 * orphaning the bot (the audit: npm exited in 20 ms, the bot kept serving).
 */
describe.each<[string, string, string[]]>([
  ['the production command (node, no npm in between)', process.execPath, ['--max-semi-space-size=4', '--v8-pool-size=1', '--import', 'tsx', join(ROOT, 'src', 'main.ts')]],
  ['npm start (npm forwards the signal and waits)', 'npm', ['start', '--silent']],
])('SIGTERM to %s with requests in flight', (_name, command, args) => {
  let slack: FakeSlack;
  let bot: BotProcess;
  const waitForLog = (msg: string) => bot.waitForLog((l) => l.msg === msg);

  beforeAll(async () => {
    slack = await startFakeSlack();
    bot = spawnBot(command, args, ROOT, {
      SLACK_BOT_TOKEN: 'xoxb-process-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      SHUTDOWN_GRACE_SECONDS: '1',
    });
  });
  afterAll(async () => {
    if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await slack.close();
  });

  it('turns health 503 at once, answers every request received, and exits 0', async () => {
    const port = (await waitForLog('slack listening')).port as number;
    await waitForLog('whichpy started');
    const inFlight = Array.from({ length: 10 }, (_, i) => halfSent(port, 'flask vs django', `U0PROC${i}`, slack.responseUrl(`p${i}`)));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
    bot.child.kill('SIGTERM');
    await waitForLog('stop requested');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);

    await portClosed(port);
    for (const p of inFlight) p.req.end(p.rest);
    const replies = await Promise.all(inFlight.map((p) => p.reply));
    expect(replies.map((r) => r.error ?? r.status)).toEqual(Array(10).fill(200));
    for (const r of replies) expect(slackText(JSON.parse(r.body))).toMatch(/restarting/i);

    expect(await exited).toBe(0);
    expect(bot.lines().map((l) => l.msg)).toContain('whichpy stopped');
  });
});
