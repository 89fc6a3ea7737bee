import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';
import type { Adapter, TrackWork } from '../core/adapter';
import { createDiscordAdapter } from '../discord/discord-adapter';
import type { Logger } from '../logging/logger';
import { createSlackAdapter, type SlackAdapter } from '../slack/slack-adapter';
import { createDelivery } from '../delivery/delivery';
import { createStore } from '../store/create-store';
import { createDeadLetterFile } from './dead-letters';
import { explainListenFailure, explainStartupFailure } from './explain-startup';
import { createFeedbackHandler } from './feedback';
import { createGapLog } from './gap-log';
import { createHealth, startHealthServer, type Health } from './health';
import { createInFlight } from './in-flight';
import { createLiveKnowledge, type LiveKnowledge } from './live-knowledge';
import { createQuestionHandler } from './question-handler';

/** Where /healthz listens when Slack serves no HTTP and HEALTH_PORT is unset. */
export const DEFAULT_HEALTH_PORT = 8080;
/** How long start-up waits for Redis before starting degraded (answering without shared state). */
const STORE_READY_TIMEOUT_MS = 3000;

/** How to run the bot: the validated config plus process-level choices. */
export interface RunAppConfig {
  config: AppConfig;
  logger: Logger;
  /** Interface the HTTP servers bind (default all; tests use 127.0.0.1). */
  host?: string;
  /** Longest wait for replies in flight at shutdown (default 10 s). */
  drainTimeoutMs?: number;
  /** Longest wait for one platform API call (default 10 s; tests use less to see a hang). */
  requestTimeoutMs?: number;
  /** Backoff of reply retries (default 500 ms, doubled per try, with jitter; tests use less). */
  retryBaseDelayMs?: number;
  /** Reload knowledge when its files change (default true). */
  watchKnowledge?: boolean;
  /** The build's compiled knowledge (dist/knowledge.compiled.json), used when it matches the files. */
  compiledKnowledge?: string;
  /** Serve /healthz (default true; shard processes leave it to their manager). */
  serveHealth?: boolean;
  /** How long Discord may take to become ready (default 30 s). */
  discordReadyTimeoutMs?: number;
  /** Longest wait for one Redis command (default 200 ms). */
  storeCommandTimeoutMs?: number;
  /** How long start-up waits for Redis before starting degraded (default 3 s). */
  storeReadyTimeoutMs?: number;
}

/** The running bot, as main.ts and the tests drive it. */
export interface RunningApp {
  health: Health;
  knowledge: LiveKnowledge;
  /** Slack's HTTP port (null unless Slack runs in HTTP mode). */
  slackPort(): number | null;
  /** The port /healthz answers on, or null when health is not served. */
  healthPort(): number | null;
  /**
   * Graceful stop (idempotent): health turns 503 at once; questions are still answered for
   * `graceMs` (default the config's SHUTDOWN_GRACE_SECONDS) so a load balancer can take the
   * replica out; then new questions get "restarting", every request received is answered,
   * replies in flight finish (or become dead letters), and the platforms disconnect.
   * True when nothing was cut off.
   */
  stop(options?: { graceMs?: number }): Promise<boolean>;
  /** Reopens the gap log by name (SIGHUP, after logrotate moved it). */
  reopenLogs(): void;
}

/**
 * Starts every configured platform in this process around one shared question handler, with
 * live knowledge, the gap log, cooldown, conversation memory and /healthz. A platform that fails
 * to start (wrong token, unreachable API) stops the rest and rejects, so the process exits non-zero.
 */
