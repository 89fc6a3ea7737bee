import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { GapEntry } from './gap-log';

/** The gap log and its rotated generations that exist, oldest first (gaps.jsonl.3 … gaps.jsonl). */
export function gapLogFiles(file: string, keepFiles = 9): string[] {
  const files: string[] = [];
  for (let i = keepFiles; i >= 1; i--) if (existsSync(`${file}.${i}`)) files.push(`${file}.${i}`);
  if (existsSync(file)) files.push(file);
  return files;
}

const isEntry = (v: unknown): v is GapEntry => {
  const e = v as GapEntry | null;
  return Boolean(e) && typeof e!.question === 'string' && (e!.kind === 'unanswered' || e!.kind === 'unhelpful');
};

/**
 * One line as an entry, or null. A line cut by a crash, with the next entry appended to it
 * (files written before torn lines were ended), still gives that next entry: the last `{"at":`
 * in the line starts it.
 */
export function parseGapLine(line: string): GapEntry | null {
  if (!line.trim()) return null;
  for (let start = 0; start >= 0; start = line.indexOf('{"at":', start + 1)) {
    try {
      const parsed: unknown = JSON.parse(line.slice(start));
      return isEntry(parsed) ? parsed : null;
    } catch {
      // Not JSON from here; try the next entry start in the line.
    }
  }
  return null;
}

/**
 * Every entry of the gap log (rotated generations first), read line by line from a stream, so
 * memory does not grow with the file: `npm run report` held 798 MB for a 300 MB log when it read
 * the file whole.
 */
export async function* readGapEntries(file: string): AsyncGenerator<GapEntry> {
  for (const path of gapLogFiles(file)) {
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      const entry = parseGapLine(line);
      if (entry) yield entry;
    }
  }
}

/** All entries in an array (tests and small logs). */
export async function readGapLog(file: string): Promise<GapEntry[]> {
  const entries: GapEntry[] = [];
  for await (const e of readGapEntries(file)) entries.push(e);
  return entries;
}
