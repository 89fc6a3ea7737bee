import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerJsonSchema } from '../support/answer-contract';
import { copyKnowledge } from '../support/knowledge-copy';
import { runCli } from '../support/run-cli';

describe('npm run ask', () => {
  it('prints the answer as JSON with --json', async () => {
    const r = await runCli('src/cli/ask.ts', ['--json', 'flask vs django for admin panel']);
    expect(r.code).toBe(0);
    const answer = answerJsonSchema.parse(JSON.parse(r.stdout));
    expect(answer).toMatchObject({ intent: 'compare', frameworks: ['flask', 'django'], topic: 'admin', recommendation: 'django' });
    expect(answer.text).toMatch(/Flask-Admin/);
  });

  it('prints fit for a yes/no question about one framework, and at most five sources', async () => {
    const r = await runCli('src/cli/ask.ts', ['--json', 'is django overkill for a simple api with 3 endpoints']);
    expect(r.code).toBe(0);
    const answer = answerJsonSchema.parse(JSON.parse(r.stdout));
    expect(answer).toMatchObject({ intent: 'recommend', frameworks: ['django'], fit: 'poor' });
    expect(answer.recommendation).not.toBe('django');
    // Asked whether it is too much, the first line's yes answers that word: too much, a poor fit.
    expect(answer.text).toMatch(/^[^\n]*\n+Yes, too much here: Django is a poor fit\b/);
    expect(answer.sources.length).toBeGreaterThan(0);
  });

  it('prints plain text with sources without --json', async () => {
    const r = await runCli('src/cli/ask.ts', ['does fastapi have an orm?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FastAPI/);
    expect(r.stdout).toMatch(/https?:\/\//);
  });

  it('answers one JSON line per input line in batch mode, in order, whatever the lines hold', async () => {
    const lines = ['flask vs django', '', 'what is wsgi', '\u0000\u0001 binary \uFFFD', '🐍🐍🐍', 'x'.repeat(20_000), '<!channel> djnago admin?\r'];
    const r = await runCli('src/cli/ask.ts', [], { input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => answerJsonSchema.parse(JSON.parse(l)));
    expect(out).toHaveLength(lines.length);
    expect(out[0]!.intent).toBe('compare');
    expect(out[1]!.intent).toBe('help');
    expect(out[2]!.intent).toBe('describe');
    expect(out[6]!.frameworks).toEqual(['django']);
  });

  it('is stateless by default, and follows a conversation in a batch given --conversation', async () => {
    const input = 'flask vs django\nand for async?\n';
    const parse = (out: string) => out.trimEnd().split('\n').map((l) => answerJsonSchema.parse(JSON.parse(l)));
    const alone = parse((await runCli('src/cli/ask.ts', [], { input })).stdout);
    expect(alone[1]).toMatchObject({ intent: 'recommend', frameworks: [], topic: 'async' });
    const followed = parse((await runCli('src/cli/ask.ts', ['--conversation', 'c1'], { input })).stdout);
    expect(followed[1]).toMatchObject({ intent: 'compare', frameworks: ['flask', 'django'], topic: 'async' });
  });

  it('remembers a conversation across single-question calls given the same --conversation id', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'whichpy-cli-'));
    try {
      const env = { DATA_DIR: dataDir };
      await runCli('src/cli/ask.ts', ['--json', '--conversation', 'x', 'does flask have an orm'], { env });
      const next = await runCli('src/cli/ask.ts', ['--json', '--conversation', 'x', 'what about fastapi?'], { env });
      expect(JSON.parse(next.stdout)).toMatchObject({ intent: 'feature_check', frameworks: ['fastapi'], topic: 'orm' });
      const other = await runCli('src/cli/ask.ts', ['--json', '--conversation', 'y', 'what about fastapi?'], { env });
      expect(JSON.parse(other.stdout)).toMatchObject({ intent: 'describe', frameworks: ['fastapi'] });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown flag alone', ['--bogus'], /--bogus/],
    ['an unknown flag before a question', ['--bogus', 'flask vs django'], /--bogus/],
    ['an unknown short flag', ['-x', 'flask'], /-x/],
    ['--conversation without its id', ['--json', '--conversation'], /--conversation/],
    ['a value given to --json', ['--json=yes', 'flask'], /--json/],
  ])('rejects %s with the usage line on stderr and exit code 2', async (_name, args, named) => {
    const r = await runCli('src/cli/ask.ts', args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [reason, usage] = r.stderr.split('\n');
    expect(reason).toMatch(named);
    expect(usage).toMatch(/^usage: npm run --silent ask -- /);
  });

  it('takes a question that starts with a dash after --', async () => {
    const r = await runCli('src/cli/ask.ts', ['--json', '--', '--is flask good?']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ frameworks: ['flask'] });
  });

  it('keeps a last line that has no newline', async () => {
    const r = await runCli('src/cli/ask.ts', [], { input: 'flask\ndjango' });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('exits non-zero and names the file and field when a knowledge file is broken', async () => {
    const copy = copyKnowledge();
    try {
      copy.replace('frameworks/flask.yaml', /^kind: .*$/m, 'kind: nano');
      const r = await runCli('src/cli/ask.ts', ['flask'], { env: { KNOWLEDGE_DIR: copy.dir } });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/frameworks\/flask\.yaml: kind:/);
    } finally {
      copy.remove();
    }
  });
});

describe('npm start without platform tokens', () => {
  it('opens the terminal chat and answers each line until input ends', async () => {
    const r = await runCli('src/main.ts', [], { input: 'flask vs django for admin panel\nexit\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Django/);
  });

  it('refuses to start on broken knowledge, naming file and field', async () => {
    const copy = copyKnowledge();
    try {
      copy.replace('topics/admin.yaml', /^kind: .*$/m, 'kind: maybe');
      const r = await runCli('src/main.ts', [], { env: { KNOWLEDGE_DIR: copy.dir } });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/topics\/admin\.yaml: kind:/);
    } finally {
      copy.remove();
    }
  });
});
