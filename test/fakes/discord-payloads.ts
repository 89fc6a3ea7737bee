import { ASKER, BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, snowflake } from './fake-discord';

/** Gateway payloads shaped as Discord sends them (API v10). */
export interface MessageOptions {
  channelId?: string;
  dm?: boolean;
  author?: { id: string; username: string; bot?: boolean };
  mentionBot?: boolean;
  mentionEveryone?: boolean;
  mentionRoles?: string[];
  replyTo?: string;
}

export function messageCreate(text: string, o: MessageOptions = {}) {
  const mentionBot = o.mentionBot ?? !o.dm;
  const id = snowflake();
  return {
    id,
    channel_id: o.dm ? DM_CHANNEL_ID : (o.channelId ?? CHANNEL_ID),
    ...(o.dm ? { channel_type: 1 } : { guild_id: GUILD_ID, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
    author: { discriminator: '0', global_name: null, avatar: null, ...(o.author ?? ASKER) },
    content: mentionBot ? `<@${BOT_USER.id}> ${text}` : text,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: o.mentionEveryone ?? false,
    mentions: mentionBot ? [BOT_USER] : [],
    mention_roles: o.mentionRoles ?? [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: o.replyTo ? 19 : 0,
    ...(o.replyTo ? { message_reference: { message_id: o.replyTo, channel_id: o.channelId ?? CHANNEL_ID, guild_id: GUILD_ID } } : {}),
  };
}

const member = () => ({ user: ASKER, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' });
const base = () => ({ id: snowflake(), application_id: '900000000000000002', token: `tok-${snowflake()}`, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' }, member: member(), locale: 'en-US', guild_locale: 'en-US', app_permissions: '2248473465835073', entitlements: [], authorizing_integration_owners: { 0: GUILD_ID }, context: 0 });

/** `/whichpy question:… private:…` */
export function commandInteraction(question: string | null, isPrivate = false) {
  const options = [...(question === null ? [] : [{ name: 'question', type: 3, value: question }]), ...(isPrivate ? [{ name: 'private', type: 5, value: true }] : [])];
  return { ...base(), type: 2, data: { id: snowflake(), name: 'whichpy', type: 1, options } };
}

/** A click on a button of one of the bot's messages. */
export function buttonInteraction(customId: string, o: { messageId?: string; ephemeral?: boolean; embeds?: unknown[] } = {}) {
  return {
    ...base(),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: { id: o.messageId ?? snowflake(), channel_id: CHANNEL_ID, author: BOT_USER, content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: o.embeds ?? [{ title: 'Flask vs Django' }], components: [], pinned: false, type: 0, flags: o.ephemeral ? 64 : 0 },
  };
}

/** All text of the embeds in a reply, for assertions on content. */
export function discordText(body: Record<string, unknown>): string {
  const data = (body.data ?? body) as { content?: string; embeds?: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }> };
  return [data.content ?? '', ...(data.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''])].join('\n');
}
