import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeadLetterLine } from '../../src/app/dead-letters';
import { CHANNEL_ID, startFakeDiscord } from '../fakes/fake-discord';
import { startFakeSlack } from '../fakes/fake-slack';
import { SIGNING_SECRET } from '../fakes/slack-payloads';
import { runCli } from '../support/run-cli';

const letter = (l: Omit<DeadLetterLine, 'at' | 'reason' | 'attempts' | 'firstTriedAt'>): string =>
  JSON.stringify({ at: '2026-11-25T10:00:00.000Z', reason: 'http 500', attempts: 9, firstTriedAt: '2026-11-25T09:58:00.000Z', ...l });

describe('npm run resend', () => {
  it('sends every kept reply again and keeps only the ones that fail again', async () => {
    const [slack, discord] = await Promise.all([startFakeSlack(), startFakeDiscord()]);
    const dataDir = mkdtempSync(join(tmpdir(), 'whichpy-resend-'));
    const file = join(dataDir, 'dead-letters.jsonl');
    const gone = letter({ platform: 'slack', kind: 'slack.postMessage', target: { channel: 'C0GONE' }, payload: { channel: 'C0GONE', text: 'kept answer 2' } });
    writeFileSync(
      file,
      [
        letter({ platform: 'slack', kind: 'slack.postMessage', target: { channel: 'C0DOWN', thread_ts: '1.2' }, payload: { channel: 'C0DOWN', thread_ts: '1.2', text: 'kept answer 1' } }),
        gone,
        letter({ platform: 'slack', kind: 'slack.response_url', target: { url: slack.responseUrl('kept') }, payload: { response_type: 'in_channel', text: 'shared answer' } }),
        letter({ platform: 'discord', kind: 'discord.message', target: { channelId: CHANNEL_ID, replyTo: '910000000000000999' }, payload: { embeds: [{ title: 'Flask' }] } }),
      ].join('\n') + '\n',
    );
    slack.injectFaults('post', [{ slackError: 'channel_not_found' }], 'C0GONE');
    try {
      const r = await runCli('src/cli/resend.ts', [], {
        env: { DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-resend', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, DISCORD_TOKEN: 'fake-token', DISCORD_API_URL: discord.apiUrl },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/resent 3, kept 1/);
      expect(slack.calls.find((c) => c.path === '/api/chat.postMessage')!.body).toMatchObject({ channel: 'C0DOWN', thread_ts: '1.2', text: 'kept answer 1' });
      expect(slack.calls.find((c) => c.path === '/respond/kept')!.body).toMatchObject({ text: 'shared answer' });
      expect(discord.calls.find((c) => c.path === `/channels/${CHANNEL_ID}/messages`)!.body).toMatchObject({ embeds: [{ title: 'Flask' }], message_reference: { message_id: '910000000000000999' }, allowed_mentions: { parse: [] } });
      expect(readFileSync(file, 'utf8')).toBe(`${gone}\n`);
    } finally {
      await Promise.all([slack.close(), discord.close()]);
    }
  });
});
