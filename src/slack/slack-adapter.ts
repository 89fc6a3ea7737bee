import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { SlackConfig } from '../config/config';
import type { Adapter, FeedbackHandler, QuestionHandler, TrackWork } from '../core/adapter';
import type { ExpiringKeys } from '../core/bounded-map';
import type { Logger } from '../logging/logger';
import { createBoltLogger } from './bolt-logger';
import { registerSlackListeners } from './slack-listeners';
import { socketModeClosed } from './socket-mode-closed';

/** An extra HTTP route served next to /slack/events in HTTP mode (e.g. GET /healthz). */
export interface SlackRoute {
  path: string;
  method: string | string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface SlackAdapterConfig {
  slack: SlackConfig;
  handler: QuestionHandler;
  onFeedback?: FeedbackHandler;
  logger: Logger;
  routes?: SlackRoute[];
  /** Interface to listen on in HTTP mode (default all). */
  host?: string;
  /** Counts each question and its reply as in flight, so shutdown waits for them. */
  track?: TrackWork;
  /** Event ids already taken, shared by replicas (Redis) so a retry to another one is not answered twice. */
  claims?: ExpiringKeys;
  /** Told when the Socket Mode connection drops and comes back (for /healthz). */
  onState?: (state: SlackState) => void;
  /** How long stop() waits for Slack to answer the Socket Mode close frame (default 2000 ms). */
  socketCloseTimeoutMs?: number;
}

/** Connection states the adapter reports (Socket Mode reconnects on its own). */
export type SlackState = 'connected' | 'reconnecting';

/** The Slack connection; `port()` is the bound HTTP port in HTTP mode (useful when `port` is 0). */
export interface SlackAdapter extends Adapter {
  port(): number | null;
}

/**
 * Slack on Bolt. HTTP mode verifies every request's signature with the signing secret (Bolt does
 * it, and it is never turned off); Socket Mode needs no public URL. With `apiUrl` set, every Web
 * API call, including the auth.test Bolt makes at start-up, goes there instead of slack.com.
 */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  const { slack, logger } = config;
  const boltLogger = createBoltLogger(logger);
  // Without a short retry policy a wrong token or unreachable API would stall start-up for
  // minutes while the client retries; rate limits (429) are still waited out.
  const clientOptions = {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl.endsWith('/') ? slack.apiUrl : `${slack.apiUrl}/` } : {}),
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
  };
  const receiver: Receiver = slack.appToken
    ? new SocketModeReceiver({ appToken: slack.appToken, logger: boltLogger, installerOptions: { clientOptions } })
    : new HTTPReceiver({
        signingSecret: slack.signingSecret,
        endpoints: '/slack/events',
        logger: boltLogger,
        customRoutes: config.routes ?? [],
      });
  const app = new App({
    token: slack.botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
  });
  if (receiver instanceof SocketModeReceiver && config.onState) {
    const onState = config.onState;
    receiver.client.on('connected', () => onState('connected'));
    receiver.client.on('reconnecting', () => onState('reconnecting'));
  }
  registerSlackListeners(app, { command: slack.command, handler: config.handler, onFeedback: config.onFeedback, logger, track: config.track, claims: config.claims });
  app.error(async (error) => {
    logger.error({ err: error, platform: 'slack' }, 'slack listener failed');
  });

  let server: Server | null = null;
  return {
    platform: 'slack',
    async start() {
      // init() calls auth.test, so a wrong token fails here with Slack's error, not later.
      await app.init();
      if (slack.appToken) {
        await app.start();
        logger.info({ platform: 'slack', mode: 'socket' }, 'slack connected');
      } else {
        server = (await app.start({ port: slack.port, host: config.host })) as Server;
        logger.info({ platform: 'slack', mode: 'http', port: (server.address() as AddressInfo).port }, 'slack listening');
      }
    },
    async stop() {
      const socketClosed = receiver instanceof SocketModeReceiver ? socketModeClosed(receiver.client, config.socketCloseTimeoutMs ?? 2000) : null;
      const stopped = app.stop().catch((err: unknown) => logger.warn({ err, platform: 'slack' }, 'slack stop failed'));
      // Idle keep-alive connections (Slack's, a load balancer's) would hold close() open for
      // seconds. Replies in flight are already finished: the app drains before stopping adapters.
      server?.closeAllConnections();
      await stopped;
      await socketClosed;
      server = null;
    },
    port: () => (server?.address() as AddressInfo | null)?.port ?? null,
  };
}
