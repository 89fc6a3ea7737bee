import type { Answer } from '../core/answer';
import { messages } from '../core/messages';
import { renderDiscord } from './render-discord';
import { renderSlack } from './render-slack';

/** A platform on which an answer does not fit whole and would be shown shortened. */
export interface FitProblem {
  platform: 'slack' | 'discord';
  detail: string;
}

const ellipses = (text: string) => text.split('…').length - 1;

/** Every piece of an answer a renderer shows; an ellipsis in the output but not here was added by trimming. */
function contentEllipses(answer: Answer): number {
  const { parts } = answer;
  const texts = [
    parts.title,
    parts.verdict,
    ...parts.notes,
    ...parts.fields.flatMap((f) => [f.name, ...f.lines]),
    ...parts.sections.flatMap((s) => [s.heading, ...s.lines]),
    ...[...parts.followUps, ...parts.didYouMean].flatMap((s) => [s.label, s.question]),
    ...answer.sources.map((s) => s.title),
  ];
  return texts.reduce((sum, t) => sum + ellipses(t), 0);
}

/**
 * Renders an answer for both platforms and reports where it had to be trimmed (a part cut with
 * "…", or reasons dropped with the "shortened" note). The renderers never exceed a limit, so this
 * is how `knowledge:check` finds knowledge that is too long for a platform before users see it.
 * The plain-text notification fallback is not checked: it is meant to be a preview.
 */
export function fitProblems(answer: Answer, question: string): FitProblem[] {
  const problems: FitProblem[] = [];
  const expected = contentEllipses(answer);
  const slack = renderSlack(answer, { question, shareable: true, feedback: true });
  const slackJson = JSON.stringify(slack.blocks);
  if (slackJson.includes(messages.shortenedToFit('Slack'))) problems.push({ platform: 'slack', detail: 'more than 50 blocks: reasons were dropped' });
  else if (ellipses(slackJson) > expected) problems.push({ platform: 'slack', detail: 'a part was cut to fit a Block Kit limit' });
  const discord = renderDiscord(answer, { question, feedback: true });
  const discordJson = JSON.stringify({ embeds: discord.embeds, components: discord.components });
  if (discord.embeds.some((e) => e.footer?.text.includes(messages.shortenedToFit('Discord')))) problems.push({ platform: 'discord', detail: 'over 25 fields or 6,000 characters: reasons were dropped' });
  else if (ellipses(discordJson) > expected) problems.push({ platform: 'discord', detail: 'a part was cut to fit an embed limit' });
  return problems;
}
