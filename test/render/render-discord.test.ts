import fc from 'fast-check';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { decodeDiscordId, DISCORD_LIMITS, escapeDiscord, renderDiscord, type DiscordMessage } from '../../src/render/render-discord';
import { answerArbitrary, hostileText } from '../support/answer-arbitrary';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

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
