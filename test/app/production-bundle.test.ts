import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from '../../scripts/build-bundle';
import { prodNodeArgs } from '../../scripts/prod-node-args';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { sendToBolt, SIGNING_SECRET, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { spawnBot } from '../support/bot-process';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

/**
 * The production start as `npm run build` leaves it: the launcher dist/main.js loading the
 * esbuild bundle through the compile cache the build warmed, under start:prod's node flags. Built here into a temporary folder
 * (esbuild takes seconds), so CI needs no prior build. A corrupt cache must cost only speed.
 */
describe('the production bundle (node dist/main.js after npm run build)', () => {
  let outDir: string;
  let slack: FakeSlack;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'whichpy-bundle-'));
    await buildBundle({ outDir });
    slack = await startFakeSlack();
  }, 120_000);
  afterAll(async () => {
    await slack?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  // One character past Latin-1 (a regular expression's `→` or `знаю`) and V8 keeps the whole
  // bundle as a two-byte string: 4.4 MB more of the bot's resident memory.
  it('is one-byte text, so V8 holds its source at one byte a character', () => {
    // eslint-disable-next-line no-control-regex -- the Latin-1 range, named by its bounds
    const outside = /[^\x00-\xff]/.exec(readFileSync(join(outDir, 'main.bundle.js'), 'utf8'));
    expect(outside?.[0] ?? 'none').toBe('none');
  });

  it.each<[string, string[], () => void]>([
    ['with the compile cache the build warmed', [], () => undefined],
    // Node's require loads the bundle instead, so stack traces are mapped.
    ['with --enable-source-maps', ['--enable-source-maps'], () => undefined],
    ['with a corrupt compile cache file', [], () => writeFileSync(join(outDir, 'main.bundle.cache'), Buffer.alloc(4096, 0x5a))],
  ])('starts %s, answers a slash command, and stops on SIGTERM', async (_name, nodeArgs, spoil) => {
    spoil();
    const bot = spawnBot(process.execPath, [...prodNodeArgs(join(__dirname, '..', '..')), ...nodeArgs, join(outDir, 'main.js')], outDir, {
      SLACK_BOT_TOKEN: 'xoxb-bundle-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      // Outside the checkout the project root is not found; the knowledge is named instead.
      KNOWLEDGE_DIR,
      SHUTDOWN_GRACE_SECONDS: '0',
    });
    try {
      const port = (await bot.waitForLog((l) => l.msg === 'slack listening')).port as number;
      await bot.waitForLog((l) => l.msg === 'whichpy started');
      const reply = await sendToBolt(port, slashCommandForm('flask vs django for admin panel', slack.responseUrl('bundle')));
      expect(slackText(reply.json())).toMatch(/Django/);
      const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
      bot.child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    }
  }, 60_000);
});
