import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, write } from 'node:fs';
import { dirname } from 'node:path';
import { silentLogger, type Logger } from '../logging/logger';
import { createRateLimitedLog } from '../logging/rate-limited-log';
import { StartupError, systemCode } from './startup-error';

/** Why a question is in the gap log. */
export type GapKind = 'unanswered' | 'unhelpful';

/** One line of the gap log. No user ids are stored: the question and our reading are enough. */
export interface GapEntry {
  at: string;
  kind: GapKind;
  /** Where it was asked: slack, discord, terminal (the chat) or cli (`npm run ask`). */
  platform: string;
  question: string;
  intent: string;
  frameworks: string[];
  topic: string | null;
  confidence: number;
  /** The answer's title, so a maintainer sees what the bot said. */
  answer: string;
}

/**
 * Where gaps go. `record` never throws and never waits: an answer must not depend on a disk.
 * Other sinks (a shared store) implement the same three methods.
 */
export interface GapLog {
  record(entry: Omit<GapEntry, 'at'>): void;
  /** Reopens the file by name (after logrotate renamed it; wired to SIGHUP). */
  reopen(): void;
  /** Writes what is queued, then closes. Later records are dropped. */
  close(): Promise<void>;
}

export interface GapLogConfig {
  file: string;
  /** Rotate when the file would grow past this (default 50 MB); 0 = never. */
  maxBytes?: number;
  /** Rotated files kept: gaps.jsonl.1 (newest) … gaps.jsonl.N (default 3). */
  keepFiles?: number;
  logger?: Logger;
  now?: () => Date;
}

/** The longest question kept; longer ones are cut so one line stays one small write. */
const MAX_STORED_QUESTION = 500;
/** Entries waiting for the disk; beyond this (a stuck disk) new ones are dropped and counted. */
const MAX_QUEUED = 10_000;
export const DEFAULT_GAP_LOG_MAX_BYTES = 50 * 1024 * 1024;

/** True when the file's last byte is not a newline (a crash cut the last line). */
function endsTorn(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

/**
 * An append-only JSON-lines file, written off the answer path: `record` queues the line and a
 * background write (O_APPEND, whole lines per write, so concurrent processes never interleave
 * inside a line) drains the queue. A full disk or a failing write costs only the entries being
 * written, logged once a minute; a line cut by a crash or a short write is ended with a newline
 * before the next one, so it costs only itself.
 */
export function createGapLog(config: GapLogConfig): GapLog {
  const { file, maxBytes = DEFAULT_GAP_LOG_MAX_BYTES, keepFiles = 3, logger = silentLogger(), now = () => new Date() } = config;
  const failed = createRateLimitedLog({ logger, msg: 'gap log write failed; entries dropped' });
  const open = () => {
    const fd = openSync(file, 'a+');
    const stat = fstatSync(fd);
    return { fd, size: stat.size, regular: stat.isFile(), torn: endsTorn(fd) };
  };
  let out: ReturnType<typeof open>;
  try {
    mkdirSync(dirname(file), { recursive: true });
    out = open();
  } catch (err) {
    throw new StartupError('DATA_DIR_UNWRITABLE', `DATA_DIR: cannot write the gap log ${file} (${systemCode(err) ?? String(err)}); check that the folder exists and this user may write to it, or set DATA_DIR to one that is`);
  }
  const queue: string[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;
  let reopenWanted = false;

  const rotateIfFull = (incoming: number) => {
    if (!out.regular || maxBytes <= 0 || out.size === 0 || out.size + incoming <= maxBytes) return;
    closeSync(out.fd);
    try {
      for (let i = keepFiles - 1; i >= 1; i--) {
        try {
          renameSync(`${file}.${i}`, `${file}.${i + 1}`);
        } catch {
          // That generation does not exist yet.
        }
      }
      renameSync(file, `${file}.1`);
    } finally {
      // Reopened even when the rename failed, so later writes never go to a closed descriptor.
      out = open();
    }
  };

  const writeBatch = (text: string) =>
    new Promise<void>((resolve) => {
      if (reopenWanted) {
        reopenWanted = false;
        const previous = out;
        out = open(); // if this throws, the old descriptor stays in use
        closeSync(previous.fd);
      }
      rotateIfFull(Buffer.byteLength(text));
      const data = Buffer.from(out.torn ? `\n${text}` : text);
      write(out.fd, data, 0, data.length, null, (err, written) => {
        out.size += written ?? 0;
        // A short or failed write may leave half a line: the next write starts on a new line.
        out.torn = Boolean(err) || written < data.length;
        if (err) failed.note({ err, file, dropped: text.split('\n').length - 1 });
        resolve();
      });
    });

  /** Queued lines for one write: all of them, or as many as fit before the size limit (at least one). */
  const takeBatch = () => {
    let room = maxBytes > 0 && out.regular ? maxBytes - out.size : Infinity;
    if (room <= 0) room = maxBytes; // the write rotates first
    let n = 0;
    let bytes = 0;
    while (n < queue.length && (n === 0 || bytes + Buffer.byteLength(queue[n]!) <= room)) bytes += Buffer.byteLength(queue[n++]!);
    return queue.splice(0, n).join('');
  };

  const drain = async () => {
    while (queue.length > 0) {
      const batch = takeBatch();
      try {
        await writeBatch(batch);
      } catch (err) {
        out.torn = true;
        failed.note({ err, file });
      }
    }
    writing = null;
  };

  return {
    record(entry) {
      if (closed) return;
      if (queue.length >= MAX_QUEUED) {
        failed.note({ file, reason: 'queue full' });
        return;
      }
      try {
        const line: GapEntry = { at: now().toISOString(), ...entry, question: String(entry.question).slice(0, MAX_STORED_QUESTION) };
        queue.push(`${JSON.stringify(line)}\n`);
      } catch (err) {
        failed.note({ err, file });
        return;
      }
      writing ??= new Promise<void>((r) => setImmediate(r)).then(drain);
    },
    reopen() {
      // Takes effect before the next write, so a write under way finishes on the old file.
      reopenWanted = true;
    },
    async close() {
      if (closed) return;
      closed = true;
      await writing;
      failed.flush();
      closeSync(out.fd);
    },
  };
}
