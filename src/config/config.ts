import { resolve } from 'node:path';
import { z } from 'zod';
import { WhichpyError } from '../core/errors';

/** Validated settings, read once at start-up. Secrets are only ever held here, never logged. */
export interface AppConfig {
  knowledgeDir: string;
  /** Where the gap log and CLI conversations are kept (created when needed). */
  dataDir: string;
  cooldown: CooldownSettings;
  /**
   * Port for GET /healthz on its own server. Unset: /healthz is served on Slack's HTTP port when
   * Slack runs in HTTP mode, otherwise on 8080.
   */
  healthPort: number | null;
  /** How long a conversation remembers its context for follow-up questions. */
  conversationTtlMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** After SIGTERM, how long health says 503 while questions are still answered (load balancers take the replica out). */
  shutdownGraceMs: number;
  /** The gap log rotates when it would grow past this. */
  gapLogMaxBytes: number;
  /** How long a failing reply is retried before it is kept as a dead letter. */
  replyRetryWindowMs: number;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
}

/** Per-user rate limit: at most `limit` questions per `windowMs`. */
export interface CooldownSettings {
  limit: number;
  windowMs: number;
}

/** Slack settings; present only when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set. */
export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Set for Socket Mode; HTTP mode otherwise. */
  appToken: string | null;
  /** Web API base, e.g. for GovSlack or a test fake; null = slack.com. */
  apiUrl: string | null;
  command: string;
  port: number;
}

/** Discord settings; present only when DISCORD_TOKEN is set. */
export interface DiscordConfig {
  token: string;
  applicationId: string | null;
  guildId: string | null;
  /** REST base, e.g. a REST proxy or a test fake; null = discord.com. */
  apiUrl: string | null;
}

/** Thrown when the environment is invalid; `variable` names what to fix. */
export class ConfigError extends WhichpyError {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super('CONFIG_INVALID', `${variable}: ${message}`);
  }
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const httpUrl = (name: string) =>
  optional.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), `${name} must be an http(s) URL, e.g. https://slack.com/api/`);

const positiveInt = (example: string) =>
  optional.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) > 0), `must be a whole number above 0, e.g. ${example}`);
const wholeNumber = (example: string) => optional.refine((v) => v === undefined || /^\d+$/.test(v), `must be a whole number (0 or more), e.g. ${example}`);
const port = optional.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 0 && Number(v) < 65536), 'must be a port number between 0 and 65535');

const envSchema = z.object({
  KNOWLEDGE_DIR: optional,
  DATA_DIR: optional,
  COOLDOWN_LIMIT: positiveInt('5'),
  COOLDOWN_WINDOW_SECONDS: positiveInt('10'),
  HEALTH_PORT: port,
  CONVERSATION_TTL_MINUTES: positiveInt('15'),
  SHUTDOWN_GRACE_SECONDS: wholeNumber('5'),
  GAP_LOG_MAX_MB: positiveInt('50'),
  REPLY_RETRY_SECONDS: positiveInt('120'),
  LOG_LEVEL: optional.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token starting with xoxb- (Slack app > OAuth & Permissions)'),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xapp-'), 'must be an app-level token starting with xapp- (Slack app > Basic Information > App-Level Tokens)'),
  SLACK_API_URL: httpUrl('SLACK_API_URL'),
  SLACK_COMMAND: optional.refine((v) => v === undefined || /^\/[a-z0-9_-]{1,31}$/.test(v), 'must look like /whichpy (a slash, then up to 32 lowercase letters, digits, - or _)'),
  PORT: port,
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), 'must be the numeric application id (Developer Portal > General Information)'),
  DISCORD_GUILD_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), 'must be a numeric server (guild) id'),
  DISCORD_API_URL: httpUrl('DISCORD_API_URL'),
});

/**
 * Reads the environment into AppConfig. Error messages name the variable and how to fix it,
 * and never include a value (values may be secrets).
 */
export function loadConfig(env: Record<string, string | undefined>, projectRoot: string): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = parsed.data;
  if (Boolean(e.SLACK_BOT_TOKEN) !== Boolean(e.SLACK_SIGNING_SECRET)) {
    const missing = e.SLACK_BOT_TOKEN ? 'SLACK_SIGNING_SECRET' : 'SLACK_BOT_TOKEN';
    throw new ConfigError(missing, 'is required when the other Slack variable is set (set both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or neither)');
  }
  if (e.SLACK_APP_TOKEN && !e.SLACK_BOT_TOKEN) {
    throw new ConfigError('SLACK_BOT_TOKEN', 'is required for Socket Mode (SLACK_APP_TOKEN is set)');
  }
  return {
    knowledgeDir: resolve(projectRoot, e.KNOWLEDGE_DIR ?? 'knowledge'),
    dataDir: resolve(projectRoot, e.DATA_DIR ?? 'data'),
    cooldown: { limit: Number(e.COOLDOWN_LIMIT ?? 5), windowMs: Number(e.COOLDOWN_WINDOW_SECONDS ?? 10) * 1000 },
    healthPort: e.HEALTH_PORT === undefined ? null : Number(e.HEALTH_PORT),
    conversationTtlMs: Number(e.CONVERSATION_TTL_MINUTES ?? 15) * 60_000,
    logLevel: e.LOG_LEVEL ?? 'info',
    shutdownGraceMs: Number(e.SHUTDOWN_GRACE_SECONDS ?? 5) * 1000,
    gapLogMaxBytes: Number(e.GAP_LOG_MAX_MB ?? 50) * 1024 * 1024,
    replyRetryWindowMs: Number(e.REPLY_RETRY_SECONDS ?? 120) * 1000,
    slack:
      e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET
        ? {
            botToken: e.SLACK_BOT_TOKEN,
            signingSecret: e.SLACK_SIGNING_SECRET,
            appToken: e.SLACK_APP_TOKEN ?? null,
            apiUrl: e.SLACK_API_URL ?? null,
            command: e.SLACK_COMMAND ?? '/whichpy',
            port: e.PORT === undefined ? 3000 : Number(e.PORT),
          }
        : null,
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID ?? null,
          guildId: e.DISCORD_GUILD_ID ?? null,
          apiUrl: e.DISCORD_API_URL ?? null,
        }
      : null,
  };
}
