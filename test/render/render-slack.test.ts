import fc from 'fast-check';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { decodeSlackValue, escapeSlack, renderSlack } from '../../src/render/render-slack';
import { answerArbitrary, hostileText } from '../support/answer-arbitrary';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { slackViolations, type Button, type Text } from '../support/platform-limits';

describe('Slack rendering', () => {
  it('escapes &, < and > so text can never become a mention or link', () => {
    expect(escapeSlack('<!channel> & <@U1> <http://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt;');
  });

  it('keeps every Slack limit for answers of any shape (property)', () => {
    fc.assert(
      fc.property(answerArbitrary, hostileText(3000), fc.boolean(), (answer, question, shareable) => {
        const message = renderSlack(answer, { question, shareable, feedback: true });
        expect(slackViolations(message)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every limit for real answers to hostile questions, and buttons decode back', () => {
    const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
    fc.assert(
      fc.property(hostileText(20000), (question) => {
        const message = renderSlack(matcher.answer(question), { question, shareable: true, feedback: true });
        expect(slackViolations(message)).toEqual([]);
        const buttons = message.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Button[]);
        for (const b of buttons) expect(decodeSlackValue(b.value)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('shows a compare answer as header, verdict, side-by-side fields, reasons, sources and buttons', () => {
    const answer = createMatcher(loadKnowledge(KNOWLEDGE_DIR)).answer('flask vs django for admin panel');
    const types = renderSlack(answer, { question: 'q', shareable: true, feedback: true }).blocks.map((b) => b.type);
    expect(types[0]).toBe('header');
    expect(types).toEqual(expect.arrayContaining(['section', 'context', 'actions']));
    const fields = renderSlack(answer, { question: 'q' }).blocks.find((b) => 'fields' in b)!.fields as Text[];
    expect(fields.map((f) => f.text.split('\n')[0])).toEqual(['*Django*', '*Flask*']);
  });
});
