import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMatcher } from '../app/load-matcher';
import { reportFatal } from '../app/fatal';
import { createGapLog, type GapLog } from '../app/gap-log';
import { recordIfGap } from '../app/gap-recorder';
import { configFromEnvironment } from '../config/environment';
import { toAnswerJson } from '../core/answer';
import { createConversationMemory } from '../core/conversation';
import { createConversationFile } from './conversation-file';
import { renderText } from '../render/render-text';
import { readLines } from './read-lines';

const USAGE = `usage: npm run --silent ask -- [--json] [--conversation ID] [--] "question"
       some-command | npm run --silent ask [-- --conversation ID]   (one question per line in, one JSON answer per line out)
Without --conversation every question stands alone; with it, follow-ups ("and for async?") use what came before.`;

/**
 * Splits the arguments into flags and the question words. Unknown flags are an error rather than
 * part of the question (`--bogus` used to be answered as a question); a question that starts with
 * a dash goes after `--`: `npm run ask -- -- "-5 reasons to pick flask"`.
 */
function parseAskArgs(args: string[]): { json: boolean; help: boolean; conversation: string | null; question: string } {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, conversation: { type: 'string' } },
  });
  return { json: values.json ?? false, help: values.help ?? false, conversation: values.conversation ?? null, question: positionals.join(' ') };
}

/** Bad usage: what was wrong and the usage on stderr, exit code 2 (the shells' "misuse" code). */
function usageError(err: unknown): void {
  const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.error(`ask: ${reason}\n${USAGE}`);
  process.exitCode = 2;
}

async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

/**
 * The gap log under DATA_DIR, so a question `ask` could not answer shows in `npm run report`
 * (platform "cli"). A one-off question must still be answered when DATA_DIR is not writable.
 */
function openGapLog(dataDir: string): GapLog | undefined {
  try {
    return createGapLog({ file: join(dataDir, 'gaps.jsonl') });
  } catch {
    return undefined;
  }
}

/** `npm run ask`: one question from the arguments, or a batch from stdin. */
async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseAskArgs>;
  try {
    parsed = parseAskArgs(process.argv.slice(2));
  } catch (err) {
    usageError(err);
    return;
  }
  const { json, conversation, question } = parsed;
  if (parsed.help) {
    console.log(USAGE);
    return;
  }
  const config = configFromEnvironment();
  const matcher = loadMatcher(config.knowledgeDir);
  const gapLog = openGapLog(config.dataDir);
  try {
    await answerAll({ matcher, json, conversation, question, gapLog, config });
  } finally {
    await gapLog?.close();
  }
}

interface AskRun {
  matcher: ReturnType<typeof loadMatcher>;
  json: boolean;
  conversation: string | null;
  question: string;
  gapLog: GapLog | undefined;
  config: ReturnType<typeof configFromEnvironment>;
}

async function answerAll({ matcher, json, conversation, question, gapLog, config }: AskRun): Promise<void> {
  if (question.length === 0 && !process.stdin.isTTY) {
    // A batch is one conversation when an id is given, and stateless otherwise.
    const memory = createConversationMemory({ ttlMs: config.conversationTtlMs });
    for await (const line of readLines(process.stdin)) {
      const answer = matcher.answer(line, conversation ? memory.get(conversation) : null);
      if (conversation) memory.remember(conversation, answer);
      recordIfGap(gapLog, 'cli', line, answer);
      await writeLine(JSON.stringify(toAnswerJson(answer)));
    }
    return;
  }
  const store = conversation ? createConversationFile(join(config.dataDir, 'cli-conversations.json'), config.conversationTtlMs) : null;
  const answer = matcher.answer(question, store?.get(conversation!) ?? null);
  if (store) store.remember(conversation!, answer);
  recordIfGap(gapLog, 'cli', question, answer);
  await writeLine(json ? JSON.stringify(toAnswerJson(answer), null, 2) : renderText(answer, { width: process.stdout.isTTY ? process.stdout.columns : undefined }));
}

main().catch(reportFatal);
