import { join } from 'node:path';
import { reportFatal } from './app/fatal';
import { startApp } from './app/run-app';
import { runTerminal } from './app/run-terminal';
import { stopOnSignals } from './app/signals';
import { configFromEnvironment } from './config/environment';
import { createLogger } from './logging/logger';

// `npm run build` writes the compiled knowledge next to the compiled code (dist/); under tsx
// (npm start) there is none beside src/main.ts, and the YAML is loaded and the classifier trained.
const COMPILED_KNOWLEDGE = join(__dirname, 'knowledge.compiled.json');

/**
 * `npm start` (or `node dist/main.js`): reads the config once, loads the knowledge (a broken file
 * stops here, naming file and field), then starts every configured platform in this process, or
 * the terminal chat when none is configured.
 */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  if (!config.slack && !config.discord) {
    await runTerminal({ config, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), compiledKnowledge: COMPILED_KNOWLEDGE });
    return;
  }
  const logger = createLogger({ level: config.logLevel, pretty: Boolean(process.stdout.isTTY) });
  const app = await startApp({ config, logger, compiledKnowledge: COMPILED_KNOWLEDGE });
  stopOnSignals({ app, logger });
}

/** Starts the bot; a start-up failure is reported and the process exits 1. */
export function start(): void {
  main().catch((err: unknown) => {
    reportFatal(err);
    // Exit now: a half-started process (a file watcher, a socket) must not hang around unhealthy.
    process.exit(1);
  });
}

// Run as the entry (`npm start`, tsc's output) it starts at once; loaded by the production
// launcher (dist/main.js loads dist/main.bundle.js) it waits for start(), so the build can load
// the bundle to warm the compile cache without starting the bot.
if (require.main === module) start();
