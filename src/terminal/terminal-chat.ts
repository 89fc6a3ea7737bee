import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../core/answer';
import { createConversationMemory } from '../core/conversation';
import type { Matcher } from '../core/matcher';
import { renderText } from '../render/render-text';
import { exampleQuestions } from '../core/compose/compose-guide';

/** Where the terminal chat reads and writes; tests pass in-memory streams. */
export interface TerminalChatConfig {
  matcher: () => Matcher;
  input: Readable;
  output: Writable;
  /** Show a prompt and the welcome text (true for a real terminal). */
  interactive: boolean;
  /** How long the session remembers context for follow-ups (default 15 minutes). */
  conversationTtlMs?: number;
  /** Told every question and its answer (run-terminal puts unanswered ones in the gap log). */
  onAnswer?: (question: string, answer: Answer) => void;
  /**
   * Called once with a function that shows a one-line notice (a knowledge reload) between
   * answers: in a terminal above the prompt, keeping what the person was typing.
   */
  notices?: (show: (line: string) => void) => void;
}

/** The greeting, naming the frameworks the loaded knowledge covers (never a list kept in code). */
function welcome(matcher: Matcher): string {
  const names = matcher.knowledge.frameworks.map((f) => f.name);
  const examples = exampleQuestions(matcher.knowledge)
    .slice(0, 3)
    .map((e) => `"${e.question}"`)
    .join(', ');
  return `whichpy: ask me about Python web frameworks (${names.join(', ')}).\nExamples: ${examples}\nType "help" for more, "exit" or Ctrl-D to leave.`;
}

/** The terminal's width, for wrapping answers; undefined for pipes and files. */
const columnsOf = (output: Writable): number | undefined => (output as Writable & { columns?: number }).columns || undefined;

/**
 * The embedded default: a chat in the terminal, used when no platform is configured.
 * Resolves when the input ends or the person types exit/quit.
 */
export function runTerminalChat(config: TerminalChatConfig): Promise<void> {
  const { input, output, interactive } = config;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  if (interactive) {
    output.write(`${welcome(config.matcher())}\n\n`);
    rl.setPrompt('you> ');
    rl.prompt();
  }
  // The whole session is one conversation, so "and for async?" follows on from the last answer.
  const memory = createConversationMemory({ ttlMs: config.conversationTtlMs, maxConversations: 1 });
  let closed = false;
  config.notices?.((line) => {
    if (closed) return;
    if (!interactive) {
      output.write(`${line}\n`);
      return;
    }
    clearLine(output, 0);
    cursorTo(output, 0);
    output.write(`${line}\n`);
    rl.prompt(true);
  });
  return new Promise((resolvePromise) => {
    // readline still emits lines it had buffered after close(), so "exit" must stop them here.
    let leaving = false;
    rl.on('line', (line) => {
      if (leaving) return;
      if (/^\s*(exit|quit|bye|:q)\s*$/i.test(line)) {
        leaving = true;
        rl.close();
        return;
      }
      const answer = config.matcher().answer(line, memory.get('terminal'));
      memory.remember('terminal', answer);
      config.onAnswer?.(line, answer);
      output.write(`\n${renderText(answer, { width: interactive ? columnsOf(output) : undefined })}\n\n`);
      if (interactive) rl.prompt();
    });
    rl.on('close', () => {
      closed = true;
      if (interactive) output.write('\nbye!\n');
      resolvePromise();
    });
  });
}
