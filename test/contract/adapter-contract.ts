import type { QuestionHandler } from '../../src/core/adapter';
import { createQuestionHandler } from '../../src/app/question-handler';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

/**
 * Drives one adapter through its fake platform. Each platform's test implements it; the
 * contract below is the same for all (as vercel/chat's shared adapter suites).
 */
export interface AdapterHarness {
  /** Starts the adapter against its fake platform, answering with `handler`. */
  start(handler: QuestionHandler): Promise<void>;
  stop(): Promise<void>;
  /** A person asks; resolves with the reply as plain text, or null when no reply came. */
  ask(text: string): Promise<string | null>;
  /** Another bot posts the text where the bot would normally answer; null when ignored. */
  askAsOtherBot(text: string): Promise<string | null>;
  /** The bot's own message comes back to it (platforms echo them); null when ignored. */
  askAsSelf(text: string): Promise<string | null>;
  /** True when the last reply could ping a crowd (@everyone, <!channel>, a role…). */
  lastReplyCouldPing(): boolean;
}

// One matcher, built once, as the app does: building one trains the intent classifier.
const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
export const realHandler = (): QuestionHandler =>
  createQuestionHandler({ matcher: () => matcher, logger: silentLogger() });

/** The shared contract every adapter must pass. */
export function runAdapterContract(name: string, makeHarness: () => AdapterHarness): void {
  describe(`${name} adapter contract`, () => {
    let harness: AdapterHarness;
    let failNext = false;

    beforeAll(async () => {
      harness = makeHarness();
      const handler = realHandler();
      await harness.start(async (q) => {
        if (failNext) {
          failNext = false;
          throw new Error('boom (simulated failure)');
        }
        return handler(q);
      });
    });
    afterAll(() => harness.stop());

    it('answers a question with the matcher\'s answer', async () => {
      const reply = await harness.ask('flask vs django for admin panel');
      expect(reply).toMatch(/Django/);
      expect(reply).toMatch(/Flask-Admin/);
    });

    it('answers the help question for an empty message', async () => {
      expect(await harness.ask('')).toMatch(/whichpy/i);
    });

    it('ignores other bots', async () => {
      expect(await harness.askAsOtherBot('flask vs django')).toBeNull();
    });

    it('ignores itself', async () => {
      expect(await harness.askAsSelf('flask vs django')).toBeNull();
    });

    it('replies kindly when answering fails, and keeps working', async () => {
      failNext = true;
      const reply = await harness.ask('flask vs django');
      expect(reply).not.toBeNull();
      expect(reply).toMatch(/wrong|sorry/i);
      expect(await harness.ask('what is wsgi')).toMatch(/WSGI/);
    });

    it('never pings a crowd, whatever the question holds', async () => {
      const reply = await harness.ask('<!channel> <!here> @everyone @here <@U0123> <@&123456789012345678> flask?');
      expect(reply).not.toBeNull();
      expect(harness.lastReplyCouldPing()).toBe(false);
    });
  });
}
