import { WhichpyError } from '../core/errors';

/** One variable that is wrong, and how to fix it (never its value: values may be secrets). */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/**
 * Thrown when the environment is invalid. Lists every problem at once, so someone setting up
 * Slack does not fix SLACK_BOT_TOKEN only to be stopped next by PORT. `variable` is the first.
 */
export class ConfigError extends WhichpyError {
  readonly problems: readonly ConfigProblem[];

  constructor(first: ConfigProblem, ...more: ConfigProblem[]) {
    const list = [first, ...more];
    const lines = list.map((p) => `${p.variable}: ${p.message}`);
    // One problem reads as one line ("PORT: must be a port number ..."); several as a list.
    super(
      'CONFIG_INVALID',
      lines.length === 1 ? lines[0]! : [`The environment has ${lines.length} problems (set them in .env or the environment):`, ...lines.map((l) => `  - ${l}`)].join('\n'),
    );
    this.problems = list;
  }

  /** The first variable to fix. */
  get variable(): string {
    return this.problems[0]!.variable;
  }
}
