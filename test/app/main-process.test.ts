import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { sendToBolt, SIGNING_SECRET, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { spawnBot, type BotProcess } from '../support/bot-process';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy';

const ROOT = join(__dirname, '..', '..');
const BOT_TOKEN = 'xoxb-never-log-this-token';

/**
 * `npm start` as a real process: one JSON log line per event, /healthz, SIGHUP reload and a
 * SIGTERM that exits 0. Node runs the TypeScript through tsx's loader in the same process, so
 * signals reach main.ts directly.
 */
describe('the whichpy process (npm start with Slack configured)', () => {
  let slack: FakeSlack;
  let knowledge: KnowledgeCopy;
  let bot: BotProcess;
  const waitForLog: BotProcess['waitForLog'] = (match, ms = 15_000) => bot.waitForLog(match, ms);

  beforeAll(async () => {
    slack = await startFakeSlack();
    knowledge = copyKnowledge();
    bot = spawnBot(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], ROOT, {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      KNOWLEDGE_DIR: knowledge.dir,
      SHUTDOWN_GRACE_SECONDS: '0',
    });
  });
  afterAll(async () => {
    if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await slack.close();
    knowledge.remove();
  });

  let port: number;
  it('starts, logs where Slack listens, and reports healthy', async () => {
    port = (await waitForLog((l) => l.msg === 'slack listening')).port as number;
    await waitForLog((l) => l.msg === 'whichpy started');
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', platforms: { slack: 'connected' } });
  });

  it('logs one structured line per question, with timing and no secrets', async () => {
    const reply = await sendToBolt(port, slashCommandForm('flask vs django for admin panel', slack.responseUrl('p1')));
    expect(slackText(reply.json())).toMatch(/Django/);
    const line = await waitForLog((l) => l.msg === 'question answered');
    expect(line).toMatchObject({ platform: 'slack', intent: 'compare', frameworks: ['flask', 'django'], topic: 'admin', answered: true });
    expect(typeof line.ms).toBe('number');
    expect(bot.stdout() + bot.stderr()).not.toContain(BOT_TOKEN);
    expect(bot.stdout() + bot.stderr()).not.toContain(SIGNING_SECRET);
  });

  it('reloads the knowledge on SIGHUP', async () => {
    knowledge.replace('concepts/wsgi.yaml', 'is the standard contract', 'is the agreed standard contract');
    bot.child.kill('SIGHUP');
    await waitForLog((l) => l.msg === 'reloading knowledge' && l.signal === 'SIGHUP');
    await waitForLog((l) => l.msg === 'knowledge reloaded');
    const reply = await sendToBolt(port, slashCommandForm('what is wsgi', slack.responseUrl('p2')));
    expect(slackText(reply.json())).toMatch(/agreed standard contract/);
  });

  it('stops gracefully on SIGTERM and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
    bot.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(bot.lines().map((l) => l.msg)).toEqual(expect.arrayContaining(['stop requested', 'whichpy stopped']));
  });
});
