import fc from 'fast-check';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { decodeDiscordId, escapeDiscord, renderDiscord } from '../../src/render/render-discord';
import { answerArbitrary, hostileText } from '../support/answer-arbitrary';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { discordViolations } from '../support/platform-limits';

describe('Discord rendering', () => {
  it('defuses @everyone, @here and mention syntax', () => {
    expect(escapeDiscord('@everyone @here <@123> <@!123> <@&456> <#789>')).not.toMatch(/@everyone|@here|<@!?\d|<@&\d|<#\d/);
  });

  it('keeps every Discord limit for answers of any shape (property)', () => {
    fc.assert(
      fc.property(answerArbitrary, hostileText(3000), (answer, question) => {
        expect(discordViolations(renderDiscord(answer, { question, feedback: true }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every limit for real answers to hostile questions, and buttons decode back', () => {
    const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
    fc.assert(
      fc.property(hostileText(20000), (question) => {
        const message = renderDiscord(matcher.answer(question), { question, feedback: true });
        expect(discordViolations(message)).toEqual([]);
        for (const b of message.components.flatMap((r) => r.components)) expect(decodeDiscordId(b.custom_id)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('shows frameworks side by side as inline fields, and sources as links', () => {
    const answer = createMatcher(loadKnowledge(KNOWLEDGE_DIR)).answer('flask vs django for admin panel');
    const [embed] = renderDiscord(answer, { question: 'q' }).embeds;
    expect(embed!.fields.filter((f) => f.inline).map((f) => f.name)).toEqual(['Django', 'Flask']);
    expect(embed!.fields.at(-1)!.value).toMatch(/^\[.+\]\(https:\/\//);
  });
});
