import type { Feedback } from '../../src/core/adapter';
import { createConversationMemory } from '../../src/core/conversation';
import { createQuestionHandler } from '../../src/app/question-handler';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-adapter';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { appMentionEvent, blockActionsForm, directMessageEvent, sendToBolt, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { fakeSlackConfig } from '../support/app-config';

// One matcher, built once, as the app does: building one trains the intent classifier.
const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));

describe('Slack adapter (real Bolt in HTTP mode against a fake Slack on 127.0.0.1)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let port: number;
  const feedback: Feedback[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack();
    adapter = createSlackAdapter({
      slack: fakeSlackConfig(fake.apiUrl),
      host: '127.0.0.1',
      logger: silentLogger(),
      handler: createQuestionHandler({ matcher: () => matcher, logger: silentLogger(), conversations: createConversationMemory() }),
      onFeedback: (f) => feedback.push(f),
      routes: [{ path: '/healthz', method: 'GET', handler: (_req, res) => res.writeHead(200).end('ok') }],
    });
    await adapter.start();
    port = adapter.port()!;
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  const mention = async (text: string, o: Parameters<typeof appMentionEvent>[1] = {}) => {
    const from = fake.calls.length;
    const event = appMentionEvent(text, o);
    const res = await sendToBolt(port, JSON.stringify(event), { json: true });
    expect(res.status).toBe(200);
    const call = await fake.waitForCall((c) => c.path === '/api/chat.postMessage', 3000, from);
    return { event, call };
  };

  describe('slash command', () => {
    it('acks with the ephemeral Block Kit answer and a Share button', async () => {
      const res = await sendToBolt(port, slashCommandForm('flask vs django for admin panel', fake.responseUrl('s1')));
      expect(res.status).toBe(200);
      const body = res.json();
      expect(body.response_type).toBe('ephemeral');
      expect(body.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'header' })]));
      expect(slackText(body)).toMatch(/Django/);
      expect(JSON.stringify(body)).toContain('whichpy:share');
      expect(typeof body.text).toBe('string');
    });

    it.each(['', 'help'])('gives the help answer for %j', async (text) => {
      const body = (await sendToBolt(port, slashCommandForm(text, fake.responseUrl('s2')))).json();
      expect(slackText(body)).toMatch(/whichpy helps you choose/i);
    });

    it('rejects a wrong signature with 401 and answers nothing', async () => {
      const res = await sendToBolt(port, slashCommandForm('flask vs django', fake.responseUrl('s3')), { secret: 'not-the-secret' });
      expect(res.status).toBe(401);
      expect(res.body).not.toMatch(/Django/);
    });

    it('rejects a request signed more than 5 minutes ago', async () => {
      const res = await sendToBolt(port, slashCommandForm('flask vs django', fake.responseUrl('s4')), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
      expect(res.status).toBe(401);
    });
  });

  describe('events', () => {
    it('answers the url_verification challenge', async () => {
      const res = await sendToBolt(port, JSON.stringify({ token: 'x', challenge: 'c-123', type: 'url_verification' }), { json: true });
      expect(res.status).toBe(200);
      expect(res.body).toContain('c-123');
    });

    it('answers an @mention in a thread under the question', async () => {
      const { event, call } = await mention('does fastapi have an orm?');
      expect(call).not.toBeNull();
      expect(call!.body.channel).toBe('C0GENERAL');
      expect(call!.body.thread_ts).toBe(event.event.ts);
      expect(slackText(call!.body)).toMatch(/FastAPI/);
    });

    it('answers a retried event once', async () => {
      const event = appMentionEvent('what is asgi?', { eventId: 'EvRETRY1' });
      const from = fake.calls.length;
      await sendToBolt(port, JSON.stringify(event), { json: true });
      const retry = await sendToBolt(port, JSON.stringify(event), { json: true, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      expect(retry.status).toBe(200);
      await fake.waitForCall((c) => c.path === '/api/chat.postMessage', 3000, from);
      await new Promise((r) => setTimeout(r, 200));
      expect(fake.calls.slice(from).filter((c) => c.path === '/api/chat.postMessage')).toHaveLength(1);
    });

    it('answers a DM in the DM', async () => {
      const from = fake.calls.length;
      await sendToBolt(port, JSON.stringify(directMessageEvent('what is wsgi')), { json: true });
      const call = await fake.waitForCall((c) => c.path === '/api/chat.postMessage', 3000, from);
      expect(call!.body.channel).toBe('D0DIRECT');
      expect(slackText(call!.body)).toMatch(/WSGI/);
    });

    it('ignores channel messages that are not mentions, and bot DMs', async () => {
      const from = fake.calls.length;
      await sendToBolt(port, JSON.stringify(directMessageEvent('flask?', { channelType: 'channel', channel: 'C0GENERAL' })), { json: true });
      await sendToBolt(port, JSON.stringify(directMessageEvent('flask?', { botId: 'BOTHER' })), { json: true });
      expect(await fake.waitForCall((c) => c.path === '/api/chat.postMessage', 400, from)).toBeNull();
    });

    it('retries a failed chat.postMessage: the reply still arrives, and the next question is answered', async () => {
      fake.failNextPosts(1, 500);
      const { call: retried } = await mention('what is flask');
      expect(slackText(retried!.body)).toMatch(/Flask/);
      expect(fake.calls.filter((c) => c.path === '/api/chat.postMessage#failed')).toHaveLength(1);
      const { call } = await mention('what is django');
      expect(slackText(call!.body)).toMatch(/Django/);
    });
  });

  describe('conversations in threads', () => {
    it('a thread reply follows on; another thread does not inherit the context', async () => {
      const { event } = await mention('flask vs django');
      const root = event.event.ts as string;
      const { call: followUp } = await mention('and for async?', { threadTs: root });
      expect(followUp!.body.thread_ts).toBe(root);
      const title = (call: typeof followUp) => ((call!.body.blocks as Array<{ type: string; text: { text: string } }>).find((b) => b.type === 'header')!.text.text);
      expect(title(followUp)).toMatch(/^Flask vs Django: Async/i);
      const { call: elsewhere } = await mention('and for async?', { threadTs: '1699999999.000001' });
      expect(title(elsewhere)).not.toMatch(/ vs /);
    });
  });

  describe('buttons', () => {
    const buttonsOf = (message: Record<string, unknown>) =>
      (message.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string; text: { text: string } }> }>)
        .filter((b) => b.type === 'actions')
        .flatMap((b) => b.elements ?? []);

    it('a follow-up button on a private answer replaces it in place, still private', async () => {
      const answer = (await sendToBolt(port, slashCommandForm('flask vs django for admin panel', fake.responseUrl('b1')))).json();
      const next = buttonsOf(answer).find((b) => b.action_id.startsWith('whichpy:next:'))!;
      const from = fake.calls.length;
      const res = await sendToBolt(port, blockActionsForm(next, { responseUrl: fake.responseUrl('b1'), ephemeral: true }));
      expect(res.status).toBe(200);
      const call = await fake.waitForCall((c) => c.path === '/respond/b1', 3000, from);
      expect(call!.body.replace_original).toBe(true);
      expect(call!.body.response_type).toBe('ephemeral');
      expect(slackText(call!.body)).toMatch(/Flask/);
    });

    it('Share in channel posts the same answer publicly and removes the private copy', async () => {
      const answer = (await sendToBolt(port, slashCommandForm('flask vs fastapi for rest api', fake.responseUrl('b2')))).json();
      const share = buttonsOf(answer).find((b) => b.action_id === 'whichpy:share')!;
      const from = fake.calls.length;
      await sendToBolt(port, blockActionsForm(share, { responseUrl: fake.responseUrl('b2'), ephemeral: true }));
      const posted = await fake.waitForCall((c) => c.path === '/respond/b2' && c.body.response_type === 'in_channel', 3000, from);
      // The same answer: every block but the last row of buttons (Share is gone, 👍/👎 stay).
      expect((posted!.body.blocks as unknown[]).slice(0, -1)).toEqual((answer.blocks as unknown[]).slice(0, -1));
      expect(JSON.stringify(posted!.body)).not.toContain('whichpy:share');
      expect(await fake.waitForCall((c) => c.path === '/respond/b2' && c.body.delete_original === true, 3000, from)).not.toBeNull();
    });

    it('a follow-up button on a public answer answers in its thread', async () => {
      const { event, call } = await mention('flask vs django');
      const next = buttonsOf(call!.body).find((b) => b.action_id.startsWith('whichpy:next:'))!;
      const from = fake.calls.length;
      await sendToBolt(port, blockActionsForm(next, { responseUrl: fake.responseUrl('b3'), ephemeral: false, messageTs: '1700000500.000100', threadTs: event.event.ts as string }));
      const reply = await fake.waitForCall((c) => c.path === '/api/chat.postMessage', 3000, from);
      expect(reply!.body.thread_ts).toBe(event.event.ts);
    });

    it('👎 records the question and answer and thanks the person', async () => {
      const { call } = await mention('is bottle good for big apps');
      const down = buttonsOf(call!.body).find((b) => b.action_id === 'whichpy:feedback:down')!;
      const from = fake.calls.length;
      await sendToBolt(port, blockActionsForm(down, { responseUrl: fake.responseUrl('b4'), ephemeral: false, messageTs: '1700000600.000100' }));
      const thanks = await fake.waitForCall((c) => c.path === '/respond/b4', 3000, from);
      expect(thanks!.body.response_type).toBe('ephemeral');
      expect(feedback.at(-1)).toMatchObject({ platform: 'slack', helpful: false, question: expect.stringContaining('is bottle good for big apps') });
    });

    it('a forged or unknown button value gets a kind reply, not a crash', async () => {
      const from = fake.calls.length;
      await sendToBolt(port, blockActionsForm({ action_id: 'whichpy:next:0', value: 'not json' }, { responseUrl: fake.responseUrl('b5'), ephemeral: true }));
      expect(await fake.waitForCall((c) => c.path === '/respond/b5', 3000, from)).not.toBeNull();
    });
  });

  it('serves extra routes such as /healthz on the same port', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
  });
});
