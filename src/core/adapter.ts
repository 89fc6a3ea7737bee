import type { Answer } from './answer';
import type { ConversationContext } from './conversation';

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
  /**
   * Context carried by the message itself (a Slack slash answer's buttons carry it, because slash
   * commands cannot be used in threads); when set it wins over the remembered context.
   */
  context?: ConversationContext | null;
}

/**
 * Turns a question into an answer. Implementations never reject: errors become a kind answer.
 * `null` means "send nothing": the person asked again during a cooldown after already being
 * told to slow down (one reply per burst, not a flood), or the bot is shutting down.
 */
export type QuestionHandler = (question: IncomingQuestion) => Promise<Answer | null>;

/** A person's 👍 / 👎 on an answer; 👎 goes to the gap log for maintainers. */
export interface Feedback {
  platform: Platform;
  helpful: boolean;
  /** The question the rated answer replied to (as carried by the button, maybe shortened). */
  question: string;
  /** The rated answer's title. */
  answerTitle: string;
}

/** Records feedback; never throws into the adapter. */
export type FeedbackHandler = (feedback: Feedback) => void;

/**
 * Runs one piece of platform work (answering a question and sending the reply) counted as in
 * flight, so a graceful shutdown waits for it. Adapters default to running it untracked.
 */
export type TrackWork = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs work as is (no shutdown to wait for: tests, the CLI). */
export const untracked: TrackWork = (work) => work();

/**
 * A chat platform connection. Each platform module implements it; the app starts and stops
 * them without knowing which platform they are (as bolt-js's Receiver: start, stop).
 */
export interface Adapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
}
