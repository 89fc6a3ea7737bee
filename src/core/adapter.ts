import type { Answer } from './answer';

/** Where a question came from. */
export type Platform = 'slack' | 'discord' | 'terminal' | 'cli';

/** A question as every adapter hands it to the core, stripped of platform details. */
export interface IncomingQuestion {
  platform: Platform;
  /** The raw text; the core normalises mentions and markup itself. */
  text: string;
  /** Who asked (platform user id); used for rate limits and logs, never shown. */
  userId: string;
  /** Where the talk happens (thread, DM, channel); the key for conversation memory. */
  conversationId: string;
}

/**
 * Turns a question into an answer. Implementations never reject: errors become a kind answer.
 * `null` means "send nothing": the person asked again during a cooldown after already being
 * told to slow down (one reply per burst, not a flood), or the bot is shutting down.
 */
export type QuestionHandler = (question: IncomingQuestion) => Promise<Answer | null>;

/**
 * A chat platform connection. Each platform module implements it; the app starts and stops
 * them without knowing which platform they are (as bolt-js's Receiver: start, stop).
 */
export interface Adapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
}
