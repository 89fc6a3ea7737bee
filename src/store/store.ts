import type { CooldownCheck } from '../app/cooldown';
import type { GapLog } from '../app/gap-log';
import type { ExpiringKeys } from '../core/bounded-map';
import type { ConversationStore } from '../core/conversation';

/** Whether the shared state is reachable: `degraded` means each replica is on its own for now. */
export type StoreState = 'ok' | 'degraded';

/** How /healthz shows the store: where state lives and whether it is reachable. */
export interface StoreStatus {
  kind: 'memory' | 'redis';
  state: StoreState;
}

/** Namespaces of expiring keys the adapters use, each with its own time-to-live. */
export type KeySpace = 'slack-events' | 'discord-messages' | 'discord-chains';

/**
 * Everything a replica must share with the others to behave as one bot: de-duplication claims
 * (one replica answers a Slack retry or a Discord message), conversations and reply chains (a
 * follow-up on another replica continues), the cooldown (one limit across replicas) and the gap
 * log (one report). The in-memory store is the default; the Redis store shares it all.
 *
 * No call rejects and none waits longer than the store's short command timeout: with the store
 * slow or down, questions are still answered, without shared context, and health says degraded.
 */
export interface SharedStore {
  status(): StoreStatus;
  keys(space: KeySpace): ExpiringKeys;
  conversations: ConversationStore;
  cooldown: CooldownCheck;
  gapLog: GapLog;
  /** Waits (at most `timeoutMs`) until the store is reachable; false = starting degraded. */
  ready(timeoutMs: number): Promise<boolean>;
  /** Lets gap entries under way land, then disconnects; the gap log file it was given stays open (its creator closes it). */
  close(): Promise<void>;
}

/** How long each key space is kept, and how many keys a replica keeps in memory. */
export interface KeySpaceSettings {
  ttlMs: number;
  maxInMemory: number;
}

/**
 * Slack retries an event three times within about five minutes, so its id is kept for ten; a
 * Discord message is delivered twice only during a rolling deploy (two replicas of one shard);
 * a reply chain lives as long as the conversation it continues.
 */
export function keySpaceSettings(conversationTtlMs: number): Record<KeySpace, KeySpaceSettings> {
  return {
    'slack-events': { ttlMs: 10 * 60_000, maxInMemory: 5000 },
    'discord-messages': { ttlMs: 10 * 60_000, maxInMemory: 5000 },
    'discord-chains': { ttlMs: conversationTtlMs, maxInMemory: 10_000 },
  };
}
