import type { TopicId } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, mainFrameworks, type ComposeInput, type Composed } from './helpers';

/** The needs that most often decide the choice, offered as one-click questions. */
const DECIDING_NEEDS: TopicId[] = ['rest_api', 'admin', 'learning_curve', 'websockets'];

/**
 * "which is best?", "help me choose", "what should I use": not out of scope, just not specific
 * yet. The answer names what decides it and offers those questions as buttons, with a rule of thumb
 * for the most used frameworks (and the one the team already knows, if the question said so).
 */
export function composeVague({ knowledge, frameworks, understanding: u }: ComposeInput): Composed {
  const context = frameworks.filter((f) => u.roles[f.id] === 'context' || u.roles[f.id] === 'candidate');
  const shown = [...context, ...mainFrameworks(knowledge).filter((f) => !context.includes(f))].slice(0, 4);
  const parts = emptyParts(messages.vagueTitle, messages.vagueVerdict);
  parts.sections = [{ heading: 'Rule of thumb', lines: shown.map((f) => `Choose ${f.name} if ${f.chooseIf}.`) }];
  parts.followUps = DECIDING_NEEDS.map((id) => knowledge.topics.find((t) => t.id === id))
    .filter((t) => t !== undefined)
    .map((t) => ({ label: `Best for ${t.name.toLowerCase()}`, question: `best framework for ${t.phrase}` }));
  return { parts, recommendation: null, support: null, fit: null, shown, sources: collectSources(...shown.map((f) => f.summary.sources)) };
}
