import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { AppConfig } from '../config/config';
import { createLogger, type Logger } from '../logging/logger';
import { runTerminalChat } from '../terminal/terminal-chat';
import { createGapLog } from './gap-log';
import { recordIfGap } from './gap-recorder';
import { createLiveKnowledge } from './live-knowledge';
import { reloadNotice } from './reload-notice';

/** Where the terminal chat runs: the terminal's streams, or test streams. */
export interface TerminalRunConfig {
  config: AppConfig;
  input: Readable;
  output: Writable;
  interactive: boolean;
  compiledKnowledge?: string;
}

/**
 * The terminal chat with live knowledge, when no platform is configured. The screen is for
 * answers: log lines go to DATA_DIR/whichpy.log, and a knowledge reload shows as one line
 * ("knowledge reload rejected: 1 problem in knowledge/frameworks/flask.yaml (…), still serving
 * the last good version") instead of a pretty-printed log entry per problem between prompts.
 */
export async function runTerminal(run: TerminalRunConfig): Promise<void> {
  const { config } = run;
  const logFile = join(config.dataDir, 'whichpy.log');
  const gapFile = join(config.dataDir, 'gaps.jsonl');
  let logger: Logger;
  try {
    logger = createLogger({ level: config.logLevel, pretty: false, file: logFile });
  } catch (err) {
    // DATA_DIR is not a writable folder: the gap log says so in one line naming DATA_DIR
    // (DATA_DIR_UNWRITABLE) rather than the log file's bare ENOTDIR.
    await createGapLog({ file: gapFile }).close();
    throw err;
  }
  // Unanswered questions go to the gap log (platform "terminal") so a maintainer can try the
  // whole loop locally: ask, `npm run report -- --platform terminal`, edit knowledge/, ask again.
  const gapLog = createGapLog({ file: gapFile, maxBytes: config.gapLogMaxBytes, logger });
  let show: (line: string) => void = () => undefined;
  let rejected = false;
  // Edits to knowledge/ take effect in the chat too, so a maintainer can try them at once.
  const knowledge = createLiveKnowledge({
    dir: config.knowledgeDir,
    logger,
    watch: true,
    compiledFile: run.compiledKnowledge,
    onReload: (outcome) => {
      const notice = reloadNotice(outcome, { knowledgeDir: config.knowledgeDir, logFile, cwd: process.cwd() }, rejected);
      rejected = !outcome.ok;
      if (notice) show(notice);
    },
  });
  try {
    await runTerminalChat({
      onAnswer: (question, answer) => recordIfGap(gapLog, 'terminal', question, answer),
      matcher: () => knowledge.matcher(),
      input: run.input,
      output: run.output,
      interactive: run.interactive,
      conversationTtlMs: config.conversationTtlMs,
      notices: (fn) => (show = fn),
    });
  } finally {
    knowledge.close();
    await gapLog.close();
  }
}
