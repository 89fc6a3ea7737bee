import { DISCORD_LIMITS, type DiscordMessage } from '../../src/render/render-discord';
import { SLACK_LIMITS, type SlackBlock, type SlackMessage } from '../../src/render/render-slack';

/** A Block Kit text object and button, as the checks read them. */
export type Text = { type: string; text: string };
export type Button = { action_id: string; text: Text; value: string };

/** Every limit Slack enforces on what we send; returns the broken ones (empty = valid). */
export function slackViolations(message: SlackMessage): string[] {
  const v: string[] = [];
  const { blocks } = message;
  if (blocks.length > SLACK_LIMITS.blocks) v.push(`${blocks.length} blocks`);
  if (message.text.length === 0 || message.text.length > SLACK_LIMITS.fallbackText) v.push('fallback text length');
  const actionIds = new Set<string>();
  for (const block of blocks as Array<SlackBlock & { text?: Text; fields?: Text[]; elements?: Array<Text & Button> }>) {
    if (block.type === 'header' && (block.text!.text.length === 0 || block.text!.text.length > SLACK_LIMITS.headerText)) v.push('header length');
    if (block.type === 'section') {
      if (block.text && (block.text.text.length === 0 || block.text.text.length > SLACK_LIMITS.sectionText)) v.push('section text length');
      if (block.fields && (block.fields.length > SLACK_LIMITS.fieldsPerSection || block.fields.some((f) => f.text.length > SLACK_LIMITS.fieldText))) v.push('fields');
      if (!block.text && !block.fields) v.push('empty section');
    }
    if (block.type === 'context' && (block.elements!.length > SLACK_LIMITS.contextElements || block.elements!.some((e) => e.text.length > SLACK_LIMITS.contextText))) v.push('context');
    if (block.type === 'actions') {
      if (block.elements!.length > SLACK_LIMITS.actionsElements) v.push('too many buttons');
      for (const b of block.elements!) {
        if (b.text.text.length === 0 || b.text.text.length > SLACK_LIMITS.buttonText) v.push('button text');
        if (b.value.length > SLACK_LIMITS.buttonValue) v.push('button value');
        if (actionIds.has(b.action_id)) v.push(`duplicate action_id ${b.action_id}`);
        actionIds.add(b.action_id);
      }
    }
  }
  // Slack parses mentions only in mrkdwn and the fallback text (plain_text and values are literal).
  const mrkdwn: string[] = [message.text];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') mrkdwn.push(o.text.replace(/<https?:\/\/[^|>\s]+\|/g, ''));
      Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  if (mrkdwn.some((t) => /<[!@#]/.test(t))) v.push('mention syntax');
  return v;
}

/** Every limit Discord enforces on what we send; returns the broken ones (empty = valid). */
export function discordViolations(message: DiscordMessage): string[] {
  const v: string[] = [];
  if (message.allowedMentions.parse.length !== 0) v.push('allowed mentions');
  for (const e of message.embeds) {
    if (e.title.length === 0 || e.title.length > DISCORD_LIMITS.title) v.push('title');
    if (e.description.length === 0 || e.description.length > DISCORD_LIMITS.description) v.push('description');
    if (e.fields.length > DISCORD_LIMITS.fields) v.push('field count');
    for (const f of e.fields) {
      if (f.name.length === 0 || f.name.length > DISCORD_LIMITS.fieldName) v.push('field name');
      if (f.value.length === 0 || f.value.length > DISCORD_LIMITS.fieldValue) v.push('field value');
    }
    if ((e.footer?.text.length ?? 0) > DISCORD_LIMITS.footer) v.push('footer');
    const total = e.title.length + e.description.length + (e.footer?.text.length ?? 0) + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    if (total > DISCORD_LIMITS.embedTotal) v.push(`embed total ${total}`);
    if (/@(everyone|here)/i.test(JSON.stringify(e))) v.push('broadcast mention text');
  }
  if (message.components.length > DISCORD_LIMITS.rows) v.push('rows');
  const ids = new Set<string>();
  for (const row of message.components) {
    if (row.components.length === 0 || row.components.length > DISCORD_LIMITS.buttonsPerRow) v.push('buttons per row');
    for (const b of row.components) {
      if (b.label.length === 0 || b.label.length > DISCORD_LIMITS.buttonLabel) v.push('label');
      if (b.custom_id.length === 0 || b.custom_id.length > DISCORD_LIMITS.customId) v.push('custom_id length');
      if (ids.has(b.custom_id)) v.push('duplicate custom_id');
      ids.add(b.custom_id);
    }
  }
  return v;
}
