import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeDiscord } from '../fakes/fake-discord';
import { startFakeSlack } from '../fakes/fake-slack';
import { sendToBolt, SIGNING_SECRET, slashCommandForm } from '../fakes/slack-payloads';

const ROOT = join(__dirname, '..', '..');

/** Cold start of the compiled bot and its memory with both platforms connected. */
export interface StartupResult {
  /** From spawning `node dist/main.js` to the first slash command answered. */
  coldStartMs: number;
  /** Resident memory after start-up and 200 answered questions, both adapters connected. */
  rssMb: number;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** `npm run build`: the production bundle, its warmed compile cache, tsc's output and the compiled knowledge. */
export function buildDist(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Starts dist/main.js with `nodeArgs` (as `npm run start:prod` does) against both loopback fakes;
 * `emptyCache` deletes the compile cache first, as a start finds it when dist/ was copied without
 * it or node was upgraded (the launcher then compiles everything and writes a new one).
 */
export async function benchStartup(nodeArgs: string[], emptyCache = false): Promise<StartupResult> {
  if (emptyCache) rmSync(join(ROOT, 'dist', 'main.bundle.cache'), { force: true });
  const [slack, discord] = await Promise.all([startFakeSlack(), startFakeDiscord()]);
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      DISCORD_TOKEN: 'bench-token',
      DISCORD_API_URL: discord.apiUrl,
      HEALTH_PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'whichpy-bench-')),
      COOLDOWN_LIMIT: '100000',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const lines = out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; port?: number });
        const listening = lines.find((l) => l.msg === 'slack listening');
        if (listening && lines.some((l) => l.msg === 'whichpy started')) resolve(listening.port!);
      });
      child.once('exit', (code) => reject(new Error(`dist/main.js exited with ${code}`)));
    });
    const first = await sendToBolt(port, slashCommandForm('flask vs django for admin panel', slack.responseUrl('b')));
    if (first.status !== 200) throw new Error(`first answer failed: ${first.status}`);
    const coldStartMs = performance.now() - started;
    for (let i = 0; i < 200; i++) await sendToBolt(port, slashCommandForm(`question ${i}: flask or django for ${i % 2 ? 'async' : 'admin'}`, slack.responseUrl('b')));
    return { coldStartMs, rssMb: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await Promise.all([slack.close(), discord.close()]);
  }
}
