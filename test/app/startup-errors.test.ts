import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startApp } from '../../src/app/run-app';
import { StartupError } from '../../src/app/startup-error';
import type { AppConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { startFakeDiscord } from '../fakes/fake-discord';
import { startFakeSlack } from '../fakes/fake-slack';
import { refusedApiUrl, startSilentApi } from '../fakes/unreachable-api';
import { fakeDiscordConfig, fakeSlackConfig, testAppConfig } from '../support/app-config';

const start = (config: AppConfig, requestTimeoutMs?: number) =>
  startApp({ config, logger: silentLogger(), host: '127.0.0.1', watchKnowledge: false, discordReadyTimeoutMs: 2_000, requestTimeoutMs });

async function failure(config: AppConfig, requestTimeoutMs?: number): Promise<StartupError> {
  const err = await start(config, requestTimeoutMs).then(
    async (app) => {
      await app.stop();
      throw new Error('expected start-up to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StartupError);
  return err as StartupError;
}

async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, server };
}

/** Each start-up failure is one line naming the variable or address and what to check. */
describe('start-up errors name the fix', () => {
  it('a rejected Slack token names SLACK_BOT_TOKEN (never its value)', async () => {
    const slack = await startFakeSlack();
    slack.rejectAuth('invalid_auth');
    const err = await failure(testAppConfig({ slack: fakeSlackConfig(slack.apiUrl) }));
    await slack.close();
    expect(err.code).toBe('SLACK_TOKEN_REJECTED');
    expect(err.message).toMatch(/^SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\); check /);
    expect(err.message).not.toContain('xoxb-test');
    expect(err.message).not.toContain('\n');
  });

  it('an unreachable Slack API names the address', async () => {
    const api = refusedApiUrl('/api/');
    const err = await failure(testAppConfig({ slack: fakeSlackConfig(api) }));
    expect(err.code).toBe('SLACK_UNREACHABLE');
    expect(err.message).toContain(api);
    expect(err.message).toMatch(/SLACK_API_URL/);
  });

  it('a rejected Discord token names DISCORD_TOKEN', async () => {
    const discord = await startFakeDiscord();
    discord.rejectToken();
    const err = await failure(testAppConfig({ healthPort: 0, discord: fakeDiscordConfig(discord.apiUrl) }));
    await discord.close();
    expect(err.code).toBe('DISCORD_TOKEN_REJECTED');
    expect(err.message).toMatch(/^DISCORD_TOKEN was rejected by Discord/);
    expect(err.message).not.toContain('fake-token');
  });

  it('an unreachable Discord API names the address', async () => {
    const api = refusedApiUrl('/api');
    const err = await failure(testAppConfig({ healthPort: 0, discord: fakeDiscordConfig(api) }));
    expect(err.code).toBe('DISCORD_UNREACHABLE');
    expect(err.message).toContain(api);
  });

  it('a Discord API that never answers fails start-up on the ready timeout, not a hang', async () => {
    const api = await startSilentApi('/api');
    // A request allowed a minute: only the 2 s ready timeout can end start-up inside jest's 20 s.
    const err = await failure(testAppConfig({ healthPort: 0, discord: fakeDiscordConfig(api.url) }), 60_000);
    await api.close();
    expect(err.code).toBe('DISCORD_UNREACHABLE');
    expect(err.message).toContain(api.url);
  });

  it('a Slack PORT in use names PORT and the address', async () => {
    const slack = await startFakeSlack();
    const { port, server } = await occupiedPort();
    const err = await failure(testAppConfig({ slack: { ...fakeSlackConfig(slack.apiUrl), port } }));
    server.close();
    await slack.close();
    expect(err.code).toBe('PORT_IN_USE');
    expect(err.message).toMatch(new RegExp(`^PORT: address 127\\.0\\.0\\.1:${port} is already in use; `));
  });

  it('a HEALTH_PORT in use names HEALTH_PORT and the address', async () => {
    const discord = await startFakeDiscord();
    const { port, server } = await occupiedPort();
    const err = await failure(testAppConfig({ healthPort: port, discord: fakeDiscordConfig(discord.apiUrl) }));
    server.close();
    await discord.close();
    expect(err.code).toBe('PORT_IN_USE');
    expect(err.message).toMatch(new RegExp(`^HEALTH_PORT: address 127\\.0\\.0\\.1:${port} is already in use; `));
  });
});
