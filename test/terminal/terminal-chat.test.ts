import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { runTerminalChat } from '../../src/terminal/terminal-chat';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const ESC = String.fromCharCode(27);
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

  it.each([false, true])('shows a notice on its own line between answers (interactive: %s), keeping what was typed', async (interactive) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (d: Buffer) => (written += d.toString()));
    let show: (line: string) => void = () => undefined;
    const done = runTerminalChat({ matcher: () => matcher, input, output, interactive, notices: (fn) => (show = fn) });
    input.write('what is wsgi\nwhat is');
    await new Promise((r) => setImmediate(r));
    show('knowledge reload rejected: 1 problem in knowledge/frameworks/flask.yaml');
    input.end(' asgi\n');
    await done;
    show('after the chat ended');
    // A cursor move to column 1 or a line erase starts the screen line afresh.
    const plain = stripVTControlCharacters(written.replace(new RegExp(`${ESC}\\[[0-9;]*[GK]`, 'g'), '\n'));
    expect(plain.split('\n')).toContain('knowledge reload rejected: 1 problem in knowledge/frameworks/flask.yaml');
    // In a terminal the prompt comes back with the half-typed question under the notice.
    if (interactive) expect(plain).toMatch(/flask\.yaml\n+you> what is\n/);
    expect(plain.slice(plain.indexOf('knowledge reload rejected'))).toMatch(/ASGI/);
    expect(plain).not.toMatch(/after the chat ended/);
  });
});
