import { WhichpyError } from '../core/errors';
import { StartupError } from './startup-error';

/**
 * Prints a start-up failure for an operator and sets a non-zero exit code. Our own errors
 * (bad knowledge file, bad variable, a rejected token, a port in use) are shown as they are:
 * they name the file, variable or address and what to check, and never contain secrets.
 * Anything else is a bug and gets its stack.
 */
export function reportFatal(err: unknown): void {
  if (err instanceof StartupError) {
    console.error(`whichpy cannot start [${err.code}] ${err.message}`);
  } else if (err instanceof WhichpyError) {
    console.error(`whichpy cannot start [${err.code}]\n${err.message}`);
  } else {
    console.error('whichpy cannot start: unexpected error', err);
  }
  process.exitCode = 1;
}
