import type { FailureVerdict } from './delivery';

/** Errors that mean the request may not have arrived or the platform hiccuped: worth another try. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ABORT_ERR']);

/** The code of a network error anywhere in the cause chain (fetch wraps them), or null. */
function networkCode(err: unknown, depth = 0): string | null {
  if (!err || typeof err !== 'object' || depth > 4) return null;
  const e = err as { code?: unknown; name?: unknown; cause?: unknown; original?: unknown };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timeout';
  if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return e.code;
  return networkCode(e.cause, depth + 1) ?? networkCode(e.original, depth + 1);
}

/** Verdict for an HTTP status (429 and 5xx retry) with an optional Retry-After in seconds. */
export function statusVerdict(status: number, retryAfterSeconds?: number | null): FailureVerdict {
  const retryAfterMs = retryAfterSeconds !== undefined && retryAfterSeconds !== null && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0 ? retryAfterSeconds * 1000 : undefined;
  return { retryable: status === 429 || status >= 500, ...(status === 429 && retryAfterMs !== undefined ? { retryAfterMs } : {}), reason: `http ${status}` };
}

/** Verdict for a thrown network error or timeout, or null when it is not one. */
export function networkVerdict(err: unknown): FailureVerdict | null {
  const code = networkCode(err);
  return code ? { retryable: true, reason: code } : null;
}

/** Reads a Retry-After header given in seconds (Slack, Discord); dates are rare and ignored. */
export function retryAfterSeconds(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}
