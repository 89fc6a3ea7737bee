import type { ConversationContext } from '../core/conversation';

/**
 * What a button under an answer does when clicked. Both platforms encode it in the button
 * itself (Slack's `value`, Discord's `custom_id`), so a click still works after a restart.
 */
export type ButtonAction =
  | { kind: 'ask'; question: string; context?: ConversationContext | null }
  | { kind: 'share'; question: string; context?: ConversationContext | null }
  | { kind: 'feedback'; helpful: boolean; question: string; answerTitle: string };

/** The question a rated or shared answer replied to, kept short enough for any button. */
export const MAX_BUTTON_QUESTION = 500;
