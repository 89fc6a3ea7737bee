import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logging/logger';
import type { RateLimitedLog } from '../logging/rate-limited-log';

/** Bolt's warnings for a request it refused (bad signature, body too large, malformed). */
const REJECTED_REQUEST = /^(Failed to parse and verify|Failed to parse the request body|Request body exceeded|Malformed request body)/;

const TO_PINO: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/**
 * Bolt and its Web API client log through this, so their lines are structured JSON like ours
 * (component "slack") instead of console text. Bolt's INFO chatter is sent to debug. Bolt warns
 * once per refused request; those go to `rejected`, which logs a count per interval (an
 * unsigned flood wrote 171,000 lines in 20 s).
 */
export function createBoltLogger(logger: Logger, rejected?: RateLimitedLog): BoltLogger {
  const log = logger.child({ component: 'slack' });
  const join = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
  // Bolt logs at debug several times per request (the whole body as JSON among them): the
  // pieces are joined only when debug lines are written.
  const debug = (...msg: unknown[]) => {
    if (log.isLevelEnabled('debug')) log.debug(join(msg));
  };
  return {
    debug,
    info: debug,
    warn: (...msg) => {
      const text = join(msg);
      if (rejected && REJECTED_REQUEST.test(text)) rejected.note({ reason: text.slice(0, 80) });
      else log.warn(text);
    },
    error: (...msg) => log.error(join(msg)),
    setLevel: () => undefined,
    getLevel: () => (Object.entries(TO_PINO).find(([, p]) => p === log.level)?.[0] as LogLevel | undefined) ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
