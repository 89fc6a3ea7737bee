import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { SlackConfig } from '../config/config';
import type { Adapter, FeedbackHandler, QuestionHandler, TrackWork } from '../core/adapter';
import type { ExpiringKeys } from '../core/bounded-map';
import { createDelivery, type Delivery } from '../delivery/delivery';
import type { Logger } from '../logging/logger';
import { createRateLimitedLog } from '../logging/rate-limited-log';
import { createBoltLogger } from './bolt-logger';
import { createSlackHttpServer, DEFAULT_SLACK_HTTP_LIMITS, type SlackHttpLimits, type SlackHttpServer } from './slack-http-server';
import { registerSlackListeners } from './slack-listeners';
import { socketModeClosed } from './socket-mode-closed';

/** Where Slack sends slash commands, events and button clicks in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';

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
  /** Bounds on requests before their signature is checked (HTTP mode). */
  limits?: Partial<SlackHttpLimits>;
  /** Retries and dead letters for replies. */
  delivery?: Delivery;
  /** Longest wait for one Slack API call or response_url post (default 10 s). */
  requestTimeoutMs?: number;
  /** At stop, how long requests already received may take to be answered (default 10 s). */
  drainTimeoutMs?: number;
  /** How often the count of rejected requests is logged (default 60 s). */
  rejectedLogIntervalMs?: number;
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
  const limits = { ...DEFAULT_SLACK_HTTP_LIMITS, ...config.limits };
  const rejected = createRateLimitedLog({ logger, msg: 'slack requests rejected before verification', intervalMs: config.rejectedLogIntervalMs });
  const boltLogger = createBoltLogger(logger, rejected);
  const requestTimeoutMs = config.requestTimeoutMs ?? 10_000;
  // The client does not retry or wait out rate limits itself: its 429 handling pauses every call
  // (a Retry-After of 20 s on one channel held up all replies). Replies are retried per channel
  // by `delivery`; a wrong token or unreachable API fails start-up at once. Every call has a
  // timeout: a hung API was waited on forever.
  const clientOptions = {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl.endsWith('/') ? slack.apiUrl : `${slack.apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: requestTimeoutMs,
  };
  const httpReceiver = slack.appToken
    ? null
    : new HTTPReceiver({
        signingSecret: slack.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        logger: boltLogger,
        customRoutes: config.routes ?? [],
        bodyLimit: limits.maxBodyBytes,
      });
  const receiver: Receiver = httpReceiver ?? new SocketModeReceiver({ appToken: slack.appToken!, logger: boltLogger, installerOptions: { clientOptions } });
  const app = new App({
    token: slack.botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    // Bolt's conversation store is unused (whichpy keeps its own, shared by replicas); its default
    // in-memory one rejects with a new Error (a stack trace) for every request it has not seen.
    convoStore: false,
  });
  if (receiver instanceof SocketModeReceiver && config.onState) {
    const onState = config.onState;
    receiver.client.on('connected', () => onState('connected'));
    receiver.client.on('reconnecting', () => onState('reconnecting'));
  }
  const delivery = config.delivery ?? createDelivery({ logger });
  // Event de-duplication (claims) lives in the listeners, so it covers both our own HTTP server
  // (slack-http-server.ts hands requests to Bolt) and Socket Mode.
  registerSlackListeners(app, { command: slack.command, handler: config.handler, onFeedback: config.onFeedback, logger, track: config.track, delivery, requestTimeoutMs, claims: config.claims });
  app.error(async (error) => {
    logger.error({ err: error, platform: 'slack' }, 'slack listener failed');
  });

  let server: SlackHttpServer | null = null;
  return {
    platform: 'slack',
    async start() {
      // init() calls auth.test, so a wrong token fails here with Slack's error, not later.
      await app.init();
      if (!httpReceiver) {
        await app.start();
        logger.info({ platform: 'slack', mode: 'socket' }, 'slack connected');
        return;
      }
      // Our own bounded server in front of Bolt's request handling (see slack-http-server.ts).
      server = createSlackHttpServer({ listener: httpReceiver.requestListener, endpoint: SLACK_EVENTS_PATH, limits, rejected });
      const port = await server.listen(slack.port, config.host);
      logger.info({ platform: 'slack', mode: 'http', port }, 'slack listening');
    },
    async stop() {
      if (server) {
        // Every request already received is answered (those after the drain get the
        // "restarting" notice); idle keep-alive connections close at once.
        const answered = await server.close(config.drainTimeoutMs ?? 10_000);
        if (!answered) logger.warn({ platform: 'slack', active: server.active }, 'closed slack connections with requests unanswered');
        server = null;
      } else {
        const socketClosed = receiver instanceof SocketModeReceiver ? socketModeClosed(receiver.client, config.socketCloseTimeoutMs ?? 2000) : null;
        await app.stop().catch((err: unknown) => logger.warn({ err, platform: 'slack' }, 'slack stop failed'));
        await socketClosed;
      }
      rejected.flush();
    },
    port: () => server?.port() ?? null,
  };
}
