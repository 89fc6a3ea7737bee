import { PassThrough } from 'node:stream';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { runTerminalChat } from '../../src/terminal/terminal-chat';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));

async function chat(lines: string[], interactive = false): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d: Buffer) => (written += d.toString()));
  const done = runTerminalChat({ matcher: () => matcher, input, output, interactive });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return written;
}

describe('terminal chat', () => {
  it('answers each line with text and sources', async () => {
    const out = await chat(['flask vs django for admin panel', 'what is wsgi']);
    expect(out).toMatch(/Django/);
    expect(out).toMatch(/WSGI/);
    expect(out).toMatch(/Sources:/);
  });

  it('understands follow-ups within the session', async () => {
    const out = await chat(['flask vs django', 'and for async?']);
    expect(out).toMatch(/Comparing Flask and Django for async support, following on from your last question/);
  });

  it('stops at "exit" and ignores what follows', async () => {
    const out = await chat(['exit', 'what is wsgi']);
    expect(out).not.toMatch(/WSGI/);
  });

  it('greets and prompts in an interactive terminal', async () => {
    const out = await chat(['help'], true);
    expect(out).toMatch(/you> /);
    expect(out).toMatch(/bye/);
  });
});
