import { createCooldown, type CooldownConfig } from '../app/cooldown';
import type { GapLog } from '../app/gap-log';
import { createExpiringKeys, type ExpiringKeys } from '../core/bounded-map';
import { createConversationMemory } from '../core/conversation';
import { keySpaceSettings, type KeySpace, type SharedStore } from './store';

/** What the in-process store needs: the cooldown and conversation settings, and the gap log file (not closed by the store). */
export interface MemoryStoreConfig {
  cooldown: CooldownConfig;
  conversationTtlMs: number;
  gapLog: GapLog;
}

/** The embedded default: everything in this process's memory, as one replica needs it. */
export function createMemoryStore(config: MemoryStoreConfig): SharedStore {
  const settings = keySpaceSettings(config.conversationTtlMs);
  const spaces = new Map<KeySpace, ExpiringKeys>();
  const memory = createConversationMemory({ ttlMs: config.conversationTtlMs });
  return {
    status: () => ({ kind: 'memory', state: 'ok' }),
    keys(space) {
      let keys = spaces.get(space);
      if (!keys) spaces.set(space, (keys = createExpiringKeys(settings[space].maxInMemory, settings[space].ttlMs)));
      return keys;
    },
    conversations: {
      get: (id) => Promise.resolve(memory.get(id)),
      remember: (id, answer) => Promise.resolve(memory.remember(id, answer)),
    },
    cooldown: createCooldown(config.cooldown),
    gapLog: config.gapLog,
    ready: () => Promise.resolve(true),
    // The gap log is its creator's to close (after the store: see createStore).
    close: () => Promise.resolve(),
  };
}
