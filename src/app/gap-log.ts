import { mkdirSync, openSync, readFileSync, writeSync, closeSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';

/** Why a question is in the gap log. */
export type GapKind = 'unanswered' | 'unhelpful';

/** One line of the gap log. No user ids are stored: the question and our reading are enough. */
export interface GapEntry {
  at: string;
  kind: GapKind;
  platform: string;
  question: string;
  intent: string;
  frameworks: string[];
  topic: string | null;
  confidence: number;
  /** The answer's title, so a maintainer sees what the bot said. */
  answer: string;
}

export interface GapLog {
  record(entry: Omit<GapEntry, 'at'>): void;
  close(): void;
}

/** The longest question kept; longer ones are cut so one line stays one small write. */
const MAX_STORED_QUESTION = 500;

/**
 * An append-only JSON-lines file. Each entry is one `write` on a descriptor opened with O_APPEND,
 * so concurrent writers never interleave inside a line, and a crash can at worst cut the line
 * being written: every earlier line is already in the file (no buffering in the process).
 */
export function createGapLog(file: string, now: () => Date = () => new Date()): GapLog {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a');
  let open = true;
  return {
    record(entry) {
      if (!open) return;
      const line: GapEntry = { at: now().toISOString(), ...entry, question: entry.question.slice(0, MAX_STORED_QUESTION) };
      writeSync(fd, `${JSON.stringify(line)}\n`);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Reads every complete entry; a torn last line (a crash mid-write) and foreign lines are skipped. */
export function readGapLog(file: string): GapEntry[] {
  if (!existsSync(file)) return [];
  const entries: GapEntry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = JSON.parse(line) as GapEntry;
      if (parsed && typeof parsed.question === 'string' && (parsed.kind === 'unanswered' || parsed.kind === 'unhelpful')) entries.push(parsed);
    } catch {
      // A line cut by a crash is not valid JSON; the entries before it are still good.
    }
  }
  return entries;
}
