import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHealth, startHealthServer, type Health } from '../../src/app/health';

describe('GET /healthz', () => {
  let health: Health;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    health = createHealth(() => 'abc123def456');
    server = await startHealthServer(health, 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const get = async (path = '/healthz') => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, body: res.status === 404 ? null : await res.json() };
  };

  it('is 503 while a platform is still connecting', async () => {
    health.setPlatform('slack', 'connected');
    health.setPlatform('discord', 'starting');
    expect(await get()).toEqual({ status: 503, body: { status: 'starting', knowledgeVersion: 'abc123def456', platforms: { slack: 'connected', discord: 'starting' } } });
  });

  it('is 200 with the knowledge version and each platform once all are connected', async () => {
    health.setPlatform('discord', 'connected');
    expect(await get()).toEqual({ status: 200, body: { status: 'ok', knowledgeVersion: 'abc123def456', platforms: { slack: 'connected', discord: 'connected' } } });
  });

  it('is 503 when a platform failed', async () => {
    health.setPlatform('discord', 'failed');
    expect((await get()).status).toBe(503);
    health.setPlatform('discord', 'connected');
  });

  it('turns 503 once shutdown begins, so load balancers stop sending work', async () => {
    health.setStopping();
    expect(await get()).toMatchObject({ status: 503, body: { status: 'stopping' } });
  });

  it('serves nothing else', async () => {
    expect((await get('/')).status).toBe(404);
  });
});
