import { createQuestionHandler } from '../../src/app/question-handler';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-adapter';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { appMentionEvent, slackText } from '../fakes/slack-payloads';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { fakeSlackConfig } from '../support/app-config';

describe('Slack adapter in Socket Mode (fake apps.connections.open and WebSocket on 127.0.0.1)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;

  beforeAll(async () => {
    fake = await startFakeSlack();
    adapter = createSlackAdapter({
      slack: { ...fakeSlackConfig(fake.apiUrl), appToken: 'xapp-test' },
      handler: createQuestionHandler({ matcher: () => createMatcher(loadKnowledge(KNOWLEDGE_DIR)), logger: silentLogger() }),
      logger: silentLogger(),
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  it('listens on no HTTP port', () => {
    expect(adapter.port()).toBeNull();
  });

  it('answers a slash command in the envelope ack', async () => {
    const ack = await fake.sendEnvelope({
      type: 'slash_commands',
      payload: { command: '/whichpy', text: 'flask vs django for admin panel', user_id: 'U0ASKER', channel_id: 'C0GENERAL', team_id: 'T0001', api_app_id: 'A0001', trigger_id: 't.1', response_url: fake.responseUrl('sm1') },
    });
    expect(ack.response_type).toBe('ephemeral');
    expect(slackText(ack)).toMatch(/Django/);
  });

  it('answers an @mention event with chat.postMessage in the thread', async () => {
    const event = appMentionEvent('what is uvicorn');
    const from = fake.calls.length;
    await fake.sendEnvelope({ type: 'events_api', payload: event });
    const call = await fake.waitForCall((c) => c.path === '/api/chat.postMessage', 3000, from);
    expect(call!.body.thread_ts).toBe(event.event.ts);
    expect(slackText(call!.body)).toMatch(/Uvicorn/);
  });
});

describe('Slack adapter in Socket Mode, stopping', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack();
  });
  afterEach(() => fake.close());

  const connectedAdapter = async (socketCloseTimeoutMs?: number): Promise<SlackAdapter> => {
    const adapter = createSlackAdapter({
      slack: { ...fakeSlackConfig(fake.apiUrl), appToken: 'xapp-test' },
      handler: createQuestionHandler({ matcher: () => createMatcher(loadKnowledge(KNOWLEDGE_DIR)), logger: silentLogger() }),
      logger: silentLogger(),
      socketCloseTimeoutMs,
    });
    await adapter.start();
    return adapter;
  };

  it('finishes the WebSocket close handshake before stop() resolves', async () => {
    const adapter = await connectedAdapter();
    expect(fake.socketClosing()).toBe(false);
    await adapter.stop();
    expect(fake.socketClosing()).toBe(true);
  });

  it('drops the connection and resolves when Slack never answers the close frame', async () => {
    const adapter = await connectedAdapter(100);
    fake.stallSocket();
    await adapter.stop();
    expect(fake.socketClosing()).toBe(false);
  });
});
