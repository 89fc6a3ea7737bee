import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contextOf, type ConversationContext } from '../core/conversation';
import type { Answer } from '../core/answer';

interface Stored {
  context: ConversationContext;
  at: number;
}

/** Conversations kept per file; the oldest are dropped first. */
const MAX_STORED = 1000;

/**
 * Conversation context for `ask --conversation ID`, kept in a small JSON file because each CLI
 * call is its own process. Expired and excess entries are dropped on every write.
 */
export function createConversationFile(file: string, ttlMs: number, now: () => number = Date.now) {
  const read = (): Record<string, Stored> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Stored>;
    } catch {
      return {}; // no file yet, or a damaged one: start afresh rather than fail the question
    }
  };
  return {
    get(id: string): ConversationContext | null {
      const entry = read()[id];
      return entry && now() - entry.at < ttlMs ? entry.context : null;
    },
    remember(id: string, answer: Answer): void {
      const context = contextOf(answer);
      if (!context) return;
      const all = read();
      delete all[id];
      all[id] = { context, at: now() };
      const kept = Object.entries(all)
        .filter(([, e]) => now() - e.at < ttlMs)
        .slice(-MAX_STORED);
      mkdirSync(dirname(file), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file behind.
      writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(kept)));
      renameSync(`${file}.tmp`, file);
    },
  };
}
