import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { OPTIONAL_NATIVES, SHIPPED_BUILD } from '../../scripts/build-bundle';
import { serverCpuMs } from './process-cpu';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { load as parse } from 'js-yaml';
import { signedHeaders } from '../fakes/fake-slack';
import { SIGNING_SECRET, slashCommandForm } from '../fakes/slack-payloads';
import { prodNodeArgs } from '../../scripts/prod-node-args';

const ROOT = join(__dirname, '..', '..');

/** Throughput and latency of one Slack server under load. */
export type SlackServerMode = 'bare' | 'bare-answer' | 'whichpy' | 'whichpy-uncached' | 'whichpy-redis';

export interface SlackLoad {
  mode: SlackServerMode;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** The server process's CPU time (user + system) per request answered, in µs; NaN off Linux. */
  cpuUsPerRequest: number;
}

// Beside its source, so the paths it builds from its own folder (the knowledge, the fakes) still hold.
const SERVER_BUNDLE = join(__dirname, '.slack-bench-server.bundle.js');

/**
 * The bench server compiled as `npm run build` compiles the bot (one minified esbuild bundle), not run
 * through tsx: tsx keeps every function's name with a helper call, about a fifth of an answer's time,
 * which the shipped bot does not pay. Built once per bench run; `removeServerBundle` deletes it.
 */
function serverBundle(): string {
  if (!existsSync(SERVER_BUNDLE)) buildSync({ ...SHIPPED_BUILD, entryPoints: [join(__dirname, 'slack-bench-server.ts')], outfile: SERVER_BUNDLE, external: [...OPTIONAL_NATIVES, 'thread-stream'] });
  return SERVER_BUNDLE;
}

export function removeServerBundle(): void {
  rmSync(SERVER_BUNDLE, { force: true });
}

/** Bench servers run under start:prod's node flags, as the bot does in production. */
export async function startServer(mode: SlackServerMode, env: Record<string, string> = {}) {
  const args = mode.startsWith('whichpy-') ? ['whichpy', mode.slice('whichpy-'.length)] : [mode];
  const child = spawn(process.execPath, [...prodNodeArgs(ROOT), serverBundle(), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const { port, pid } = await new Promise<{ port: number; pid: number }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve(JSON.parse(line) as { port: number; pid: number });
    });
    child.once('exit', (code) => reject(new Error(`bench server (${mode}) exited with ${code}`)));
  });
  const stop = () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));
  return { port, pid, stop };
}

/**
 * Drives one server with autocannon: every request is a slash command with a fresh timestamp and
 * HMAC signature (Bolt rejects a replay or a stale timestamp), the questions taken in turn from the
 * evaluation set.
 */
async function load(mode: SlackServerMode, seconds: number, connections: number, redisUrl: string | null): Promise<SlackLoad> {
  const questions = (parse(readFileSync(join(ROOT, 'test', 'eval', 'cases.yaml'), 'utf8')) as { q: string }[]).map((c) => c.q);
  const server = await startServer(mode, redisUrl ? { REDIS_URL: redisUrl } : {});
  let next = 0;
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections,
      duration,
      requests: [
        {
          method: 'POST',
          path: '/slack/events',
          setupRequest: (req) => {
            // A thousand askers in turn, so the cooldown keeps a realistic number of users.
            next += 1;
            const body = slashCommandForm(questions[next % questions.length]!, 'http://127.0.0.1:9/respond', `U${next % 1000}`);
            return { ...req, body, headers: { ...signedHeaders(SIGNING_SECRET, body, 'application/x-www-form-urlencoded') } };
          },
        },
      ],
    });
  try {
    await run(1); // warm-up: JIT, connection pools, caches
    // CPU time is counted too: on a shared machine it moves far less with the neighbours' load than req/s does.
    const cpuBefore = serverCpuMs(server.pid);
    const result = await run(seconds);
    const cpuUsPerRequest = ((serverCpuMs(server.pid) - cpuBefore) * 1000) / result.requests.total;
    return { mode, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx, cpuUsPerRequest };
  } finally {
    await server.stop();
  }
}

/**
 * The real whichpy adapter against a bare Bolt app that only acks, in the same run, plus
 * references: Bolt acking with a fixed answer of the usual size, whichpy without its answer
 * cache, and (given a Redis) whichpy with the Redis store instead of the in-memory one.
 */
export async function benchSlack(seconds = 5, connections = 10, redisUrl: string | null = null): Promise<SlackLoad[]> {
  const results: SlackLoad[] = [];
  const modes: SlackServerMode[] = ['bare', 'bare-answer', 'whichpy', 'whichpy-uncached', ...(redisUrl ? (['whichpy-redis'] as const) : [])];
  for (const mode of modes) results.push(await load(mode, seconds, connections, redisUrl));
  return results;
}
