import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { signedHeaders } from '../fakes/fake-slack';
import { SIGNING_SECRET, slashCommandForm } from '../fakes/slack-payloads';
import { startServer } from './slack-bench';

/** Signed slash commands measured while unsigned requests flood the same server. */
export interface FloodResult {
  floodConnections: number;
  seconds: number;
  /** Signed commands: latency in ms, and the share that missed Slack's 3 s deadline (errors count as missed). */
  legit: { requests: number; p50: number; p99: number; max: number; over3s: number; errors: number };
  floodRequests: number;
  logLines: number;
  logBytes: number;
  /** Server resident memory before and after 200 sockets each sent a 3.9 MB unsigned body and held. */
  rssBeforeMb: number;
  rssHeldMb: number;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** 200 sockets each sending a 3.9 MB unsigned body, held open for `holdMs`; resolves with the server's RSS then. */
async function bigBodies(port: number, pid: number, sockets = 200, holdMs = 2_000): Promise<number> {
  const body = Buffer.alloc(3.9 * 1024 * 1024, 'a');
  const reqs = Array.from({ length: sockets }, () => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length + 1) } });
    req.on('error', () => undefined);
    req.on('response', (res) => res.resume());
    req.write(body); // one byte short: the server waits for the rest
    return req;
  });
  await new Promise((r) => setTimeout(r, holdMs));
  const held = rssMb(pid);
  for (const r of reqs) r.destroy();
  return held;
}

/** Two connections sending freshly signed slash commands one after another for `seconds`; each latency in ms. */
async function signedCommands(url: string, seconds: number): Promise<{ ok: number[]; errors: number }> {
  const ok: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < until) {
      const body = slashCommandForm('flask vs django for admin panel', 'http://127.0.0.1:9/respond');
      const started = performance.now();
      try {
        const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: signedHeaders(SIGNING_SECRET, body, 'application/x-www-form-urlencoded'), body, signal: AbortSignal.timeout(10_000) });
        await res.text();
        if (res.status === 200) ok.push(performance.now() - started);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all([loop(), loop()]);
  return { ok, errors };
}

/**
 * Bounded and loopback only: `floodConnections` connections sending unsigned requests for
 * `seconds`, while 2 connections send freshly signed slash commands; then 200 sockets holding
 * 3.9 MB unsigned bodies. Reports the signed commands' latency (and how many missed Slack's 3 s
 * deadline), the log the flood produced, and the server's memory.
 */
export async function benchFlood(seconds = 5, floodConnections = 300): Promise<FloodResult> {
  const logFile = join(tmpdir(), `whichpy-flood-${process.pid}.log`);
  writeFileSync(logFile, '');
  const server = await startServer('whichpy', { BENCH_LOG_FILE: logFile });
  try {
    const url = `http://127.0.0.1:${server.port}`;
    const unsigned = autocannon({
      url,
      connections: floodConnections,
      duration: seconds,
      timeout: 10,
      requests: [{ method: 'POST', path: '/slack/events', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'x'.repeat(2048) }],
    });
    const [latencies, flood] = await Promise.all([signedCommands(url, seconds), unsigned]);
    const sorted = latencies.ok.sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
    await new Promise((r) => setTimeout(r, 500)); // the logger's async writes land
    const log = readFileSync(logFile, 'utf8');
    const rssBeforeMb = rssMb(server.pid);
    const rssHeldMb = await bigBodies(server.port, server.pid);
    return {
      floodConnections,
      seconds,
      legit: { requests: sorted.length + latencies.errors, p50: at(0.5), p99: at(0.99), max: Math.round(sorted.at(-1) ?? NaN), over3s: (sorted.filter((ms) => ms >= 3000).length + latencies.errors) / (sorted.length + latencies.errors || 1), errors: latencies.errors },
      floodRequests: flood.requests.total,
      logLines: log.split('\n').filter((l) => l.includes('"level":40')).length,
      logBytes: statSync(logFile).size,
      rssBeforeMb,
      rssHeldMb,
    };
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  benchFlood(Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 300)).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
