import { join } from 'node:path';
import { reportFatal } from './app/fatal';
import { createGapLog } from './app/gap-log';
import { recordIfGap } from './app/gap-recorder';
import { createLiveKnowledge } from './app/live-knowledge';
import { startApp } from './app/run-app';
import { stopOnSignals } from './app/signals';
import { configFromEnvironment } from './config/environment';
import { createLogger } from './logging/logger';
import { runTerminalChat } from './terminal/terminal-chat';

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
  const logger = createLogger({ level: config.logLevel, pretty: Boolean(process.stdout.isTTY) });
  if (!config.slack && !config.discord) {
    // Unanswered questions go to the gap log (platform "terminal") so a maintainer can try the
    // whole loop locally: ask, `npm run report -- --platform terminal`, edit knowledge/, ask again.
    const gapLog = createGapLog({ file: join(config.dataDir, 'gaps.jsonl'), maxBytes: config.gapLogMaxBytes, logger });
    // Edits to knowledge/ take effect in the chat too, so a maintainer can try them at once.
    const knowledge = createLiveKnowledge({ dir: config.knowledgeDir, logger, watch: true, compiledFile: COMPILED_KNOWLEDGE });
    await runTerminalChat({
      onAnswer: (question, answer) => recordIfGap(gapLog, 'terminal', question, answer),
      matcher: () => knowledge.matcher(),
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      conversationTtlMs: config.conversationTtlMs,
    });
    knowledge.close();
    await gapLog.close();
    return;
  }
  const app = await startApp({ config, logger, compiledKnowledge: COMPILED_KNOWLEDGE });
  stopOnSignals({ app, logger });
}

main().catch((err: unknown) => {
  reportFatal(err);
  // Exit now: a half-started process (a file watcher, a socket) must not hang around unhealthy.
  process.exit(1);
});
