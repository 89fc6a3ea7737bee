import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGapLog, readGapLog, type GapEntry } from '../../src/app/gap-log';
import { buildGapReport, formatGapReport } from '../../src/app/gap-report';

const WRITER = join(__dirname, '..', 'fixtures', 'gap-writer.ts');

const entry = (question: string, kind: GapEntry['kind'] = 'unanswered', answer = 'That is outside what I know'): Omit<GapEntry, 'at'> => ({
  kind,
  platform: 'slack',
  question,
  intent: 'out_of_scope',
  frameworks: [],
  topic: null,
  confidence: 0.4,
  answer,
});

function runWriter(file: string, id: string, count?: number) {
  // node with tsx's loader in-process (not the tsx CLI, which runs a child that a SIGKILL would orphan).
  return spawn(process.execPath, ['--import', 'tsx', WRITER, file, id, ...(count ? [String(count)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
}

describe('gap log', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'whichpy-gaps-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores entries as JSON lines that survive a restart', () => {
    const file = join(dir, 'data', 'gaps.jsonl');
    const first = createGapLog(file);
    first.record(entry('how do I deploy to mars'));
    first.close();
    const second = createGapLog(file);
    second.record(entry('flask vs django', 'unhelpful', 'Flask vs Django'));
    second.close();
    expect(readGapLog(file).map((e) => [e.kind, e.question])).toEqual([
      ['unanswered', 'how do I deploy to mars'],
      ['unhelpful', 'flask vs django'],
    ]);
  });

  it('keeps every line whole when several processes append at once', async () => {
    const file = join(dir, 'gaps.jsonl');
    const writers = ['a', 'b', 'c', 'd'].map((id) => runWriter(file, id, 500));
    await Promise.all(writers.map((w) => new Promise((r) => w.on('exit', r))));
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2000);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    for (const id of ['a', 'b', 'c', 'd']) expect(readGapLog(file).filter((e) => e.platform === id)).toHaveLength(500);
  }, 30_000);

  it('loses no earlier line when the writing process is killed mid-write', async () => {
    const file = join(dir, 'gaps.jsonl');
    const writer = runWriter(file, 'victim');
    await new Promise<void>((resolve) => writer.stdout!.once('data', () => resolve()));
    writer.kill('SIGKILL');
    await new Promise((r) => writer.on('exit', r));
    const lines = readFileSync(file, 'utf8').split('\n');
    const complete = lines.slice(0, -1); // the last piece is '' or a line cut by the kill
    expect(complete.length).toBeGreaterThan(100);
    complete.forEach((line, i) => expect(JSON.parse(line)).toMatchObject({ question: expect.stringMatching(new RegExp(`^question ${i} `)) }));
    expect(readGapLog(file)).toHaveLength(complete.length + (lines.at(-1) && isJson(lines.at(-1)!) ? 1 : 0));
  }, 30_000);

  it('reports the most frequent unanswered questions and the worst-rated answers', () => {
    const file = join(dir, 'gaps.jsonl');
    const log = createGapLog(file);
    for (const q of ['Is Litestar good?', 'is litestar good', 'quart vs flask', 'IS LITESTAR GOOD??']) log.record(entry(q));
    log.record(entry('flask vs django', 'unhelpful', 'Flask vs Django'));
    log.record(entry('Flask vs Django', 'unhelpful', 'Flask vs Django'));
    log.record(entry('what is wsgi', 'unhelpful', 'WSGI'));
    log.close();
    const report = buildGapReport(readGapLog(file));
    expect(report.unanswered.map((r) => [r.count, r.question.toLowerCase()])).toEqual([
      [3, expect.stringContaining('litestar')],
      [1, 'quart vs flask'],
    ]);
    expect(report.unhelpful.map((r) => [r.count, r.answer])).toEqual([
      [2, 'Flask vs Django'],
      [1, 'WSGI'],
    ]);
    expect(formatGapReport(report)).toMatch(/\b3\s+Is Litestar good\?/);
  });
});

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
