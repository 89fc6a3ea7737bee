import type { Logger } from './logger';

/** Counts a repeated event and logs it at most once per interval. */
export interface RateLimitedLog {
  /** Counts one occurrence; the first of an interval is logged at once with `fields`. */
  note(fields?: Record<string, unknown>): void;
  /** Logs what is still counted and stops the timer (at shutdown). */
  flush(): void;
}

export interface RateLimitedLogConfig {
  logger: Logger;
  msg: string;
  level?: 'warn' | 'error' | 'info';
  /** How often a summary line with the count may be written (default 60 s). */
  intervalMs?: number;
}

/**
 * One line per interval instead of one per event. An unsigned flood of 2,000 connections for 20 s
 * wrote 171,000 warning lines (30 MB) when every rejected request was logged; now it writes the
 * first one and then `{ count }` once a minute.
 */
export function createRateLimitedLog({ logger, msg, level = 'warn', intervalMs = 60_000 }: RateLimitedLogConfig): RateLimitedLog {
  let suppressed = 0;
  let timer: NodeJS.Timeout | null = null;
  const summary = () => {
    timer = null;
    if (suppressed === 0) return;
    logger[level]({ count: suppressed, intervalMs }, `${msg} (repeated)`);
    suppressed = 0;
  };
  return {
    note(fields = {}) {
      if (timer) {
        suppressed++;
        return;
      }
      logger[level]({ ...fields, count: 1 }, msg);
      timer = setTimeout(summary, intervalMs);
      timer.unref();
    },
    flush() {
      if (timer) clearTimeout(timer);
      summary();
    },
  };
}
