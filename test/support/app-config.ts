import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../src/config/config';
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
    slack: null,
    discord: null,
    ...overrides,
  };
}
