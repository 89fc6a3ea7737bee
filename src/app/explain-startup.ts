import type { AppConfig } from '../config/config';
import type { Platform } from '../core/adapter';
import { StartupError, systemCode } from './startup-error';

/** Slack's answers to auth.test / apps.connections.open that mean the token itself is wrong. */
const REJECTED_TOKEN = /invalid_auth|not_authed|account_inactive|token_revoked|token_expired|not_allowed_token_type|invalid_token/;

interface PlatformError {
  code?: unknown;
  name?: unknown;
  status?: unknown;
  data?: { error?: unknown };
  message?: unknown;
}

const describe = (err: unknown): string => {
  const e = (err ?? {}) as PlatformError;
  return systemCode(err) ?? (typeof e.data?.error === 'string' ? e.data.error : typeof e.code === 'string' ? e.code : typeof e.name === 'string' ? e.name : 'error');
};

/** A port that could not be bound, named by its variable and address. */
export function explainListenFailure(err: unknown, variable: string, host: string | undefined, port: number): Error {
  const code = systemCode(err);
  const address = `${host ?? '0.0.0.0'}:${port}`;
  if (code === 'EADDRINUSE') return new StartupError('PORT_IN_USE', `${variable}: address ${address} is already in use; stop the other process on that port or set ${variable} to a free port`);
  if (code === 'EACCES') return new StartupError('PORT_NOT_ALLOWED', `${variable}: not allowed to listen on ${address} (ports below 1024 need privileges); set ${variable} to 1024 or above`);
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * A platform that failed to start, in one line naming the variable or address and what to check.
 * Errors not recognised are passed on as they are (and printed with their stack: a bug).
 */
export function explainStartupFailure(platform: Platform, err: unknown, config: AppConfig, host?: string): Error {
  if (err instanceof StartupError) return err;
  const e = (err ?? {}) as PlatformError;
  const why = describe(err);
  const message = typeof e.message === 'string' ? e.message : '';
  if (platform === 'slack' && config.slack) {
    const api = config.slack.apiUrl ?? 'https://slack.com/api/';
    if (systemCode(err) === 'EADDRINUSE' || systemCode(err) === 'EACCES') return explainListenFailure(err, 'PORT', host, config.slack.port);
    if (REJECTED_TOKEN.test(why) || REJECTED_TOKEN.test(message)) {
      // apps.connections.open (Socket Mode) checks the app token; auth.test the bot token.
      const appToken = config.slack.appToken && /connections|socket/i.test(message);
      return appToken
        ? new StartupError('SLACK_APP_TOKEN_REJECTED', `SLACK_APP_TOKEN was rejected by Slack (${why}); check it is the app-level token (xapp-…) with connections:write from Basic Information > App-Level Tokens`)
        : new StartupError('SLACK_TOKEN_REJECTED', `SLACK_BOT_TOKEN was rejected by Slack (${why}); check it is the current Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and that the app is installed`);
    }
    if (e.code === 'slack_webapi_request_error' || e.code === 'slack_webapi_http_error' || systemCode(err)) {
      return new StartupError('SLACK_UNREACHABLE', `Slack API at ${api} could not be reached (${why}); check the network, proxy and firewall${config.slack.apiUrl ? ', and SLACK_API_URL' : ''}`);
    }
  }
  if (platform === 'discord' && config.discord) {
    const api = config.discord.apiUrl ?? 'https://discord.com/api';
    if (e.code === 'TokenInvalid' || e.status === 401 || /401|Unauthorized|TokenInvalid/.test(message)) {
      return new StartupError('DISCORD_TOKEN_REJECTED', `DISCORD_TOKEN was rejected by Discord (${why === 'error' ? '401' : why}); check it is the current bot token from Developer Portal > Bot (Reset Token gives a new one)`);
    }
    if (systemCode(err) || e.name === 'AbortError' || e.name === 'TimeoutError' || e.code === 'ABORT_ERR') {
      return new StartupError('DISCORD_UNREACHABLE', `Discord API at ${api} could not be reached or its gateway never became ready (${why}); check the network, proxy and firewall${config.discord.apiUrl ? ', and DISCORD_API_URL' : ''}`);
    }
  }
  return err instanceof Error ? err : new Error(String(err));
}
