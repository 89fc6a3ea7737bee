import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../config/config';
import { WHICHPY_COMMAND } from './commands';

/** A REST client for the bot, pointed at DISCORD_API_URL when set (a proxy, or a test fake). */
function restFor(discord: DiscordConfig): REST {
  return new REST(discord.apiUrl ? { api: discord.apiUrl.replace(/\/$/, '') } : {}).setToken(discord.token);
}

/** Where the commands went: one server (instant) or every server (global, may take a while to show). */
export interface RegisteredCommands {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Registers `/whichpy` with Discord, for one guild when DISCORD_GUILD_ID is set, globally
 * otherwise. Registration replaces the app's command list, so running it twice is harmless.
 */
export async function registerCommands(discord: DiscordConfig & { applicationId: string }): Promise<RegisteredCommands> {
  const route = discord.guildId ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId) : Routes.applicationCommands(discord.applicationId);
  const result = (await restFor(discord).put(route, { body: [WHICHPY_COMMAND] })) as Array<{ name: string }>;
  return { scope: discord.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}

/** Discord's recommended shard count for this bot (GET /gateway/bot), for the sharded entry point. */
export async function recommendedShardCount(discord: DiscordConfig): Promise<number> {
  const { shards } = (await restFor(discord).get(Routes.gatewayBot())) as { shards: number };
  return shards;
}
