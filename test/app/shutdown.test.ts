import { startApp, type RunningApp } from '../../src/app/run-app';
import { silentLogger } from '../../src/logging/logger';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { sendToBolt, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { halfSent, portClosed } from '../support/half-sent';
import { fakeSlackConfig, testAppConfig } from '../support/app-config';

const healthOf = async (port: number) => (await fetch(`http://127.0.0.1:${port}/healthz`)).status;

/**
 * SIGTERM under traffic (the audit: 20 slash commands in flight, 13, 1 and 3 answered; the port
 * closed within 100 ms): health turns 503 at once, questions are still answered during the grace
 * period, every request received is answered, and only then do the connections close.
 */
describe('graceful shutdown under traffic (Slack HTTP, real Bolt)', () => {
  let slack: FakeSlack;
  let app: RunningApp;
  let port: number;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = await startApp({ config: testAppConfig({ slack: fakeSlackConfig(slack.apiUrl) }), logger: silentLogger(), host: '127.0.0.1', watchKnowledge: false, drainTimeoutMs: 5_000 });
    port = app.slackPort()!;
  });
  afterAll(async () => {
    await app.stop();
    await slack.close();
  });

  it('answers all 20 commands in flight at the signal, and new ones during the grace period', async () => {
    const inFlight = Array.from({ length: 20 }, (_, i) => halfSent(port, 'flask vs django', `U0FLIGHT${i}`, slack.responseUrl(`f${i}`)));
    // Every request has reached the server (its headers are parsed) before the signal.
    for (let waited = 0; (await healthOf(port)) !== 200 && waited < 3_000; waited += 20) await new Promise((r) => setTimeout(r, 20));

    let stopped = false;
    const stopping = app.stop({ graceMs: 600 }).then((drained) => ((stopped = true), drained));
    expect(await healthOf(port)).toBe(503);
    // During the grace period a question is answered as usual (the load balancer may still send one).
    const during = await sendToBolt(port, slashCommandForm('what is flask', slack.responseUrl('g'), 'U0GRACE'));
    expect(slackText(during.json())).toMatch(/Flask is/);
    expect(stopped).toBe(false);

    // The grace period is over once the port stops taking new connections; the 20 were received
    // before that, so they must still be answered (the "restarting" notice: new questions are no
    // longer taken), not reset.
    await portClosed(port);
    for (const p of inFlight) p.req.end(p.rest);
    const replies = await Promise.all(inFlight.map((p) => p.reply));
    expect(replies.map((r) => r.error ?? r.status)).toEqual(Array(20).fill(200));
    for (const r of replies) expect(slackText(JSON.parse(r.body))).toMatch(/restarting/i);
    await expect(stopping).resolves.toBe(true);
  });
});
