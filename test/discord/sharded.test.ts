import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeDiscord, type DiscordCall, type FakeDiscord } from '../fakes/fake-discord';
import { discordText, messageCreate } from '../fakes/discord-payloads';

const ROOT = join(__dirname, '..', '..');
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * `npm run start:sharded` as a real process tree: the ShardingManager asks the fake Discord for
 * the shard count (GET /gateway/bot says 1), spawns the shard process, and serves /healthz.
 */
describe('the sharded entry point (ShardingManager against the fake Discord)', () => {
  let discord: FakeDiscord;
  let manager: ChildProcess;
  let healthPort: number;
  let output = '';
  const waitForOutput = async (text: string, ms = 30_000) => {
    for (let waited = 0; !output.includes(text); waited += 50) {
      if (waited > ms) throw new Error(`never printed "${text}":\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    discord = await startFakeDiscord();
    healthPort = await freePort();
    manager = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'discord', 'sharded.ts')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DISCORD_TOKEN: 'fake-token',
        DISCORD_API_URL: discord.apiUrl,
        HEALTH_PORT: String(healthPort),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'whichpy-data-')),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    manager.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  }, 10_000);
  afterAll(async () => {
    if (manager.exitCode === null) manager.kill('SIGKILL');
    await discord.close();
  });

  it('spawns the recommended shards and reports them healthy', async () => {
    await waitForOutput('all shards ready');
    const res = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', platforms: { discord: 'connected' } });
  }, 40_000);

  it('answers a mention from the shard process', async () => {
    const from = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', messageCreate('what is asgi'));
    const reply = await discord.waitForCall((c: DiscordCall) => c.method === 'POST' && /\/messages$/.test(c.path), 5000, from);
    expect(discordText(reply!.body)).toMatch(/ASGI/);
  });

  it('stops the shards and exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => manager.once('exit', (code) => resolve(code)));
    manager.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('whichpy stopped');
  }, 20_000);
});
