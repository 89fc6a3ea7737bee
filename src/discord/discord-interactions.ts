import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { messages } from '../core/messages';
import { decodeDiscordId, DISCORD_ID_PREFIX } from '../render/render-discord';
import { WHICHPY_COMMAND } from './commands';
import type { DiscordReplyKit } from './discord-adapter';

/**
 * The `/whichpy` command and whichpy's buttons. Discord shows "interaction failed" unless each
 * interaction gets a response within 3 s, so every path responds, even on error.
 */
export async function handleDiscordInteraction(interaction: Interaction, kit: DiscordReplyKit): Promise<void> {
  try {
    // Two processes running the same shard (a rolling deploy) both receive it; one responds.
    if (!(await kit.claim(`interaction:${interaction.id}`))) return;
    if (interaction.isChatInputCommand() && interaction.commandName === WHICHPY_COMMAND.name) await onCommand(interaction, kit);
    else if (interaction.isButton() && interaction.customId.startsWith(DISCORD_ID_PREFIX)) await onButton(interaction, kit);
  } catch (err) {
    kit.logger.error({ err, platform: 'discord', code: (err as { code?: unknown }).code }, 'discord interaction failed');
    if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
      await interaction.reply({ content: messages.internalError, flags: MessageFlags.Ephemeral }).catch(() => undefined);
    }
  }
}

async function onCommand(interaction: ChatInputCommandInteraction, kit: DiscordReplyKit): Promise<void> {
  const question = interaction.options.getString('question') ?? '';
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  const conversationId = `slash:${interaction.id}`;
  const answer = await kit.ask({ text: question, userId: interaction.user.id, conversationId });
  if (!answer) {
    await interaction.reply({ content: messages.slowDown, flags: MessageFlags.Ephemeral });
    return;
  }
  const response = await interaction.reply({ ...kit.render(answer, question), ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}), withResponse: true });
  await kit.remember(response.resource?.message?.id, conversationId);
}

async function onButton(interaction: ButtonInteraction, kit: DiscordReplyKit): Promise<void> {
  const action = decodeDiscordId(interaction.customId);
  if (!action) {
    await interaction.reply({ content: messages.buttonExpired, flags: MessageFlags.Ephemeral });
    return;
  }
  if (action.kind === 'feedback') {
    kit.onFeedback?.({ platform: 'discord', helpful: action.helpful, question: action.question, answerTitle: interaction.message.embeds[0]?.title ?? '' });
    await interaction.reply({ content: action.helpful ? messages.feedbackThanks : messages.feedbackThanksUnhelpful, flags: MessageFlags.Ephemeral });
    return;
  }
  // The clicked answer's conversation continues, so "Pros and cons of Django" follows on.
  const conversationId = (await kit.conversationOf(interaction.message.id)) ?? `msg:${interaction.message.id}`;
  const answer = await kit.ask({ text: action.question, userId: interaction.user.id, conversationId });
  if (!answer) {
    await interaction.reply({ content: messages.slowDown, flags: MessageFlags.Ephemeral });
    return;
  }
  const reply = kit.render(answer, action.question);
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) {
    // A private answer is replaced in place, as on Slack.
    await interaction.update(reply);
    return;
  }
  const response = await interaction.reply({ ...reply, withResponse: true });
  await kit.remember(response.resource?.message?.id, conversationId);
}
