import { isAbsolute, join, relative } from 'node:path';
import type { ReloadOutcome } from './live-knowledge';

/** Where the notice points people: the knowledge folder, the log file with every detail. */
export interface ReloadNoticeContext {
  knowledgeDir: string;
  logFile: string | null;
  /** Paths are shown relative to this folder when inside it (knowledge/frameworks/flask.yaml). */
  cwd: string;
}

const shown = (path: string, cwd: string): string => {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

/** A message's first line, cut short: a YAML syntax error carries a code excerpt after it. */
const firstLine = (message: string): string => {
  const line = message.split('\n')[0]!.trim();
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
};

/**
 * One line for a person at the terminal chat about a knowledge reload, or null when there is
 * nothing to say (the files were saved unchanged). `afterRejection`: the reload before was rejected. The log file keeps every problem: one typo in
 * flask.yaml also makes every concept that names flask invalid, 24 problems in all, which printed
 * as some 130 log lines between two prompts.
 */
export function reloadNotice(outcome: ReloadOutcome, ctx: ReloadNoticeContext, afterRejection = false): string | null {
  if (outcome.ok && outcome.changed) return `knowledge reloaded: answers now use your edit (version ${outcome.version})`;
  // Putting a broken file back as it was gives the version still served: say the files are fine again.
  if (outcome.ok) return afterRejection ? `knowledge files valid again, still serving version ${outcome.version}` : null;
  const keeping = 'still serving the last good version';
  const log = ctx.logFile ? shown(ctx.logFile, ctx.cwd) : null;
  const first = outcome.problems[0];
  if (!first) return `knowledge reload failed (unexpected error), ${keeping}${log ? ` (details in ${log})` : ''}`;
  const n = outcome.problems.length;
  const files = new Set(outcome.problems.map((p) => p.file)).size;
  const where = shown(join(ctx.knowledgeDir, first.file), ctx.cwd);
  const what = first.field ? `${first.field}: ${firstLine(first.message)}` : firstLine(first.message);
  const count = `${n} problem${n === 1 ? '' : 's'}`;
  const scope = files === 1 ? `in ${where} (${what})` : `in ${files} files, the first in ${where} (${what})`;
  return `knowledge reload rejected: ${count} ${scope}, ${keeping}${log ? ` (${n === 1 ? 'details' : 'all of them'} in ${log})` : ''}`;
}
