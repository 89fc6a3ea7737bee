import { WhichpyError } from '../core/errors';

/**
 * Prints a start-up failure for an operator and sets a non-zero exit code. Our own errors
 * (bad knowledge file, bad variable) are shown as they are: they name the file or variable
 * and never contain secrets. Anything else is a bug and gets its stack.
 */
export function reportFatal(err: unknown): void {
  if (err instanceof WhichpyError) {
    console.error(`whichpy cannot start [${err.code}]\n${err.message}`);
  } else {
    console.error('whichpy cannot start: unexpected error', err);
  }
  process.exitCode = 1;
}
