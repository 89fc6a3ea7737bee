import { appendFileSync, createReadStream, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { webApi } from '@slack/bolt';
import { REST, Routes } from 'discord.js';
import { reportFatal } from '../app/fatal';
import type { DeadLetterLine } from '../app/dead-letters';
import type { AppConfig } from '../config/config';
import { configFromEnvironment } from '../config/environment';
import { postToResponseUrl } from '../slack/slack-failures';

const USAGE = 'usage: npm run resend [-- --dry-run]   (sends the replies kept in DATA_DIR/dead-letters.jsonl again)';

/** Sends one kept reply again, as the bot would have; throws when it fails again. */
async function resend(letter: DeadLetterLine, config: AppConfig): Promise<void> {
  if (letter.kind === 'slack.postMessage') {
    if (!config.slack) throw new Error('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set');
    const client = new webApi.WebClient(config.slack.botToken, { ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl.replace(/\/?$/, '/') } : {}), timeout: 10_000 });
    await client.chat.postMessage(letter.payload as webApi.ChatPostMessageArguments);
  } else if (letter.kind === 'slack.response_url') {
    // A response_url works for 30 minutes after the click; later ones fail and are kept.
    await postToResponseUrl(letter.target.url!, letter.payload, 10_000);
  } else if (letter.kind === 'discord.message') {
    if (!config.discord) throw new Error('DISCORD_TOKEN is not set');
    const rest = new REST({ timeout: 10_000, ...(config.discord.apiUrl ? { api: config.discord.apiUrl.replace(/\/$/, '') } : {}) }).setToken(config.discord.token);
    const reference = letter.target.replyTo ? { message_reference: { message_id: letter.target.replyTo, fail_if_not_exists: false } } : {};
    await rest.post(Routes.channelMessages(letter.target.channelId!), { body: { ...(letter.payload as object), ...reference, allowed_mentions: { parse: [] } } });
  } else {
    throw new Error(`unknown kind ${String((letter as { kind: unknown }).kind)}`);
  }
}

/**
 * `npm run resend`: every reply whichpy could not deliver (kept in DATA_DIR/dead-letters.jsonl
 * with its platform, target and message) is sent again with the bot's credentials; the ones that
 * fail again go back in the file for another try. The file is moved aside first, so letters the
 * running bot keeps meanwhile land in a fresh file and none is lost.
 */
async function main(argv: string[]): Promise<void> {
  const dryRun = argv.includes('--dry-run');
  if (argv.some((a) => a !== '--dry-run')) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const config = configFromEnvironment();
  const file = join(config.dataDir, 'dead-letters.jsonl');
  if (!existsSync(file)) {
    console.log(`no dead letters (${file} does not exist)`);
    return;
  }
  const kept: string[] = [];
  let sent = 0;
  const working = dryRun ? file : `${file}.resending`;
  if (!dryRun) renameSync(file, working);
  for await (const line of createInterface({ input: createReadStream(working, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let letter: DeadLetterLine;
    try {
      letter = JSON.parse(line) as DeadLetterLine;
    } catch {
      kept.push(line); // not ours to drop
      continue;
    }
    const where = letter.target.channel ?? letter.target.channelId ?? 'response_url';
    if (dryRun) {
      console.log(`would resend ${letter.kind} to ${where} (kept ${letter.at}: ${letter.reason})`);
      continue;
    }
    try {
      await resend(letter, config);
      sent++;
      console.log(`resent ${letter.kind} to ${where}`);
    } catch (err) {
      kept.push(line);
      console.log(`still failing ${letter.kind} to ${where}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (dryRun) return;
  if (kept.length > 0) appendFileSync(file, kept.map((l) => `${l}\n`).join(''));
  rmSync(working);
  console.log(`resent ${sent}, kept ${kept.length} in ${file}`);
}

main(process.argv.slice(2)).catch(reportFatal);
