import { reportFatal } from '../app/fatal';
import { ConfigError } from '../config/config';
import { configFromEnvironment } from '../config/environment';
import { registerCommands } from './discord-rest';

/** `npm run discord:register`: registers /whichpy globally, or in DISCORD_GUILD_ID only. */
async function main(): Promise<void> {
  const { discord } = configFromEnvironment();
  if (!discord) throw new ConfigError({ variable: 'DISCORD_TOKEN', message: 'is required to register commands (Developer Portal > Bot > Reset Token)' });
  if (!discord.applicationId) throw new ConfigError({ variable: 'DISCORD_APPLICATION_ID', message: 'is required to register commands (Developer Portal > General Information > Application ID)' });
  const done = await registerCommands({ ...discord, applicationId: discord.applicationId });
  console.log(
    done.scope === 'guild'
      ? `Registered ${done.names.map((n) => `/${n}`).join(', ')} in server ${discord.guildId} (usable now).`
      : `Registered ${done.names.map((n) => `/${n}`).join(', ')} globally (Discord may take up to an hour to show it everywhere).`,
  );
}

main().catch(reportFatal);
