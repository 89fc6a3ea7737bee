import type { Logger } from '../logging/logger';

/** How hard a reply is retried before it is kept as a dead letter. */
export interface DeliveryPolicy {
  /** Longest time from the first try to the last (default 2 minutes). */
  windowMs: number;
  /** First backoff; doubled per attempt, with full jitter (default 500 ms). */
  baseDelayMs: number;
  /** Longest single backoff (default 20 s). */
  maxDelayMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = { windowMs: 120_000, baseDelayMs: 500, maxDelayMs: 20_000 };

/** What a failed attempt means: give up now, or try again (after `retryAfterMs` when the platform said). */
export interface FailureVerdict {
  retryable: boolean;
  retryAfterMs?: number;
  /** A short, secret-free description for logs and the dead letter (e.g. "http 500", "ECONNRESET"). */
  reason: string;
}

/** A reply that could not be delivered, with everything needed to send it again. */
export interface DeadLetter {
  platform: 'slack' | 'discord';
  /** How to resend: slack.postMessage (channel, thread_ts in payload), slack.response_url (url), discord.message (channelId). */
  kind: 'slack.postMessage' | 'slack.response_url' | 'discord.message';
  target: Record<string, string>;
  payload: unknown;
  reason: string;
  attempts: number;
  firstTriedAt: string;
}

export interface DeadLetterSink {
  add(letter: DeadLetter): void;
}

export interface DeliveryJob<T> {
  /** Replies with the same key (a channel) share its Retry-After pause; others are not held up. */
  key: string;
  attempt: () => Promise<T>;
  classify: (err: unknown) => FailureVerdict;
  letter: Omit<DeadLetter, 'reason' | 'attempts' | 'firstTriedAt'>;
}

export interface Delivery {
  /** Sends with retries; resolves with the result, or null once the reply went to the dead letters. */
  send<T>(job: DeliveryJob<T>): Promise<T | null>;
  /** At shutdown: replies waiting for a retry go to the dead letters at once instead (a first try is still made). */
  abandon(): void;
}

export interface DeliveryConfig {
  policy?: Partial<DeliveryPolicy>;
  deadLetters?: DeadLetterSink;
  logger: Logger;
  random?: () => number;
}

/**
 * Replies delivered or kept. Each failure is classified: permanent ones (no permission, channel
 * gone) go to the dead letters at once; rate limits and server errors, resets and timeouts are
 * retried with exponential backoff and full jitter until the window closes. A Retry-After pauses
 * only its own key (a channel), so one rate-limited channel does not stop replies to the others.
 */
export function createDelivery(config: DeliveryConfig): Delivery {
  const policy = { ...DEFAULT_DELIVERY_POLICY, ...config.policy };
  const random = config.random ?? Math.random;
  const pausedUntil = new Map<string, number>();
  const sleepers = new Set<() => void>();
  let abandoned = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      // Unref'd: a retry waiting never keeps a stopped process alive (shutdown abandons it to the dead letters).
      const timer = setTimeout(wake, ms).unref();
      sleepers.add(wake);
    });

  return {
    async send(job) {
      const started = Date.now();
      let attempts = 0;
      let reason: string | undefined;
      for (;;) {
        const pause = (pausedUntil.get(job.key) ?? 0) - Date.now();
        if (pause > 0 && !abandoned) await sleep(pause);
        else if (pause <= 0) pausedUntil.delete(job.key);
        attempts++;
        try {
          return await job.attempt();
        } catch (err) {
          const verdict = job.classify(err);
          reason = verdict.reason;
          const backoff = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - 1));
          const wait = verdict.retryAfterMs ?? backoff;
          if (verdict.retryAfterMs !== undefined) pausedUntil.set(job.key, Date.now() + verdict.retryAfterMs);
          if (abandoned || !verdict.retryable || Date.now() + wait - started > policy.windowMs) break;
          config.logger.warn({ platform: job.letter.platform, key: job.key, attempts, reason, retryInMs: Math.round(wait) }, 'reply failed; retrying');
          await sleep(wait);
          if (abandoned) break;
        }
      }
      // The key names the channel; the target may hold a response_url, which is a credential, so it is not logged.
      const letter: DeadLetter = { ...job.letter, reason: reason ?? 'unknown', attempts, firstTriedAt: new Date(started).toISOString() };
      config.logger.error({ platform: letter.platform, kind: letter.kind, key: job.key, attempts, reason: letter.reason }, 'reply not delivered; kept as a dead letter');
      config.deadLetters?.add(letter);
      return null;
    },
    abandon() {
      abandoned = true;
      for (const wake of [...sleepers]) wake();
    },
  };
}
