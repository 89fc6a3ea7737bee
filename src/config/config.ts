import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error';

export { ConfigError, type ConfigProblem } from './config-error';

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
  logLevel: (typeof LOG_LEVELS)[number];
  /** After SIGTERM, how long health says 503 while questions are still answered (load balancers take the replica out). */
  shutdownGraceMs: number;
  /** The gap log rotates when it would grow past this. */
  gapLogMaxBytes: number;
  /** How long a failing reply is retried before it is kept as a dead letter. */
  replyRetryWindowMs: number;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  /** Shared state for replicas and shards; null keeps everything in this process's memory. */
  redis: RedisSettings | null;
}

/** Where replicas share their state: REDIS_URL (may hold a password: never logged) and a key prefix. */
export interface RedisSettings {
  url: string;
  keyPrefix: string;
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
  /** The shards this process runs, out of `count` (DISCORD_SHARDS, DISCORD_SHARD_COUNT); null = discord.js decides. */
  shards: DiscordShards | null;
}

/** A slice of a sharded bot, so shards can be spread over processes and machines. */
export interface DiscordShards {
  ids: number[];
  count: number;
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const httpUrl = (example: string) => optional.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), `must be an http(s) URL, e.g. ${example}`);

const positiveInt = (example: string) =>
  optional.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) > 0), `must be a whole number above 0, e.g. ${example}`);
const wholeNumber = (example: string) => optional.refine((v) => v === undefined || /^\d+$/.test(v), `must be a whole number (0 or more), e.g. ${example}`);
const port = optional.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 0 && Number(v) < 65536), 'must be a port number between 0 and 65535');

/** redis://[user:password@]host[:port][/db] or rediss:// (TLS); the URL may carry a password. */
function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '' && /^(\/\d*)?$/.test(url.pathname);
  } catch {
    return false;
  }
}

/** "0,1,5" or "0-3" (or both: "0-3,8"): the shard ids this process runs. */
function parseShardList(value: string): number[] | null {
  const ids = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) return null;
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (to < from || to - from > 10_000) return null;
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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
  // People write LOG_LEVEL=INFO as often as info (other tools accept both), so any case is fine.
  LOG_LEVEL: optional
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')} (in any case)` }).optional()),
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token starting with xoxb- (Slack app > OAuth & Permissions)'),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xapp-'), 'must be an app-level token starting with xapp- (Slack app > Basic Information > App-Level Tokens)'),
  SLACK_API_URL: httpUrl('https://slack-gov.com/api/'),
  SLACK_COMMAND: optional.refine((v) => v === undefined || /^\/[a-z0-9_-]{1,31}$/.test(v), 'must look like /whichpy (a slash, then up to 32 lowercase letters, digits, - or _)'),
  PORT: port,
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), 'must be the numeric application id (Developer Portal > General Information)'),
  DISCORD_GUILD_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), 'must be a numeric server (guild) id'),
  DISCORD_API_URL: httpUrl('https://discord-proxy.example.com/api'),
  DISCORD_SHARDS: optional.refine((v) => v === undefined || parseShardList(v) !== null, 'must list shard ids like 0,1 or 0-3 (with DISCORD_SHARD_COUNT, the total)'),
  DISCORD_SHARD_COUNT: positiveInt('4'),
  REDIS_URL: optional.refine((v) => v === undefined || isRedisUrl(v), 'must be a redis:// or rediss:// (TLS) URL, e.g. redis://localhost:6379 or rediss://user:password@host:6380/0'),
  REDIS_KEY_PREFIX: optional.refine((v) => v === undefined || /^[\w:.{}-]{1,64}$/.test(v), 'must be up to 64 letters, digits, or : . _ - { }, e.g. whichpy:'),
});

/**
 * Checks that need two variables. They read presence only (a blank value counts as unset), so
 * they run even when a value itself is invalid and every problem is reported together.
 */
function crossVariableProblems(env: Record<string, string | undefined>): ConfigProblem[] {
  const isSet = (name: string) => (env[name]?.trim() ?? '') !== '';
  const problems: ConfigProblem[] = [];
  if (isSet('SLACK_BOT_TOKEN') !== isSet('SLACK_SIGNING_SECRET')) {
    const missing = isSet('SLACK_BOT_TOKEN') ? 'SLACK_SIGNING_SECRET' : 'SLACK_BOT_TOKEN';
    problems.push({ variable: missing, message: 'is required when the other Slack variable is set (set both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or neither)' });
  }
  if (isSet('SLACK_APP_TOKEN') && !isSet('SLACK_BOT_TOKEN')) {
    problems.push({ variable: 'SLACK_BOT_TOKEN', message: 'is required for Socket Mode (SLACK_APP_TOKEN is set)' });
  }
  const shards = isSet('DISCORD_SHARDS') ? parseShardList(env.DISCORD_SHARDS!.trim()) : null;
  const count = env.DISCORD_SHARD_COUNT?.trim() ?? '';
  if (shards && count === '') {
    problems.push({ variable: 'DISCORD_SHARD_COUNT', message: 'is required with DISCORD_SHARDS (the total number of shards across all processes)' });
  } else if (shards && /^\d+$/.test(count) && shards.some((id) => id >= Number(count))) {
    problems.push({ variable: 'DISCORD_SHARDS', message: 'holds a shard id not below DISCORD_SHARD_COUNT (ids run from 0 to the count minus 1)' });
  }
  return problems;
}

/**
 * Reads the environment into AppConfig. Every problem is collected before throwing, one per
 * variable; messages name the variable and how to fix it, and never include a value.
 */
export function loadConfig(env: Record<string, string | undefined>, projectRoot: string): AppConfig {
  const parsed = envSchema.safeParse(env);
  const found: ConfigProblem[] = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'environment'), message: issue.message }))),
    ...crossVariableProblems(env),
  ];
  const problems = found.filter((p, i) => found.findIndex((q) => q.variable === p.variable) === i);
  if (problems.length > 0) throw new ConfigError(problems[0]!, ...problems.slice(1));
  if (!parsed.success) throw parsed.error; // unreachable: a failed parse always has issues
  const e = parsed.data;
  const shardIds = e.DISCORD_SHARDS === undefined ? null : parseShardList(e.DISCORD_SHARDS)!;
  const shardCount = e.DISCORD_SHARD_COUNT === undefined ? null : Number(e.DISCORD_SHARD_COUNT);
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
          shards: shardCount === null ? null : { ids: shardIds ?? Array.from({ length: shardCount }, (_, id) => id), count: shardCount },
        }
      : null,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX ?? 'whichpy:' } : null,
  };
}
