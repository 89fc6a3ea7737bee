import { App, HTTPReceiver } from '@slack/bolt';
import pino from 'pino';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createGapLog } from '../../src/app/gap-log';
import { createInFlight } from '../../src/app/in-flight';
import { createQuestionHandler } from '../../src/app/question-handler';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withAnswerCache } from '../../src/core/answer-cache';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { createLogger } from '../../src/logging/logger';
import { renderSlack } from '../../src/render/render-slack';
import { createSlackAdapter } from '../../src/slack/slack-adapter';
import { createStore } from '../../src/store/create-store';
import { startFakeSlack } from '../fakes/fake-slack';
import { SIGNING_SECRET } from '../fakes/slack-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

/**
 * One Slack server for the benchmark, in its own process so the load generator does not share its
 * event loop: `whichpy` (the real adapter answering every slash command, wired as
 * src/app/run-app.ts wires it: one log line per question to /dev/null so the logging cost counts,
 * the in-memory store's cooldown (a limit never reached), conversations and gap log, and every
 * question counted in flight; `whichpy uncached` without the answer cache; `whichpy redis` with
 * the Redis store at REDIS_URL instead), `bare` (a Bolt app that only acks) or `bare-answer`
 * (acks with a fixed answer).
 * Prints `{"port":N,"pid":N}` once listening; stops on SIGTERM.
 */
async function main(mode: string): Promise<void> {
  const fake = await startFakeSlack();
  let port: number;
  let stop: () => Promise<unknown>;
  if (mode === 'whichpy') {
    const variant = process.argv[3];
    // The production logger (its redaction; lines written asynchronously, as pino writes to
    // stdout), to BENCH_LOG_FILE (the flood bench counts its lines) or /dev/null.
    const destination = pino.destination({ dest: process.env.BENCH_LOG_FILE ?? '/dev/null', sync: false });
    const logger = createLogger({ level: 'info', pretty: false, destination });
    // As in production (live knowledge wraps every matcher in the answer cache), unless told not to.
    const base = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
    const matcher = variant === 'uncached' ? base : withAnswerCache(base);
    // Every question goes through the store as in production: a cooldown check, a conversation read and write.
    const dataDir = mkdtempSync(join(tmpdir(), 'whichpy-bench-'));
    const gapLog = createGapLog({ file: join(dataDir, 'gaps.jsonl'), logger });
    const store = createStore({
      config: {
        cooldown: { limit: 1_000_000, windowMs: 10_000 },
        conversationTtlMs: 15 * 60_000,
        redis: variant === 'redis' ? { url: process.env.REDIS_URL!, keyPrefix: `bench-${process.pid}:` } : null,
      },
      logger,
      gapLog,
    });
    if (!(await store.ready(5000))) throw new Error('the bench Redis is not reachable');
    // Wired as src/app/run-app.ts does: gaps recorded, every question counted in flight for shutdown.
    const inFlight = createInFlight();
    const adapter = createSlackAdapter({
      slack: { botToken: 'xoxb-bench', signingSecret: SIGNING_SECRET, appToken: null, apiUrl: fake.apiUrl, command: '/whichpy', port: 0 },
      host: '127.0.0.1',
      logger,
      track: (work) => inFlight.run(work),
      handler: createQuestionHandler({ matcher: () => matcher, logger, cooldown: store.cooldown, gapLog: store.gapLog, conversations: store.conversations, accepting: () => inFlight.accepting }),
    });
    await adapter.start();
    port = adapter.port()!;
    stop = () => adapter.stop().then(() => store.close()).then(() => gapLog.close()).finally(() => rmSync(dataDir, { recursive: true, force: true }));
  } else {
    // `bare-answer` acks with a fixed answer of the usual size: Bolt's cost of sending an answer,
    // without whichpy's matching and rendering, to show which part of the gap is whose.
    const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
    const fixed = { response_type: 'ephemeral' as const, ...renderSlack(matcher.answer('flask vs django for admin panel'), { question: 'flask vs django for admin panel', shareable: true, feedback: true }) };
    const app = new App({
      token: 'xoxb-bench',
      receiver: new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: '/slack/events' }),
      clientOptions: { slackApiUrl: fake.apiUrl },
      deferInitialization: true,
    });
    app.command('/whichpy', async ({ ack }) => {
      await (mode === 'bare-answer' ? ack(fixed) : ack());
    });
    await app.init();
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    port = (server.address() as AddressInfo).port;
    stop = () => app.stop();
  }
  process.stdout.write(`${JSON.stringify({ port, pid: process.pid })}\n`);
  process.on('SIGTERM', () => {
    void stop()
      .then(() => fake.close())
      .finally(() => process.exit(0));
  });
}

void main(process.argv[2] ?? 'whichpy');
