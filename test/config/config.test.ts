import { ConfigError, loadConfig } from '../../src/config/config';

const ROOT = '/srv/whichpy';
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-secret-bot', SLACK_SIGNING_SECRET: 'signing-secret-value' };

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, ROOT);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('with no tokens, configures no platform (the terminal chat runs)', () => {
    expect(loadConfig({}, ROOT)).toEqual({
      knowledgeDir: `${ROOT}/knowledge`,
      dataDir: `${ROOT}/data`,
      logLevel: 'info',
      cooldown: { limit: 5, windowMs: 10_000 },
      healthPort: null,
      conversationTtlMs: 15 * 60_000,
      shutdownGraceMs: 5_000,
      gapLogMaxBytes: 50 * 1024 * 1024,
      replyRetryWindowMs: 120_000,
      slack: null,
      discord: null,
      redis: null,
    });
  });

  it('reads the operating settings', () => {
    const config = loadConfig({ DATA_DIR: '/var/lib/whichpy', COOLDOWN_LIMIT: '3', COOLDOWN_WINDOW_SECONDS: '60', HEALTH_PORT: '8080', CONVERSATION_TTL_MINUTES: '5' }, ROOT);
    expect(config).toMatchObject({ dataDir: '/var/lib/whichpy', cooldown: { limit: 3, windowMs: 60_000 }, healthPort: 8080, conversationTtlMs: 300_000 });
  });

  it('reads the fault settings: shutdown grace (0 allowed), gap log size, reply retry window', () => {
    const config = loadConfig({ SHUTDOWN_GRACE_SECONDS: '0', GAP_LOG_MAX_MB: '10', REPLY_RETRY_SECONDS: '30' }, ROOT);
    expect(config).toMatchObject({ shutdownGraceMs: 0, gapLogMaxBytes: 10 * 1024 * 1024, replyRetryWindowMs: 30_000 });
    expect(errorOf({ SHUTDOWN_GRACE_SECONDS: '-1' })).toMatchObject({ variable: 'SHUTDOWN_GRACE_SECONDS' });
    expect(errorOf({ GAP_LOG_MAX_MB: '0' })).toMatchObject({ variable: 'GAP_LOG_MAX_MB' });
    expect(errorOf({ REPLY_RETRY_SECONDS: 'soon' })).toMatchObject({ variable: 'REPLY_RETRY_SECONDS' });
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '  ', DISCORD_TOKEN: '' }, ROOT)).toMatchObject({ slack: null, discord: null });
  });

  it('configures Slack in HTTP mode, and Socket Mode with an app token', () => {
    expect(loadConfig(SLACK, ROOT).slack).toMatchObject({ appToken: null, command: '/whichpy', port: 3000, apiUrl: null });
    expect(loadConfig({ ...SLACK, SLACK_APP_TOKEN: 'xapp-1', PORT: '8080', SLACK_COMMAND: '/py' }, ROOT).slack).toMatchObject({
      appToken: 'xapp-1',
      port: 8080,
      command: '/py',
    });
  });

  it('configures Discord', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789', DISCORD_API_URL: 'http://127.0.0.1:9/api' }, ROOT).discord).toEqual({
      token: 't',
      applicationId: '123456789',
      guildId: null,
      apiUrl: 'http://127.0.0.1:9/api',
      shards: null,
    });
  });

  it.each<[string, Record<string, string>, { ids: number[]; count: number }]>([
    ['a list and the total', { DISCORD_SHARDS: '0,1', DISCORD_SHARD_COUNT: '4' }, { ids: [0, 1], count: 4 }],
    ['ranges, in any order', { DISCORD_SHARDS: '6-7, 2-3', DISCORD_SHARD_COUNT: '8' }, { ids: [2, 3, 6, 7], count: 8 }],
    ['the total alone (every shard here)', { DISCORD_SHARD_COUNT: '3' }, { ids: [0, 1, 2], count: 3 }],
  ])('reads the Discord shards this process runs: %s', (_name, env, shards) => {
    expect(loadConfig({ DISCORD_TOKEN: 't', ...env }, ROOT).discord?.shards).toEqual(shards);
  });

  it('moves shared state to Redis with REDIS_URL (redis:// or rediss://), with a key prefix', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }, ROOT).redis).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: 'whichpy:' });
    expect(loadConfig({ REDIS_URL: 'rediss://u:p@cache.internal:6380/2', REDIS_KEY_PREFIX: 'team-a:' }, ROOT).redis).toEqual({ url: 'rediss://u:p@cache.internal:6380/2', keyPrefix: 'team-a:' });
  });

  it.each<[string, Record<string, string>, string]>([
    ['a bot token of the wrong kind', { ...SLACK, SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN'],
    ['a bot token without signing secret', { SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    ['a signing secret without bot token', { SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    ['an app token without bot token', { SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    ['an app token of the wrong kind', { ...SLACK, SLACK_APP_TOKEN: 'xoxb-2' }, 'SLACK_APP_TOKEN'],
    ['a port that is not a number', { ...SLACK, PORT: 'eighty' }, 'PORT'],
    ['a port out of range', { ...SLACK, PORT: '70000' }, 'PORT'],
    ['a command without slash', { ...SLACK, SLACK_COMMAND: 'whichpy' }, 'SLACK_COMMAND'],
    ['a Slack API URL that is not a URL', { ...SLACK, SLACK_API_URL: 'slack' }, 'SLACK_API_URL'],
    ['a Discord API URL that is not a URL', { DISCORD_TOKEN: 't', DISCORD_API_URL: 'ftp://x' }, 'DISCORD_API_URL'],
    ['a non-numeric application id', { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID'],
    ['a non-numeric guild id', { DISCORD_TOKEN: 't', DISCORD_GUILD_ID: 'guild' }, 'DISCORD_GUILD_ID'],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ['a cooldown limit of zero', { COOLDOWN_LIMIT: '0' }, 'COOLDOWN_LIMIT'],
    ['a cooldown window that is not a number', { COOLDOWN_WINDOW_SECONDS: 'ten' }, 'COOLDOWN_WINDOW_SECONDS'],
    ['a health port out of range', { HEALTH_PORT: '99999' }, 'HEALTH_PORT'],
    ['a negative conversation lifetime', { CONVERSATION_TTL_MINUTES: '-5' }, 'CONVERSATION_TTL_MINUTES'],
    ['a Redis URL of another scheme', { REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
    ['a Redis URL without host', { REDIS_URL: 'redis://' }, 'REDIS_URL'],
    ['a Redis URL that is not a URL', { REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    ['a Redis database that is not a number', { REDIS_URL: 'redis://localhost/cache' }, 'REDIS_URL'],
    ['a key prefix with spaces', { REDIS_URL: 'redis://localhost', REDIS_KEY_PREFIX: 'my app' }, 'REDIS_KEY_PREFIX'],
    ['a shard list that is not a list', { DISCORD_TOKEN: 't', DISCORD_SHARDS: 'first', DISCORD_SHARD_COUNT: '2' }, 'DISCORD_SHARDS'],
    ['a shard list without the total', { DISCORD_TOKEN: 't', DISCORD_SHARDS: '0,1' }, 'DISCORD_SHARD_COUNT'],
    ['a shard id beyond the total', { DISCORD_TOKEN: 't', DISCORD_SHARDS: '0-4', DISCORD_SHARD_COUNT: '4' }, 'DISCORD_SHARDS'],
  ])('rejects %s, naming the variable', (_name, env, variable) => {
    const err = errorOf(env);
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.variable).toBe(variable);
    expect(err.message.startsWith(`${variable}: `)).toBe(true);
    expect(err.problems.map((p) => p.variable)).toEqual([variable]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['two bad values', { PORT: 'eighty', LOG_LEVEL: 'loud', ...SLACK }, ['LOG_LEVEL', 'PORT']],
    ['a bad value and a missing partner', { SLACK_BOT_TOKEN: 'xoxb-1', HEALTH_PORT: '99999' }, ['HEALTH_PORT', 'SLACK_SIGNING_SECRET']],
    ['a wrong token kind and a missing partner', { SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'xoxb-2' }, ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET']],
    ['one variable wrong twice, reported once', { SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1' }, ['SLACK_BOT_TOKEN']],
    [
      'every operating setting wrong',
      { COOLDOWN_LIMIT: '0', COOLDOWN_WINDOW_SECONDS: 'ten', HEALTH_PORT: '-1', CONVERSATION_TTL_MINUTES: 'x', LOG_LEVEL: 'loud', DISCORD_TOKEN: 't', DISCORD_GUILD_ID: 'g' },
      ['COOLDOWN_LIMIT', 'COOLDOWN_WINDOW_SECONDS', 'HEALTH_PORT', 'CONVERSATION_TTL_MINUTES', 'LOG_LEVEL', 'DISCORD_GUILD_ID'],
    ],
  ])('reports every problem at once: %s', (_name, env, variables) => {
    const err = errorOf(env);
    expect(err.problems.map((p) => p.variable)).toEqual(variables);
    expect(err.variable).toBe(variables[0]);
    if (variables.length > 1) {
      const lines = err.message.split('\n');
      expect(lines[0]).toContain(`${variables.length} problems`);
      expect(lines.slice(1)).toEqual(err.problems.map((p) => `  - ${p.variable}: ${p.message}`));
    }
  });

  it.each([
    ['INFO', 'info'],
    ['Debug', 'debug'],
    [' WARN ', 'warn'],
    ['silent', 'silent'],
  ])('reads LOG_LEVEL=%j in any case', (value, level) => {
    expect(loadConfig({ LOG_LEVEL: value }, ROOT).logLevel).toBe(level);
  });

  it('names the log levels it accepts', () => {
    expect(errorOf({ LOG_LEVEL: 'verbose' }).message).toMatch(/^LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/);
  });

  it.each<[string, Record<string, string>]>([
    ['a wrong bot token', { SLACK_BOT_TOKEN: 'xoxp-super-secret-token', SLACK_SIGNING_SECRET: 'shh-secret' }],
    ['a wrong app token beside other problems', { SLACK_APP_TOKEN: 'super-secret-app', PORT: 'shh-secret', LOG_LEVEL: 'super-secret-level' }],
    ['a token without its partner', { SLACK_SIGNING_SECRET: 'shh-secret', DISCORD_TOKEN: 'super-secret', DISCORD_API_URL: 'shh-secret' }],
  ])('never puts a value into an error message: %s', (_name, env) => {
    const err = errorOf(env);
    expect(err.message).not.toMatch(/super-secret|shh-secret/);
    expect(JSON.stringify(err.problems)).not.toMatch(/super-secret|shh-secret/);
    expect(errorOf({ REDIS_URL: 'http://user:redis-secret@cache:6379' }).message).not.toMatch(/redis-secret/);
  });
});
