import type { Server } from 'node:http';
import { join } from 'node:path';
import { ShardingManager, type Shard } from 'discord.js';
import { reportFatal } from '../app/fatal';
import { createHealth, startHealthServer } from '../app/health';
import { createLiveKnowledge } from '../app/live-knowledge';
import { DEFAULT_HEALTH_PORT } from '../app/run-app';
import { ConfigError } from '../config/config';
import { configFromEnvironment } from '../config/environment';
import { createLogger } from '../logging/logger';
import { recommendedShardCount } from './discord-rest';

/** Longest wait for the shards to stop on SIGTERM before they are killed. */
const STOP_TIMEOUT_MS = 15_000;

/**
 * `npm run start:sharded`: for bots in more than 2,500 servers, where Discord requires sharding.
 * Asks Discord (through DISCORD_API_URL when set) how many shards to run, spawns one process per
 * shard with discord.js's ShardingManager (respawning any that die), and serves /healthz for all
 * of them: 200 only while every shard is connected.
 */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  const logger = createLogger({ level: config.logLevel, pretty: Boolean(process.stdout.isTTY) });
  if (!config.discord) throw new ConfigError({ variable: 'DISCORD_TOKEN', message: 'is required for the sharded entry point (npm run start:sharded)' });
  if (config.slack) logger.warn('start:sharded runs Discord only; run Slack with `npm start` in a process without DISCORD_TOKEN');

  const knowledge = createLiveKnowledge({ dir: config.knowledgeDir, logger, watch: true });
  const health = createHealth(() => knowledge.version());
  // DISCORD_SHARD_COUNT and DISCORD_SHARDS split the bot over machines: each runs its slice, and
  // they share cooldown, conversations and message claims through REDIS_URL.
  const totalShards = config.discord.shards?.count ?? (await recommendedShardCount(config.discord));
  const shardList = config.discord.shards?.ids ?? [...Array(totalShards).keys()];
  if (config.discord.shards && !config.redis) logger.warn('DISCORD_SHARDS is set without REDIS_URL: each process keeps its own cooldown and conversations');
  const compiled = __filename.endsWith('.js');
  const manager = new ShardingManager(join(__dirname, compiled ? 'shard.js' : 'shard.ts'), {
    token: config.discord.token,
    totalShards,
    shardList,
    respawn: true,
    // Run from source, each shard needs tsx's loader too; compiled JavaScript needs nothing.
    execArgv: compiled ? [] : ['--import', 'tsx'],
  });

  const states = new Map<number, 'starting' | 'connected' | 'reconnecting'>();
  const report = () => {
    const all = [...states.values()];
    health.setPlatform('discord', all.length === shardList.length && all.every((s) => s === 'connected') ? 'connected' : all.includes('reconnecting') ? 'reconnecting' : 'starting');
  };
  manager.on('shardCreate', (shard: Shard) => {
    states.set(shard.id, 'starting');
    report();
    shard.on('ready', () => (states.set(shard.id, 'connected'), report()));
    shard.on('disconnect', () => (states.set(shard.id, 'reconnecting'), report()));
    shard.on('reconnecting', () => (states.set(shard.id, 'reconnecting'), report()));
    shard.on('death', () => {
      logger.error({ shard: shard.id }, 'shard process died; respawning');
      states.set(shard.id, 'reconnecting');
      report();
    });
  });

  const server: Server = await startHealthServer(health, config.healthPort ?? DEFAULT_HEALTH_PORT);
  logger.info({ totalShards, shards: shardList, healthPort: config.healthPort ?? DEFAULT_HEALTH_PORT }, 'spawning shards');
  await manager.spawn({ amount: totalShards, timeout: 60_000 });
  logger.info({ totalShards }, 'all shards ready');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stop requested; stopping shards');
    health.setStopping();
    manager.respawn = false;
    // Each shard drains its own replies in flight on SIGTERM, then exits 0.
    const exits = [...manager.shards.values()].map((shard) => new Promise<void>((resolve) => {
      if (!shard.process || shard.process.exitCode !== null) return resolve();
      shard.process.once('exit', () => resolve());
      shard.process.kill('SIGTERM');
    }));
    const timer = setTimeout(() => {
      logger.warn('shards did not stop in time; killing them');
      for (const shard of manager.shards.values()) shard.kill();
    }, STOP_TIMEOUT_MS);
    await Promise.all(exits);
    clearTimeout(timer);
    server.close();
    knowledge.close();
    logger.info('whichpy stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  reportFatal(err);
  // The health server or shards may be up already; a failed start must not linger half-alive.
  process.exit(1);
});
