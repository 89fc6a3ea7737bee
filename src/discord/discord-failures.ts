import type { FailureVerdict } from '../delivery/delivery';
import { networkVerdict, statusVerdict } from '../delivery/network-failure';

/** Longest Retry-After discord.js may wait out by itself (per route, so per channel); longer ones come to us. */
export const MAX_CLIENT_RATE_LIMIT_WAIT_MS = 30_000;

/**
 * discord.js waits out a 429 per route (so per channel) by itself. A 429 without Retry-After it
 * would retry at once, in a loop; one with a very long Retry-After it would wait for however
 * long. Those two are handed to us instead (as a RateLimitError), to back off with jitter or
 * keep the reply as a dead letter.
 */
export const rejectRateLimit = (data: { retryAfter: number }): boolean => !(data.retryAfter > 0) || data.retryAfter > MAX_CLIENT_RATE_LIMIT_WAIT_MS;

interface RestError {
  name?: string;
  status?: number;
  retryAfter?: number;
}

/** What a failed Discord REST call means: 429s, 5xx, resets and timeouts are worth another try. */
export function classifyDiscordFailure(err: unknown): FailureVerdict {
  const e = (err ?? {}) as RestError;
  if (typeof e.name === 'string' && e.name.startsWith('RateLimitError')) return statusVerdict(429, typeof e.retryAfter === 'number' && e.retryAfter > 0 ? e.retryAfter / 1000 : undefined);
  if (typeof e.status === 'number' && (e.name === 'HTTPError' || /DiscordAPIError/.test(e.name ?? ''))) return statusVerdict(e.status);
  return networkVerdict(err) ?? { retryable: false, reason: e.name ?? 'unexpected error' };
}
