import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One JSON log line of the bot (pino). */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A bot started as its own process, with its output collected for the test to read. */
export interface BotProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  lines(): LogLine[];
  /** The first log line that matches, waiting up to `ms`; the error shows all output. */
  waitForLog(match: (l: LogLine) => boolean, ms?: number): Promise<LogLine>;
}

/**
 * Spawns `command args` in `cwd` with only the environment a test gives it (plus PATH, HOME, a
 * fresh DATA_DIR, PORT 0 and info logs), so nothing from the developer's .env leaks in.
 */
export function spawnBot(command: string, args: string[], cwd: string, env: Record<string, string>): BotProcess {
  let stdout = '';
  let stderr = '';
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'whichpy-data-')), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = (): LogLine[] =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine);
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    lines,
    async waitForLog(match, ms = 20_000) {
      for (let waited = 0; waited < ms; waited += 20) {
        const found = lines().find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`log line never came; stdout:\n${stdout}\nstderr:\n${stderr}`);
    },
  };
}
