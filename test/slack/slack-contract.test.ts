import type { QuestionHandler } from '../../src/core/adapter';
import { silentLogger } from '../../src/logging/logger';
import { createSlackAdapter, type SlackAdapter } from '../../src/slack/slack-adapter';
import { runAdapterContract, type AdapterHarness } from '../contract/adapter-contract';
import { FAKE_BOT_ID, FAKE_BOT_USER, startFakeSlack, type FakeSlack, type SlackCall } from '../fakes/fake-slack';
import { appMentionEvent, sendToBolt, slackText } from '../fakes/slack-payloads';
import { fakeSlackConfig } from '../support/app-config';

/**
 * A mention can ping a crowd or a person only through Slack's `<!…>` / `<@…>` / `<#…>` syntax in
 * text Slack renders (button values are never rendered, so they are not checked).
 */
const PING = /<[!@#]/;

function slackHarness(): AdapterHarness {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let last: SlackCall | null = null;

  const send = async (event: ReturnType<typeof appMentionEvent>) => {
    const from = fake.calls.length;
    await sendToBolt(adapter.port()!, JSON.stringify(event), { json: true });
    last = await fake.waitForCall((c) => c.path === '/api/chat.postMessage', 1000, from);
    return last ? slackText(last.body) : null;
  };

  return {
    async start(handler: QuestionHandler) {
      fake = await startFakeSlack();
      adapter = createSlackAdapter({
        slack: fakeSlackConfig(fake.apiUrl),
        host: '127.0.0.1',
        handler,
        logger: silentLogger(),
      });
      await adapter.start();
    },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
    ask: (text) => send(appMentionEvent(text)),
    askAsOtherBot: (text) => send(appMentionEvent(text, { user: 'U0OTHERBOT', botId: 'B0OTHER' })),
    askAsSelf: (text) => send(appMentionEvent(text, { user: FAKE_BOT_USER, botId: FAKE_BOT_ID })),
    lastReplyCouldPing: () => PING.test(last ? slackText(last.body) : ''),
  };
}

runAdapterContract('Slack', slackHarness);
