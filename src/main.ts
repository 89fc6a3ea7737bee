import { reportFatal } from './app/fatal';
import { loadMatcher } from './app/load-matcher';
import { configFromEnvironment } from './config/environment';
import { runTerminalChat } from './terminal/terminal-chat';

/**
 * `npm start`: reads the config, loads the knowledge (a broken file stops here, naming file and
 * field), then starts the configured platforms, or the terminal chat when none is configured.
 */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  const matcher = loadMatcher(config.knowledgeDir);
  if (!config.slack && !config.discord) {
    await runTerminalChat({
      matcher: () => matcher,
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
    });
    return;
  }
  throw new Error('Slack and Discord adapters are not built yet');
}

main().catch(reportFatal);
