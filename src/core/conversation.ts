import type { Answer, Intent } from './answer';
import type { TopicId } from './knowledge-model';

/** What a conversation was last about: enough to understand "and for async?" or "why?". */
export interface ConversationContext {
  intent: Intent;
  frameworks: string[];
  topic: TopicId | null;
}

/** Remembers the last context per conversation (a Slack thread, a Discord channel, a terminal session). */
export interface ConversationMemory {
  get(conversationId: string): ConversationContext | null;
  /** Stores what an answer was about; answers about nothing (help, out of scope) keep the old context. */
  remember(conversationId: string, answer: Answer): void;
  forget(conversationId: string): void;
  size(): number;
}

/**
 * Conversation memory that may live outside the process (Redis, shared by replicas), so it
 * answers asynchronously. It never rejects: an unreachable store reads as no context and forgets
 * what it was told, and the question is answered as if it were the first in its conversation.
 */
export interface ConversationStore {
  get(conversationId: string): Promise<ConversationContext | null>;
  remember(conversationId: string, answer: Answer): Promise<void>;
}

/** Memory settings: entries expire after `ttlMs` and at most `maxConversations` are kept. */
export interface ConversationMemoryConfig {
  ttlMs?: number;
  maxConversations?: number;
  now?: () => number;
}

export const DEFAULT_CONVERSATION_TTL_MS = 15 * 60 * 1000;

const CONTENT_INTENTS: readonly Intent[] = ['compare', 'recommend', 'describe', 'pros_cons', 'feature_check'];

/** The context an answer leaves behind, or null when it was about nothing in particular. */
export function contextOf(answer: Answer): ConversationContext | null {
  if (!CONTENT_INTENTS.includes(answer.intent)) return null;
  if (answer.frameworks.length === 0 && answer.topic === null) return null;
  // "what is wsgi" in the middle of "django vs flask" explains a word in passing: the conversation
  // is still about Django and Flask, so "and for async?" next compares them.
  if (answer.intent === 'describe' && answer.frameworks.length === 0) return null;
  return { intent: answer.intent, frameworks: [...answer.frameworks], topic: answer.topic };
}

/**
 * An LRU map with a time-to-live. Reads refresh recency; the oldest conversation is dropped once
 * `maxConversations` is reached, so memory stays bounded however many threads talk to the bot.
 */
export function createConversationMemory(config: ConversationMemoryConfig = {}): ConversationMemory {
  const ttl = config.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
  const max = config.maxConversations ?? 10_000;
  const now = config.now ?? Date.now;
  const entries = new Map<string, { context: ConversationContext; at: number }>();

  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry) return null;
      entries.delete(id);
      if (now() - entry.at >= ttl) return null;
      entries.set(id, entry);
      return entry.context;
    },
    remember(id, answer) {
      const context = contextOf(answer);
      if (!context) return;
      entries.delete(id);
      entries.set(id, { context, at: now() });
      while (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    forget(id) {
      entries.delete(id);
    },
    size: () => entries.size,
  };
}
