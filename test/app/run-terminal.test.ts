import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runTerminal } from '../../src/app/run-terminal';
import { testAppConfig } from '../support/app-config';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy';

/** Resolves when `check` holds, polling; fails the test after `ms` (generous: a shared machine). */
async function eventually(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('terminal chat with live knowledge (npm start without platform tokens)', () => {
  let knowledge: KnowledgeCopy;
  beforeEach(() => {
    knowledge = copyKnowledge();
  });
  afterEach(() => knowledge.remove());

  it('shows a broken knowledge edit as one line, logs the details to DATA_DIR/whichpy.log, and keeps answering', async () => {
    const config = testAppConfig({ knowledgeDir: knowledge.dir, logLevel: 'info' });
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (d: Buffer) => (written += d.toString()));
    const done = runTerminal({ config, input, output, interactive: false });

    const flask = knowledge.read('frameworks/flask.yaml');
    knowledge.replace('frameworks/flask.yaml', /^kind: .*$/m, 'kind: nano');
    await eventually(() => written.includes('knowledge reload rejected'), 'the rejection notice');
    input.write('is flask micro?\n');
    await eventually(() => /Flask/.test(written.slice(written.indexOf('knowledge reload rejected'))), 'an answer from the last good knowledge');
    knowledge.write('frameworks/flask.yaml', flask);
    await eventually(() => written.includes('knowledge files valid again'), 'the all-clear notice');
    input.end('what is flask\n');
    await done;

    const notices = written.split('\n').filter((l) => l.startsWith('knowledge '));
    expect(notices[0]).toMatch(/^knowledge reload rejected: \d+ problems in \d+ files, the first in .*frameworks\/flask\.yaml \(kind: .*\), still serving the last good version \(all of them in .*whichpy\.log\)$/);
    expect(notices.at(-1)).toMatch(/^knowledge files valid again/);
    expect(written).not.toMatch(/"level"|unknown framework id/);
    expect(written).toMatch(/Flask/);
    const log = readFileSync(join(config.dataDir, 'whichpy.log'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; problems?: unknown[] });
    expect(log.find((l) => l.msg.startsWith('knowledge edit rejected'))?.problems?.length).toBeGreaterThan(1);
  });
});
