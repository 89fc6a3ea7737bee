import { startApp, type RunningApp } from '../../src/app/run-app';
import type { AppConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { appMentionEvent, sendToBolt, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { fakeSlackConfig, testAppConfig } from '../support/app-config';
import { freePort, startRedisServer, type RedisServer } from '../support/redis-server';
import { runCli } from '../support/run-cli';

type Health = { status: string; store: { kind: string; state: string } };
const health = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: res.status, body: (await res.json()) as Health };
};
const until = async (check: () => Promise<boolean>, what: string, ms = 10_000) => {
  for (const started = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
  }
};
const followsOn = /following on from your last question/i;

/**
 * Two replicas of the Slack app in HTTP mode on one Redis, driven as Slack drives a load
 * balancer's replicas: a retry may land on the other one, and so may the next message in a thread.
 */
describe('two Slack replicas sharing one Redis', () => {
  let redis: RedisServer;
  let slack: FakeSlack;
  let config: AppConfig;
  let a: RunningApp;
  let b: RunningApp;
  const start = () => startApp({ config, logger: silentLogger(), host: '127.0.0.1', watchKnowledge: false, storeCommandTimeoutMs: 300 });

  beforeAll(async () => {
    [redis, slack] = await Promise.all([startRedisServer(), startFakeSlack()]);
    config = testAppConfig({ cooldown: { limit: 3, windowMs: 60_000 }, slack: fakeSlackConfig(slack.apiUrl), redis: { url: redis.url, keyPrefix: 'replicas:' } });
    [a, b] = await Promise.all([start(), start()]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await slack.close();
    await redis.stop();
  });

  /** Sends an event to one replica and returns the replies posted for it (waiting for the first). */
  const deliver = async (app: RunningApp, event: ReturnType<typeof appMentionEvent>, retry?: number) => {
    const from = slack.calls.length;
    const res = await sendToBolt(app.slackPort()!, JSON.stringify(event), { json: true, headers: retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {} });
    expect(res.status).toBe(200);
    return from;
  };
  const postsSince = (from: number) => slack.calls.slice(from).filter((c) => c.path === '/api/chat.postMessage');
  const mention = async (app: RunningApp, text: string, o: { threadTs?: string; user?: string } = {}) => {
    const event = appMentionEvent(text, o);
    const from = await deliver(app, event);
    const reply = await slack.waitForCall((c) => c.path === '/api/chat.postMessage', 5000, from);
    return { ts: event.event.ts as string, text: slackText(reply!.body) };
  };

  it('both report the Redis store in their health', async () => {
    for (const app of [a, b]) expect(await health(app.slackPort()!)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', store: { kind: 'redis', state: 'ok' } }) });
  });

  it('a Slack retry delivered to the other replica is answered once', async () => {
    const event = appMentionEvent('flask vs django', { user: 'U0RETRY' });
    const from = await deliver(a, event);
    await slack.waitForCall((c) => c.path === '/api/chat.postMessage', 5000, from);
    await deliver(b, event, 1);
    await deliver(a, event, 2);
    // A marker question after the retries: once its answer is posted, any duplicate would be too.
    await mention(b, 'what is wsgi', { user: 'U0MARKER' });
    expect(postsSince(from).map((c) => slackText(c.body))).toEqual([expect.stringMatching(/Flask/), expect.stringMatching(/WSGI/)]);
  });

  it('a follow-up in the same thread on the other replica continues the conversation', async () => {
    const first = await mention(a, 'flask vs django', { user: 'U0THREAD' });
    const followUp = await mention(b, 'and for async?', { threadTs: first.ts, user: 'U0THREAD' });
    expect(followUp.text).toMatch(followsOn);
    expect(followUp.text).toMatch(/Flask vs Django: Async/);
  });

  it('the cooldown counts questions on both replicas', async () => {
    const verdicts = [];
    for (let i = 0; i < 5; i++) {
      const res = await sendToBolt((i % 2 ? b : a).slackPort()!, slashCommandForm('what is asgi', slack.responseUrl('cd'), 'U0ALTERNATE'));
      verdicts.push(res.body === '' ? 'quiet' : /one moment/i.test(slackText(res.json())) ? 'slow down' : 'answer');
    }
    expect(verdicts).toEqual(['answer', 'answer', 'answer', 'slow down', 'quiet']);
  });

  it('a restarted replica keeps the conversation', async () => {
    const first = await mention(a, 'flask vs fastapi', { user: 'U0RESTART' });
    await a.stop();
    a = await start();
    expect((await mention(a, 'and for async?', { threadTs: first.ts, user: 'U0RESTART' })).text).toMatch(/Flask vs FastAPI: Async/);
  }, 20_000);

  it('with Redis stopped, questions are still answered and health says degraded (still 200); after Redis restarts, sharing resumes', async () => {
    const first = await mention(a, 'django vs fastapi', { user: 'U0OUTAGE' });
    await redis.stop();
    await until(async () => (await health(b.slackPort()!)).body.store.state === 'degraded', 'health to report the store degraded');
    expect(await health(b.slackPort()!)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', store: { kind: 'redis', state: 'degraded' } }) });
    // Answered, without the thread's context (it lives in Redis).
    const during = await mention(b, 'and for async?', { threadTs: first.ts, user: 'U0OUTAGE' });
    expect(during.text).not.toMatch(followsOn);
    expect(slackText((await sendToBolt(a.slackPort()!, slashCommandForm('does fastapi have an orm?', slack.responseUrl('o'), 'U0OUTAGE2'))).json())).toMatch(/FastAPI/);

    await redis.start();
    await until(async () => (await Promise.all([a, b].map((app) => health(app.slackPort()!)))).every((h) => h.body.store.state === 'ok'), 'both replicas to reconnect');
    const again = await mention(a, 'flask vs django', { user: 'U0AFTER' });
    expect((await mention(b, 'and for async?', { threadTs: again.ts, user: 'U0AFTER' })).text).toMatch(followsOn);
  }, 30_000);
});

describe('start-up and Redis', () => {
  it('a malformed REDIS_URL stops start-up with a message naming the variable, not its value', async () => {
    const { code, stderr } = await runCli('src/main.ts', [], { env: { REDIS_URL: 'http://user:s3cret-pass@cache:6379' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/CONFIG_INVALID[\s\S]*REDIS_URL: must be a redis:\/\/ or rediss:\/\//);
    expect(stderr).not.toMatch(/s3cret-pass/);
  });

  it('with Redis not up yet, a replica starts degraded, answers, and joins once Redis is up', async () => {
    const [slack, redis] = await Promise.all([startFakeSlack(), startRedisServer({ port: await freePort(), started: false })]);
    const app = await startApp({
      config: testAppConfig({ slack: fakeSlackConfig(slack.apiUrl), redis: { url: redis.url, keyPrefix: 'late:' } }),
      logger: silentLogger(),
      host: '127.0.0.1',
      watchKnowledge: false,
      storeReadyTimeoutMs: 200,
    });
    try {
      expect((await health(app.slackPort()!)).body.store).toEqual({ kind: 'redis', state: 'degraded' });
      expect(slackText((await sendToBolt(app.slackPort()!, slashCommandForm('what is wsgi', slack.responseUrl('late')))).json())).toMatch(/WSGI/);
      await redis.start();
      await until(async () => (await health(app.slackPort()!)).body.store.state === 'ok', 'the replica to connect');
    } finally {
      await app.stop();
      await Promise.all([slack.close(), redis.stop()]);
    }
  }, 20_000);
});
