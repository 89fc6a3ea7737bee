import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig, DiscordConfig, SlackConfig } from '../../src/config/config';
import { SIGNING_SECRET } from '../fakes/slack-payloads';
import { KNOWLEDGE_DIR } from './knowledge-copy';

/** A full AppConfig for tests: real knowledge, a fresh data dir, no platforms unless given. */
export function testAppConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    knowledgeDir: KNOWLEDGE_DIR,
    dataDir: mkdtempSync(join(tmpdir(), 'whichpy-data-')),
    cooldown: { limit: 100, windowMs: 10_000 },
    healthPort: null,
    conversationTtlMs: 15 * 60_000,
    logLevel: 'silent',
    shutdownGraceMs: 0,
    gapLogMaxBytes: 50 * 1024 * 1024,
    replyRetryWindowMs: 120_000,
    slack: null,
    discord: null,
    redis: null,
    ...overrides,
  };
}

/** Slack in HTTP mode on a free port, talking to the fake Slack at `apiUrl`. */
export const fakeSlackConfig = (apiUrl: string): SlackConfig => ({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, appToken: null, apiUrl, command: '/whichpy', port: 0 });

/** Discord talking to the fake Discord at `apiUrl`. */
export const fakeDiscordConfig = (apiUrl: string): DiscordConfig => ({ token: 'fake-token', applicationId: null, guildId: null, apiUrl, shards: null });
