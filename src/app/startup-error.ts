/** Stable codes for start-up failures an operator can fix; tests assert these, not the prose. */
export type StartupErrorCode =
  | 'DATA_DIR_UNWRITABLE'
  | 'SLACK_TOKEN_REJECTED'
  | 'SLACK_APP_TOKEN_REJECTED'
  | 'SLACK_UNREACHABLE'
  | 'DISCORD_TOKEN_REJECTED'
  | 'DISCORD_UNREACHABLE'
  | 'PORT_IN_USE'
  | 'PORT_NOT_ALLOWED';

/**
 * A start-up failure explained in one line: what failed, the variable or address involved and
 * what to check. Never carries a secret (the token's name, never its value).
 */
export class StartupError extends Error {
  constructor(
    readonly code: StartupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** The system error code (ECONNREFUSED, EADDRINUSE, …) of an error or of its cause chain. */
export function systemCode(err: unknown, depth = 0): string | undefined {
  if (!err || typeof err !== 'object' || depth > 4) return undefined;
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown[]; original?: unknown };
  if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return e.code;
  return systemCode(e.cause, depth + 1) ?? systemCode(e.original, depth + 1) ?? (Array.isArray(e.errors) ? systemCode(e.errors[0], depth + 1) : undefined);
}
