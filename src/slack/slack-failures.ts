import type { FailureVerdict } from '../delivery/delivery';
import { networkVerdict, retryAfterSeconds, statusVerdict } from '../delivery/network-failure';

/** Slack API errors (HTTP 200, ok: false) that are Slack's trouble, not ours: worth another try. */
const TRANSIENT_SLACK_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

interface WebApiError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  message?: string;
  original?: unknown;
}

/**
 * What a failed chat.postMessage means. The client rejects rate-limited calls (so we pause just
 * that channel): with Retry-After it is `slack_webapi_rate_limited_error`; without one the client
 * throws a plain error saying so, which is a 429 all the same.
 */
export function classifySlackFailure(err: unknown): FailureVerdict {
  const e = (err ?? {}) as WebApiError;
  if (e.code === 'slack_webapi_rate_limited_error') return statusVerdict(429, e.retryAfter);
  if (/Retry header did not contain a valid timeout/.test(e.message ?? '')) return statusVerdict(429);
  if (e.code === 'slack_webapi_http_error' && typeof e.statusCode === 'number') return statusVerdict(e.statusCode);
  if (e.code === 'slack_webapi_platform_error') {
    const error = e.data?.error ?? 'unknown';
    return { retryable: TRANSIENT_SLACK_ERRORS.has(error), reason: `slack ${error}` };
  }
  if (e.code === 'slack_webapi_request_error') {
    // The request did not complete (reset, refused, timed out): the client wraps the cause.
    return networkVerdict(err) ?? { retryable: true, reason: /timeout/i.test(e.message ?? '') ? 'timeout' : 'network error' };
  }
  return networkVerdict(err) ?? { retryable: false, reason: e.code ?? 'unexpected error' };
}

/** A response_url post that did not succeed, with what Slack said. */
export class ResponseUrlError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: number | null,
  ) {
    super(`response_url answered ${status}`);
  }
}

export function classifyResponseUrlFailure(err: unknown): FailureVerdict {
  if (err instanceof ResponseUrlError) return statusVerdict(err.status, err.retryAfter);
  return networkVerdict(err) ?? { retryable: false, reason: 'unexpected error' };
}

/** Posts to a response_url with a timeout (Bolt's respond() has none and keeps no status). */
export async function postToResponseUrl(url: string, body: unknown, timeoutMs: number): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new ResponseUrlError(res.status, retryAfterSeconds(res.headers.get('retry-after')));
}
