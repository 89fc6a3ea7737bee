import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Logger settings; `pretty` is for a person at a terminal, JSON lines otherwise. */
export interface LoggerConfig {
  level: string;
  pretty: boolean;
  /** JSON lines appended to this file (its folder is created) instead of stdout. */
  file?: string;
  /** JSON lines written here instead (the bench: like stdout, asynchronously, to /dev/null). */
  destination?: DestinationStream;
}

/**
 * Paths that could ever hold a secret are redacted, as a second line of defence: the code
 * never logs config or raw requests on purpose.
 */
const REDACT = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  'headers.authorization',
  '*.headers.authorization',
  'config.slack',
  'config.discord',
  'config.redis',
  'redis.url',
];

export function createLogger(config: LoggerConfig): Logger {
  const options = { level: config.level, base: { app: 'whichpy' }, redact: { paths: REDACT, censor: '[redacted]' } };
  // Written synchronously: the terminal chat logs rarely, and a line is on disk before the next prompt.
  if (config.file) return pino(options, pino.destination({ dest: config.file, mkdir: true, sync: true }));
  if (config.destination) return pino(options, config.destination);
  return pino({
    ...options,
    ...(config.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } } : {}),
  });
}

/** A logger that drops everything, for tests and the JSON CLI. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