export async function startApp(options: RunAppConfig): Promise<RunningApp> {
  const { config, logger } = options;
  // First: an unwritable DATA_DIR stops start-up here, naming it, before anything holds the process open.
  const fileGapLog = createGapLog({ file: join(config.dataDir, 'gaps.jsonl'), maxBytes: config.gapLogMaxBytes, logger });
  const knowledge = createLiveKnowledge({ dir: config.knowledgeDir, logger, watch: options.watchKnowledge ?? true, compiledFile: options.compiledKnowledge });
  const delivery = createDelivery({
    logger,
    policy: { windowMs: config.replyRetryWindowMs, ...(options.retryBaseDelayMs !== undefined ? { baseDelayMs: options.retryBaseDelayMs } : {}) },
    deadLetters: createDeadLetterFile(join(config.dataDir, 'dead-letters.jsonl'), logger),
  });
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  // Cooldown, conversations, de-duplication and gaps: in memory, or shared through Redis (the gap
  // log file above then holds what is recorded while Redis is away).
  const store = createStore({ config, logger, commandTimeoutMs: options.storeCommandTimeoutMs, gapLog: fileGapLog });
  const { gapLog } = store;
  const inFlight = createInFlight();
  const health = createHealth(() => knowledge.version(), () => store.status());
  const matcher = () => knowledge.matcher();
  const handler = createQuestionHandler({
    matcher,
    logger,
    cooldown: store.cooldown,
    gapLog,
    conversations: store.conversations,
    accepting: () => inFlight.accepting,
  });
  const onFeedback = createFeedbackHandler({ matcher, gapLog, logger });
  const track: TrackWork = (work) => inFlight.run(work);
  const serveHealth = options.serveHealth ?? true;
  const slackServesHttp = Boolean(config.slack && !config.slack.appToken);

  const adapters: Adapter[] = [];
  let slack: SlackAdapter | null = null;
  if (config.slack) {
    slack = createSlackAdapter({
      slack: config.slack,
      handler,
      onFeedback,
      logger,
      track,
      claims: store.keys('slack-events'),
      host: options.host,
      routes: serveHealth && slackServesHttp ? [{ path: '/healthz', method: ['GET', 'HEAD'], handler: (req, res) => health.handle(req, res) }] : [],
      onState: (state) => health.setPlatform('slack', state),
      delivery,
      requestTimeoutMs: options.requestTimeoutMs,
      drainTimeoutMs,
    });
    adapters.push(slack);
  }
  if (config.discord) {
    adapters.push(
      createDiscordAdapter({
        discord: config.discord,
        handler,
        onFeedback,
        logger,
        track,
        claims: store.keys('discord-messages'),
        chains: store.keys('discord-chains'),
        readyTimeoutMs: options.discordReadyTimeoutMs,
        onState: (state) => health.setPlatform('discord', state),
        delivery,
        requestTimeoutMs: options.requestTimeoutMs,
      }),
    );
  }

  // Its own health server comes up first, so an orchestrator sees 503 "starting", not a refused port.
  const ownHealthPort = !serveHealth ? null : (config.healthPort ?? (slackServesHttp ? null : DEFAULT_HEALTH_PORT));
  let healthServer: Server | null = null;
  const closeAll = async () => {
    await Promise.all(adapters.map((a) => a.stop().catch((err: unknown) => logger.warn({ err, platform: a.platform }, 'stopping a platform failed'))));
    for (const a of adapters) health.setPlatform(a.platform, 'stopped');
    if (healthServer) await new Promise<void>((resolve) => healthServer!.close(() => resolve()));
    knowledge.close();
    // The store first (gap entries under way to Redis land, or fall back to the file), then the file.
    await store.close();
    await fileGapLog.close();
  };

  try {
    if (ownHealthPort !== null) {
      healthServer = await startHealthServer(health, ownHealthPort, options.host).catch((err: unknown) => {
        throw explainListenFailure(err, config.healthPort === null ? `HEALTH_PORT (unset, so the default ${DEFAULT_HEALTH_PORT})` : 'HEALTH_PORT', options.host, ownHealthPort);
      });
    }
    // A replica that starts while Redis is away still starts (degraded) and joins once it is back.
    await store.ready(options.storeReadyTimeoutMs ?? STORE_READY_TIMEOUT_MS);
    for (const a of adapters) health.setPlatform(a.platform, 'starting');
    await Promise.all(
      adapters.map(async (a) => {
        try {
          await a.start();
          health.setPlatform(a.platform, 'connected');
        } catch (err) {
          health.setPlatform(a.platform, 'failed');
          throw explainStartupFailure(a.platform, err, config, options.host);
        }
      }),
    );
  } catch (err) {
    await closeAll();
    throw err;
  }
  logger.info({ platforms: adapters.map((a) => a.platform), knowledgeVersion: knowledge.version(), store: store.status() }, 'whichpy started');

  let stopping: Promise<boolean> | null = null;
  return {
    health,
    knowledge,
    slackPort: () => slack?.port() ?? null,
    healthPort: () => (healthServer ? (healthServer.address() as AddressInfo).port : serveHealth && slackServesHttp ? (slack?.port() ?? null) : null),
    stop(stopOptions = {}) {
      stopping ??= (async () => {
        health.setStopping();
        const graceMs = stopOptions.graceMs ?? config.shutdownGraceMs;
        if (graceMs > 0) {
          logger.info({ graceMs }, 'shutting down: health is 503, still answering during the grace period');
          await new Promise((r) => setTimeout(r, graceMs));
        }
        logger.info({ inFlight: inFlight.count }, 'shutting down: finishing replies in flight');
        let drained = await inFlight.drain(drainTimeoutMs);
        if (!drained) {
          // Replies still retrying are kept as dead letters rather than cut off unrecorded.
          delivery.abandon();
          drained = await inFlight.drain(1_000);
          if (!drained) logger.warn({ inFlight: inFlight.count }, 'gave up waiting for replies in flight');
        }
        for (const a of adapters) health.setPlatform(a.platform, 'stopping');
        await closeAll();
        logger.info({ drained }, 'whichpy stopped');
        return drained;
      })();
      return stopping;
    },
    // The file, also with Redis: it is where gaps go while Redis is away.
    reopenLogs: () => fileGapLog.reopen(),
  };
}
