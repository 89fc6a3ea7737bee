import { join } from 'node:path';
import { readGapLog } from '../../src/app/gap-read';
import { startApp, type RunningApp } from '../../src/app/run-app';
import { silentLogger } from '../../src/logging/logger';
import { startFakeDiscord, type DiscordCall, type FakeDiscord } from '../fakes/fake-discord';
import { messageCreate, discordText } from '../fakes/discord-payloads';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack';
import { appMentionEvent, blockActionsForm, sendToBolt, slackText, slashCommandForm } from '../fakes/slack-payloads';
import { fakeDiscordConfig, fakeSlackConfig, testAppConfig } from '../support/app-config';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy';

const isDiscordPost = (c: DiscordCall) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path);
type Button = { action_id: string; value: string };
const buttonsOf = (message: Record<string, unknown>) =>
  (message.blocks as Array<{ type: string; elements?: Button[] }>).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const getHealth = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; knowledgeVersion: string; platforms: Record<string, string> } };
};

describe('whichpy app: Slack (HTTP) and Discord in one process, against loopback fakes', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let knowledge: KnowledgeCopy;
  let app: RunningApp;
  let port: number;
  let dataDir: string;

  beforeAll(async () => {
    [slack, discord] = await Promise.all([startFakeSlack(), startFakeDiscord()]);
    knowledge = copyKnowledge();
    const config = testAppConfig({
      knowledgeDir: knowledge.dir,
      cooldown: { limit: 3, windowMs: 60_000 },
      slack: fakeSlackConfig(slack.apiUrl),
      discord: fakeDiscordConfig(discord.apiUrl),
    });
    dataDir = config.dataDir;
    app = await startApp({ config, logger: silentLogger(), host: '127.0.0.1', drainTimeoutMs: 5000 });
    port = app.slackPort()!;
  });
  afterAll(async () => {
    await app.stop();
    await Promise.all([slack.close(), discord.close()]);
    knowledge.remove();
  });

  // A new asker per question unless a test means one person: the cooldown (3 a minute here) counts per user.
  let askers = 0;
  const slash = async (text: string, user = `U0ASKER${(askers += 1)}`) => sendToBolt(port, slashCommandForm(text, slack.responseUrl('r'), user));

  it('serves /healthz on the Slack port: 200 with the knowledge version and both platforms connected', async () => {
    expect(app.healthPort()).toBe(port);
    const { status, body } = await getHealth(port);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', knowledgeVersion: expect.stringMatching(/\S/), platforms: { slack: 'connected', discord: 'connected' }, store: { kind: 'memory', state: 'ok' } });
  });

  it('answers on both platforms from the one process', async () => {
    expect(slackText((await slash('flask vs django for admin panel')).json())).toMatch(/Flask-Admin/);
    const from = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', messageCreate('does fastapi have an orm?'));
    const reply = await discord.waitForCall(isDiscordPost, 3000, from);
    expect(discordText(reply!.body)).toMatch(/FastAPI/);
  });

  it('a burst from one user gets its answers, then one "slow down", then quiet; others are still answered', async () => {
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await slash('what is wsgi', 'U0BURST'));
    expect(replies.slice(0, 3).map((r) => slackText(r.json()))).toEqual(Array(3).fill(expect.stringMatching(/WSGI/)));
    expect(slackText(replies[3]!.json())).toMatch(/one moment/i);
    expect(replies[4]!.status).toBe(200);
    expect(replies[4]!.body).toBe('');
    expect(slackText((await slash('what is wsgi', 'U0SOMEONE')).json())).toMatch(/WSGI/);
  });

  it('keeps unanswered questions and 👎 answers in the gap log', async () => {
    await slash('qwzx blorp frobnicate');
    const answer = (await slash('is bottle good for big apps')).json();
    const down = buttonsOf(answer).find((b) => b.action_id === 'whichpy:feedback:down')!;
    const from = slack.calls.length;
    await sendToBolt(port, blockActionsForm(down, { responseUrl: slack.responseUrl('fb'), ephemeral: true }));
    await slack.waitForCall((c) => c.path === '/respond/fb', 3000, from);
    // Gap writes are off the answer path: wait for them to land.
    const file = join(dataDir, 'gaps.jsonl');
    for (let waited = 0; (await readGapLog(file)).length < 2 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    const entries = await readGapLog(file);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'unanswered', platform: 'slack', question: 'qwzx blorp frobnicate' }),
        expect.objectContaining({ kind: 'unhelpful', platform: 'slack', question: 'is bottle good for big apps', frameworks: ['bottle'], topic: 'scalability' }),
      ]),
    );
  });

  it('serves a good knowledge edit without a restart, and rejects a bad one while the last good one keeps serving', async () => {
    const before = (await getHealth(port)).body.knowledgeVersion;
    let reloaded = app.knowledge.nextReload();
    knowledge.replace('concepts/wsgi.yaml', 'is the standard contract', 'is the agreed standard contract');
    await expect(reloaded).resolves.toBe(true);
    const edited = (await getHealth(port)).body.knowledgeVersion;
    expect(edited).not.toBe(before);
    expect(slackText((await slash('what is wsgi')).json())).toMatch(/agreed standard contract/);

    reloaded = app.knowledge.nextReload();
    knowledge.replace('concepts/wsgi.yaml', /^summary:/m, 'summary: [not, a, fact]\nsummary_was:');
    await expect(reloaded).resolves.toBe(false);
    expect((await getHealth(port)).body.knowledgeVersion).toBe(edited);
    expect(slackText((await slash('what is wsgi')).json())).toMatch(/agreed standard contract/);
  });

  it('on stop: finishes the reply in flight, turns health to 503, tells new askers it is restarting, then disconnects', async () => {
    slack.delayPosts(400);
    const arrived = slack.received.length;
    const from = slack.calls.length;
    await sendToBolt(port, JSON.stringify(appMentionEvent('flask vs django', { user: 'U0INFLIGHT' })), { json: true });
    // The reply is under way once Slack (the fake) has received the post it is holding back.
    for (let waited = 0; !slack.received.slice(arrived).includes('/api/chat.postMessage'); waited += 5) {
      if (waited > 3000) throw new Error('the reply never left');
      await new Promise((r) => setTimeout(r, 5));
    }

    const stopped = app.stop();
    const health = await getHealth(port);
    expect(health.status).toBe(503);
    expect(health.body.status).toBe('stopping');
    expect(slackText((await slash('flask vs django')).json())).toMatch(/restarting/i);

    await expect(stopped).resolves.toBe(true);
    expect(slack.calls.slice(from).filter((c) => c.path === '/api/chat.postMessage')).toHaveLength(1);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe('whichpy app: Discord only', () => {
  it('serves /healthz on its own port and reports Discord', async () => {
    const discord = await startFakeDiscord();
    const app = await startApp({
      config: testAppConfig({ healthPort: 0, discord: fakeDiscordConfig(discord.apiUrl) }),
      logger: silentLogger(),
      host: '127.0.0.1',
      watchKnowledge: false,
    });
    try {
      const { status, body } = await getHealth(app.healthPort()!);
      expect(status).toBe(200);
      expect(body.platforms).toEqual({ discord: 'connected' });
    } finally {
      await app.stop();
      await discord.close();
    }
  });

  it('rejects start-up when a platform cannot connect (so main exits non-zero)', async () => {
    const discord = await startFakeDiscord();
    await discord.close();
    await expect(
      startApp({
        config: testAppConfig({ healthPort: 0, discord: fakeDiscordConfig(discord.apiUrl) }),
        logger: silentLogger(),
        host: '127.0.0.1',
        watchKnowledge: false,
        discordReadyTimeoutMs: 300,
      }),
    ).rejects.toThrow();
    // Past the READY timeout: a wait nobody settled would surface now as an unhandled rejection.
    await new Promise((r) => setTimeout(r, 500));
  });
});

describe('whichpy app: conversations end to end, with a short time-to-live', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let app: RunningApp;
  const TTL_MS = 400;

  beforeAll(async () => {
    [slack, discord] = await Promise.all([startFakeSlack(), startFakeDiscord()]);
    app = await startApp({
      config: testAppConfig({
        conversationTtlMs: TTL_MS,
        slack: fakeSlackConfig(slack.apiUrl),
        discord: fakeDiscordConfig(discord.apiUrl),
      }),
      logger: silentLogger(),
      host: '127.0.0.1',
      watchKnowledge: false,
    });
  });
  afterAll(async () => {
    await app.stop();
    await Promise.all([slack.close(), discord.close()]);
  });
  const followsOn = /following on from your last question/i;

  it('Slack: a thread reply follows on until the context expires', async () => {
    const mention = async (text: string, threadTs?: string) => {
      const from = slack.calls.length;
      const event = appMentionEvent(text, threadTs ? { threadTs } : {});
      await sendToBolt(app.slackPort()!, JSON.stringify(event), { json: true });
      const call = await slack.waitForCall((c) => c.path === '/api/chat.postMessage', 3000, from);
      return { ts: event.event.ts as string, text: slackText(call!.body) };
    };
    const first = await mention('flask vs django');
    const followUp = await mention('and for async?', first.ts);
    expect(followUp.text).toMatch(followsOn);
    expect(followUp.text).toMatch(/Flask[\s\S]*Django|Django[\s\S]*Flask/);
    await new Promise((r) => setTimeout(r, TTL_MS + 100));
    expect((await mention('and for async?', first.ts)).text).not.toMatch(followsOn);
  });

  it('Discord: a reply to the bot follows on until the context expires', async () => {
    const say = async (text: string, replyTo?: string) => {
      const from = discord.calls.length;
      discord.dispatch('MESSAGE_CREATE', messageCreate(text, replyTo ? { replyTo } : {}));
      const call = await discord.waitForCall(isDiscordPost, 3000, from);
      return { id: call!.createdId!, text: discordText(call!.body) };
    };
    const first = await say('flask vs django');
    const followUp = await say('and for async?', first.id);
    expect(followUp.text).toMatch(followsOn);
    await new Promise((r) => setTimeout(r, TTL_MS + 100));
    expect((await say('and for async?', followUp.id)).text).not.toMatch(followsOn);
  });
});
