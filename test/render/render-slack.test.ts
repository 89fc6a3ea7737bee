import fc from 'fast-check';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { decodeSlackValue, escapeSlack, renderSlack, SLACK_LIMITS, type SlackBlock, type SlackMessage } from '../../src/render/render-slack';
import { answerArbitrary, hostileText } from '../support/answer-arbitrary';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

type Text = { type: string; text: string };
type Button = { action_id: string; text: Text; value: string };

/** Every limit Slack enforces on what we send; returns the broken ones (empty = valid). */
function slackViolations(message: SlackMessage): string[] {
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
