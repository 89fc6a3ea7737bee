import { reportFatal } from '../app/fatal';
import { startApp } from '../app/run-app';
import { stopOnSignals } from '../app/signals';
import { configFromEnvironment } from '../config/environment';
import { createLogger } from '../logging/logger';

/**
 * One Discord shard, spawned by `npm run start:sharded`. discord.js reads the shard ids and count
 * the ShardingManager passes in the environment, so this is the normal app with Discord only:
 * Slack runs once, elsewhere, and /healthz is served by the manager for all shards.
 */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  const logger = createLogger({ level: config.logLevel, pretty: false }).child({ shards: process.env.SHARDS ?? null });
  // The manager's SHARDS and SHARD_COUNT name this process's shard; DISCORD_SHARDS (the manager's slice) must not override them.
  const discord = config.discord && { ...config.discord, shards: null };
  const app = await startApp({ config: { ...config, slack: null, discord }, logger, serveHealth: false });
  stopOnSignals({ app, logger });
}

main().catch(reportFatal);
