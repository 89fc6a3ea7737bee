import { request } from 'node:http';
import { connect } from 'node:net';
import { pino } from 'pino';
import { createQuestionHandler } from '../../src/app/question-handler';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-adapter';
import { signedHeaders, startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { sendToBolt, SIGNING_SECRET, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { fakeSlackConfig } from '../support/app-config';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));

/** POSTs to /slack/events with raw headers; `body` may be shorter than the declared length. */
function post(port: number, headers: Record<string, string>, body: string | Buffer): Promise<{ status: number | null; error?: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? null }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ status: null, error: err.code ?? err.message }));
    req.end(body);
  });
}

/**
 * Bounded before verification: requests are refused from their headers when unsigned, stale or
 * declared too big; bodies are capped, slow headers time out, connections are capped, and the
 * refusals are logged as a count, not a line each.
 */
describe('Slack HTTP receiver under unsigned and oversized requests', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let port: number;
  const lines: Array<Record<string, unknown>> = [];
  const MAX_BODY = 16 * 1024;

  beforeAll(async () => {
    fake = await startFakeSlack();
    adapter = createSlackAdapter({
      slack: fakeSlackConfig(fake.apiUrl),
      host: '127.0.0.1',
      logger: pino({ level: 'info' }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) }),
      handler: createQuestionHandler({ matcher: () => matcher, logger: silentLogger() }),
      limits: { maxBodyBytes: MAX_BODY, headersTimeoutMs: 300, requestTimeoutMs: 1_000, maxConnections: 20 },
    });
    await adapter.start();
    port = adapter.port()!;
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });
  const rejectedLines = () => lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('slack requests rejected'));

  it.each<[string, Record<string, string>, number]>([
    ['no signature', { 'content-type': 'application/json', 'content-length': '2' }, 401],
    ['a signature from an hour ago', { ...signedHeaders(SIGNING_SECRET, '{}', 'application/json', Math.floor(Date.now() / 1000) - 3600), 'content-length': '2' }, 401],
    ['a declared body over the cap (never read)', { ...signedHeaders(SIGNING_SECRET, '{}', 'application/json'), 'content-length': String(4 * 1024 * 1024) }, 413],
  ])('refuses a request with %s from its headers', async (_name, headers, status) => {
    expect((await post(port, headers, '{}')).status).toBe(status);
  });

  it('caps a chunked body (no declared length) at the limit', async () => {
    const body = Buffer.alloc(MAX_BODY * 4, 'a');
    const res = await post(port, { ...signedHeaders(SIGNING_SECRET, 'x', 'application/x-www-form-urlencoded'), 'transfer-encoding': 'chunked' }, body);
    expect(res.status === 413 || res.error === 'ECONNRESET' || res.error === 'EPIPE').toBe(true);
  });

  it('closes a connection whose headers never finish', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.write('POST /slack/events HTTP/1.1\r\nhost: x\r\n'); // and nothing more
    let reply = '';
    socket.on('data', (d: Buffer) => (reply += d.toString()));
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    expect(reply).toMatch(/^HTTP\/1\.1 4\d\d /);
  });

  it('logs a flood of refusals as one line and a count, and still answers signed commands during it', async () => {
    const before = rejectedLines().length;
    const flood = Array.from({ length: 200 }, () => post(port, { 'content-type': 'application/json', 'content-length': '2' }, '{}'));
    const legit = await sendToBolt(port, slashCommandForm('what is flask', fake.responseUrl('x')));
    expect(slackText(legit.json())).toMatch(/Flask/);
    expect((await Promise.all(flood)).every((r) => r.status === 401 || r.error)).toBe(true);
    expect(rejectedLines().length - before).toBeLessThanOrEqual(1);
  });

  it('caps open connections; the ones over the cap are closed at once', async () => {
    const idle = await Promise.all(
      Array.from({ length: 20 }, () => new Promise<ReturnType<typeof connect>>((resolve) => {
        const s = connect(port, '127.0.0.1', () => resolve(s));
        s.on('error', () => undefined);
      })),
    );
    const over = await post(port, { 'content-type': 'application/json', 'content-length': '2' }, '{}');
    expect(over.status).toBeNull();
    for (const s of idle) s.destroy();
    for (let waited = 0; waited < 3_000; waited += 20) {
      if ((await post(port, { 'content-type': 'application/json', 'content-length': '2' }, '{}')).status === 401) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await sendToBolt(port, slashCommandForm('what is django', fake.responseUrl('y')))).status).toBe(200);
  });

  it('writes the count of refusals when it stops', async () => {
    await adapter.stop();
    expect(rejectedLines().at(-1)).toMatchObject({ msg: 'slack requests rejected before verification (repeated)', count: expect.any(Number) });
    expect(rejectedLines().at(-1)!.count as number).toBeGreaterThan(200);
  });
});
