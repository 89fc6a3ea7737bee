import type { Logger } from '../logging/logger';
import type { RunningApp } from './run-app';

/** What the signal handlers need; `exit` is injectable so tests can watch it. */
export interface SignalsConfig {
  app: Pick<RunningApp, 'stop' | 'knowledge' | 'reopenLogs'>;
  logger: Logger;
  exit?: (code: number) => void;
  target?: Pick<NodeJS.Process, 'on'>;
}

/**
 * SIGTERM / SIGINT: graceful stop, then exit 0 (orchestrators send SIGTERM on every deploy).
 * SIGTERM keeps answering through the grace period (health already 503) so the load balancer
 * can take the replica out first; SIGINT (a person's Ctrl-C) skips it.
 * A second signal while stopping exits at once with 1, for a person pressing Ctrl-C twice.
 * SIGHUP: reload the knowledge now (a bad edit is rejected and the last good one keeps serving)
 * and reopen the gap log (logrotate renamed it).
 */
export function stopOnSignals({ app, logger, exit = (code) => process.exit(code), target = process }: SignalsConfig): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while stopping; exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stop requested');
    app.stop(signal === 'SIGINT' ? { graceMs: 0 } : {}).then(
      () => exit(0),
      (err: unknown) => {
        logger.error({ err }, 'stopping failed');
        exit(1);
      },
    );
  };
  target.on('SIGTERM', () => stop('SIGTERM'));
  target.on('SIGINT', () => stop('SIGINT'));
  target.on('SIGHUP', () => {
    logger.info({ signal: 'SIGHUP' }, 'reloading knowledge');
    app.knowledge.reload();
    app.reopenLogs();
  });
}
