import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { load as parse } from 'js-yaml';
import { createQuestionHandler } from '../../src/app/question-handler';
import { withAnswerCache } from '../../src/core/answer-cache';
import { createConversationMemory } from '../../src/core/conversation';
import { createMatcher } from '../../src/core/matcher';
import { createDiscordAdapter } from '../../src/discord/discord-adapter';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { startFakeDiscord } from '../fakes/fake-discord';
import { messageCreate } from '../fakes/discord-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { latency, type Latency } from './stats';

const ROOT = join(__dirname, '..', '..');

/** Messages answered through the real discord.js client, and dispatch-to-reply latency. */
export interface DiscordLoad {
  messages: number;
  perSecond: number;
  latency: Latency;
}

/**
 * Logs the real discord.js client in to the loopback fake, then dispatches `count` mentions over
 * the gateway in bursts of `burst` and times each from its dispatch to the reply's POST arriving
 * at the fake REST API. discord.js sends one request at a time per route (channel), as it must to
 * respect Discord's rate limits, so this measures the answering path plus that queue. By default
 * discord.js also holds the bot to Discord's global 50 requests a second; `globalRequestsPerSecond`
 * lifts that to measure whichpy itself.
 */
export async function benchDiscord(count = 2000, burst = 50, globalRequestsPerSecond?: number): Promise<DiscordLoad> {
  const questions = (parse(readFileSync(join(ROOT, 'test', 'eval', 'cases.yaml'), 'utf8')) as { q: string }[]).map((c) => c.q);
  const fake = await startFakeDiscord();
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const matcher = withAnswerCache(createMatcher(loadKnowledge(KNOWLEDGE_DIR)));
  const adapter = createDiscordAdapter({
    discord: { token: 'bench-token', applicationId: null, guildId: null, apiUrl: fake.apiUrl, shards: null },
    handler: createQuestionHandler({ matcher: () => matcher, logger, conversations: createConversationMemory() }),
    logger,
    globalRequestsPerSecond,
  });
  await adapter.start();
  try {
    const sentAt = new Map<string, number>();
    const isReply = (c: { method: string; path: string }) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path);
    const run = async (n: number) => {
      const from = fake.calls.length;
      const started = performance.now();
      for (let i = 0; i < n; i += burst) {
        for (let j = i; j < Math.min(n, i + burst); j++) {
          const message = messageCreate(questions[j % questions.length]!);
          sentAt.set(message.id, performance.now());
          fake.dispatch('MESSAGE_CREATE', message);
        }
        // Let the burst drain before the next, as a busy server's traffic arrives: in waves.
        while (fake.calls.slice(from).filter(isReply).length < Math.min(n, i + burst)) await new Promise((r) => setTimeout(r, 1));
      }
      const replies = fake.calls.slice(from).filter(isReply);
      const elapsed = (replies.at(-1)!.at - started) / 1000;
      const samples = replies.map((c) => c.at - sentAt.get((c.body.message_reference as { message_id: string }).message_id)!);
      return { messages: replies.length, perSecond: replies.length / elapsed, latency: latency(samples) };
    };
    await run(200); // warm-up
    return await run(count);
  } finally {
    await adapter.stop();
    await fake.close();
  }
}
