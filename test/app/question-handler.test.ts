import { createCooldown } from '../../src/app/cooldown';
import type { GapEntry, GapLog } from '../../src/app/gap-log';
import { createQuestionHandler } from '../../src/app/question-handler';
import type { IncomingQuestion } from '../../src/core/adapter';
import { createConversationMemory } from '../../src/core/conversation';
import { createMatcher, type Matcher } from '../../src/core/matcher';
import { messages } from '../../src/core/messages';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(knowledge);
const ask = (text: string, o: Partial<IncomingQuestion> = {}): IncomingQuestion => ({ platform: 'slack', text, userId: 'U1', conversationId: 'C1:1', ...o });
const memoryGapLog = () => {
  const entries: Omit<GapEntry, 'at'>[] = [];
  const log: GapLog = { record: (e) => entries.push(e), reopen: () => undefined, close: async () => undefined };
  return { log, entries };
};

describe('the shared question handler', () => {
  it('answers through the matcher and follows on within a conversation', async () => {
    const handler = createQuestionHandler({ matcher: () => matcher, logger: silentLogger(), conversations: createConversationMemory() });
    expect((await handler(ask('flask vs django')))!.frameworks).toEqual(['flask', 'django']);
    const followUp = (await handler(ask('and for async?')))!;
    expect(followUp).toMatchObject({ frameworks: ['flask', 'django'], topic: 'async' });
    expect((await handler(ask('and for async?', { conversationId: 'C1:2' })))!.frameworks).toEqual([]);
  });

  it('records low-confidence and out-of-scope questions in the gap log, but not help', async () => {
    const { log, entries } = memoryGapLog();
    const handler = createQuestionHandler({ matcher: () => matcher, logger: silentLogger(), gapLog: log });
    await handler(ask('what is the best pizza topping'));
    await handler(ask('help'));
    await handler(ask('flask vs django for admin panel'));
    expect(entries).toEqual([expect.objectContaining({ kind: 'unanswered', question: 'what is the best pizza topping', intent: 'out_of_scope' })]);
  });

  it('records a question naming a framework the knowledge does not cover, and says so', async () => {
    const { log, entries } = memoryGapLog();
    const handler = createQuestionHandler({ matcher: () => matcher, logger: silentLogger(), gapLog: log });
    // A Python web framework the knowledge leaves out (from knowledge/nlu/vocabulary.yaml), never a covered one.
    const covered = new Set(knowledge.frameworks.flatMap((f) => [f.id, ...f.aliases.map((a) => a.toLowerCase())]));
    const [key, name] = Object.entries(knowledge.nlu.vocabulary.uncoveredFrameworks).find(([k]) => !k.includes(' ') && !covered.has(k))!;
    const question = `${key} vs flask`;
    const answer = (await handler(ask(question)))!;
    expect(answer.parts.uncovered).toEqual([name]);
    expect(answer.parts.notes.join(' ')).toContain(name);
    expect(answer.frameworks).toEqual(['flask']);
    expect(entries).toEqual([expect.objectContaining({ kind: 'unanswered', question, frameworks: ['flask'] })]);
  });

  it('answers a burst with one "slow down", then stays quiet until the window passes', async () => {
    let now = 0;
    const handler = createQuestionHandler({ matcher: () => matcher, logger: silentLogger(), cooldown: createCooldown({ limit: 2, windowMs: 10_000, maxUsers: 10, now: () => now }) });
    const titles = [];
    for (let i = 0; i < 4; i++) titles.push((await handler(ask('what is wsgi')))?.parts.title ?? null);
    expect(titles).toEqual(['WSGI', 'WSGI', messages.slowDownTitle, null]);
    now = 10_001;
    expect((await handler(ask('what is wsgi')))!.parts.title).toBe('WSGI');
  });

  it('tells people it is restarting once shutdown began', async () => {
    let accepting = true;
    const handler = createQuestionHandler({ matcher: () => matcher, logger: silentLogger(), accepting: () => accepting });
    accepting = false;
    expect((await handler(ask('flask vs django')))!.parts.title).toBe(messages.restartingTitle);
  });

  it('turns a failure while answering into the kind error answer', async () => {
    const broken = { answer: () => { throw new Error('boom'); } } as unknown as Matcher;
    const handler = createQuestionHandler({ matcher: () => broken, logger: silentLogger() });
    expect((await handler(ask('flask')))!.parts.title).toBe(messages.internalErrorTitle);
  });
});
