import { FAKE_BOT_USER, signedHeaders } from './fake-slack';

/**
 * Request bodies shaped as Slack sends them (field names and encodings from Slack's docs), and
 * a sender that signs them like Slack does.
 */
export const SIGNING_SECRET = 'test-signing-secret';
let counter = 0;
const next = () => (counter += 1);

export function slashCommandForm(text: string, responseUrl: string, user = 'U0ASKER'): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    team_domain: 'acme',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: user,
    user_name: 'asker',
    command: '/whichpy',
    text,
    api_app_id: 'A0001',
    response_url: responseUrl,
    trigger_id: `trigger.${next()}`,
  }).toString();
}

export interface EventOptions {
  channel?: string;
  user?: string;
  botId?: string;
  threadTs?: string;
  eventId?: string;
  channelType?: string;
}

function eventCallback(event: Record<string, unknown>, eventId = `Ev${next()}`) {
  return { token: 'x', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T0001', user_id: FAKE_BOT_USER, is_bot: true }], event };
}

/** An app_mention as Slack delivers it: the text still holds the bot's `<@U…>` mention. */
export function appMentionEvent(text: string, o: EventOptions = {}) {
  const ts = `${1_700_000_000 + next()}.000200`;
  return eventCallback(
    {
      type: 'app_mention',
      user: o.user ?? 'U0ASKER',
      text: `<@${FAKE_BOT_USER}> ${text}`,
      ts,
      channel: o.channel ?? 'C0GENERAL',
      event_ts: ts,
      ...(o.threadTs ? { thread_ts: o.threadTs } : {}),
      ...(o.botId ? { bot_id: o.botId } : {}),
    },
    o.eventId,
  );
}

/** A direct message (message.im). */
export function directMessageEvent(text: string, o: EventOptions = {}) {
  const ts = `${1_700_000_000 + next()}.000300`;
  return eventCallback(
    { type: 'message', channel_type: o.channelType ?? 'im', user: o.user ?? 'U0ASKER', text, ts, channel: o.channel ?? 'D0DIRECT', event_ts: ts, ...(o.botId ? { bot_id: o.botId } : {}) },
    o.eventId,
  );
}

/** A block_actions payload for a click on one of our buttons. */
export function blockActionsForm(button: { action_id: string; value: string }, o: { responseUrl: string; ephemeral: boolean; messageTs?: string; threadTs?: string; channel?: string }): string {
  const payload = {
    type: 'block_actions',
    user: { id: 'U0ASKER', username: 'asker', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'x',
    container: o.ephemeral ? { type: 'message', message_ts: '1.1', channel_id: o.channel ?? 'C0GENERAL', is_ephemeral: true } : { type: 'message', message_ts: o.messageTs, channel_id: o.channel ?? 'C0GENERAL', is_ephemeral: false },
    trigger_id: `trigger.${next()}`,
    team: { id: 'T0001', domain: 'acme' },
    channel: { id: o.channel ?? 'C0GENERAL', name: 'general' },
    ...(o.ephemeral ? {} : { message: { type: 'message', ts: o.messageTs, ...(o.threadTs ? { thread_ts: o.threadTs } : {}), text: 'answer' } }),
    response_url: o.responseUrl,
    actions: [{ type: 'button', block_id: 'b', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: `${Date.now() / 1000}` }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface BoltResponse {
  status: number;
  body: string;
  json(): Record<string, unknown>;
}

/** POSTs to the bot's /slack/events as Slack does, signed unless told otherwise. */
export async function sendToBolt(
  port: number,
  body: string,
  o: { json?: boolean; secret?: string; timestamp?: number; headers?: Record<string, string> } = {},
): Promise<BoltResponse> {
  const contentType = o.json ? 'application/json' : 'application/x-www-form-urlencoded';
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { ...signedHeaders(o.secret ?? SIGNING_SECRET, body, contentType, o.timestamp), ...o.headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** Every piece of text in a Slack message (blocks and fallback), for assertions on content. */
export function slackText(message: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k === 'text' || k === 'blocks' || k === 'elements' || k === 'fields' || typeof x === 'object') walk(x);
  };
  walk(message);
  return out.join('\n');
}
