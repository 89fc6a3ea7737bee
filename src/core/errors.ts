/** Stable machine-readable codes; tests assert these, never the prose. */
export type ErrorCode = 'KNOWLEDGE_INVALID' | 'KNOWLEDGE_NOT_FOUND' | 'CONFIG_INVALID' | 'INTERNAL';

/** Base of every error whichpy throws on purpose. */
export class WhichpyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
