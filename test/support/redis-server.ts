import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A real redis-server of the test's own, on a free loopback port, with no persistence. */
export interface RedisServer {
  port: number;
  url: string;
  /** Stops the server (Redis going away mid-test); `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A port nobody listens on now: the OS picks one for a probe socket, which is then closed. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const installed = () => spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/** Starts redis-server on `port`; resolves once it accepts connections, rejects if it exits first. */
function launch(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'notice', '--enable-debug-command', 'local'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`redis-server did not start in 10 s:\n${output}`))), 10_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/**
 * `{ started: false }` only reserves a port, for a test of a Redis that comes up later (`start()`).
 * Tests run against a real Redis, never a mock of it. `.ci/run` installs redis-server (Debian
 * package) when it is missing; a developer without it gets this message rather than a skip.
 */
export async function startRedisServer(options: { port?: number; started?: boolean } = {}): Promise<RedisServer> {
  if (!installed()) throw new Error('redis-server is not installed: `apt-get install redis-server` (CI installs it in .ci/run)');
  let port = options.port ?? 0;
  let child: ChildProcess | null = null;
  // Another process may take the probed port before Redis binds it; then try another.
  for (let attempt = 1; !child && options.started !== false; attempt++) {
    port = options.port ?? (await freePort());
    child = await launch(port).catch((err: unknown) => {
      if (attempt >= 3) throw err;
      return null;
    });
  }
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => (running.once('exit', () => resolve()), running.kill('SIGTERM')));
    },
    async start() {
      if (!child) child = await launch(port);
    },
  };
  return server;
}
