import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGapLog, type GapEntry } from '../../src/app/gap-log';
import { readGapLog } from '../../src/app/gap-read';
import { createQuestionHandler } from '../../src/app/question-handler';
import { StartupError } from '../../src/app/startup-error';
import { buildGapReport, formatGapReport } from '../../src/app/gap-report';
import { createMatcher } from '../../src/core/matcher';
import { messages } from '../../src/core/messages';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { silentLogger } from '../../src/logging/logger';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';
import { pino } from 'pino';

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

  it('stores entries as JSON lines that survive a restart', async () => {
    const file = join(dir, 'data', 'gaps.jsonl');
    const first = createGapLog({ file });
    first.record(entry('how do I deploy to mars'));
    await first.close();
    const second = createGapLog({ file });
    second.record(entry('flask vs django', 'unhelpful', 'Flask vs Django'));
    await second.close();
    expect((await readGapLog(file)).map((e) => [e.kind, e.question])).toEqual([
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
    const entries = await readGapLog(file);
    for (const id of ['a', 'b', 'c', 'd']) expect(entries.filter((e) => e.platform === id)).toHaveLength(500);
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
    expect(await readGapLog(file)).toHaveLength(complete.length + (lines.at(-1) && isJson(lines.at(-1)!) ? 1 : 0));
  }, 30_000);

  it('reports the most frequent unanswered questions and the worst-rated answers', async () => {
    const file = join(dir, 'gaps.jsonl');
    const log = createGapLog({ file });
    for (const q of ['Is Litestar good?', 'is litestar good', 'quart vs flask', 'IS LITESTAR GOOD??']) log.record(entry(q));
    log.record(entry('flask vs django', 'unhelpful', 'Flask vs Django'));
    log.record(entry('Flask vs Django', 'unhelpful', 'Flask vs Django'));
    log.record(entry('what is wsgi', 'unhelpful', 'WSGI'));
    await log.close();
    const report = buildGapReport(await readGapLog(file));
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

describe('gap log faults: each costs at most the entries it touches, never an answer', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'whichpy-gaps-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a torn last line (a crash mid-write) costs only itself: the next entry starts on a new line', async () => {
    const file = join(dir, 'gaps.jsonl');
    writeFileSync(file, `${JSON.stringify({ at: 'x', ...entry('kept before') })}\n{"at":"2026-11-25T10:00:00.000Z","kind":"unans`);
    const log = createGapLog({ file });
    log.record(entry('written after the crash'));
    await log.close();
    expect((await readGapLog(file)).map((e) => e.question)).toEqual(['kept before', 'written after the crash']);
    // The new entry is a line of its own, not glued onto the torn one.
    expect(readFileSync(file, 'utf8').split('\n').filter(isJson)).toHaveLength(2);
  });

  it('reads an entry appended onto a torn line by an older version (no newline between them)', async () => {
    const file = join(dir, 'gaps.jsonl');
    writeFileSync(file, `{"at":"2026-11-25T10:00:00.000Z","kind":"unans${JSON.stringify({ at: 'y', ...entry('swallowed before') })}\n`);
    expect((await readGapLog(file)).map((e) => e.question)).toEqual(['swallowed before']);
  });

  it('a full disk drops the entry, logs it, and the question is still answered', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'warn' }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) });
    const gapLog = createGapLog({ file: '/dev/full', logger }); // every write fails with ENOSPC
    const handler = createQuestionHandler({ matcher: () => createMatcher(loadKnowledge(KNOWLEDGE_DIR)), logger: silentLogger(), gapLog });
    const answer = await handler({ platform: 'slack', text: 'qwzx blorp frobnicate', userId: 'U1', conversationId: 'C1' });
    expect(answer!.parts.title).not.toBe(messages.internalErrorTitle);
    await gapLog.close();
    expect(lines).toEqual([expect.objectContaining({ msg: 'gap log write failed; entries dropped', err: expect.objectContaining({ code: 'ENOSPC' }) })]);
  });

  it('rotates by size, keeping the newest generations, and the reader reads them oldest first', async () => {
    const file = join(dir, 'gaps.jsonl');
    const log = createGapLog({ file, maxBytes: 1000, keepFiles: 2 });
    for (let i = 0; i < 12; i++) {
      log.record(entry(`question ${i} ${'x'.repeat(100)}`));
      await new Promise((r) => setImmediate(r)); // one write per entry, as in a running bot
    }
    await log.close();
    expect([file, `${file}.1`, `${file}.2`].map(existsSync)).toEqual([true, true, true]);
    expect(existsSync(`${file}.3`)).toBe(false);
    for (const f of [file, `${file}.1`, `${file}.2`]) expect(statSync(f).size).toBeLessThanOrEqual(1000);
    const questions = (await readGapLog(file)).map((e) => Number(e.question.split(' ')[1]));
    expect(questions).toEqual([...questions].sort((a, b) => a - b));
    expect(questions.at(-1)).toBe(11);
  });

  it('after logrotate renames the file, reopen() sends new entries to a fresh file by that name', async () => {
    const file = join(dir, 'gaps.jsonl');
    const log = createGapLog({ file });
    log.record(entry('before rotation'));
    while (!readFileSync(file, 'utf8').includes('before rotation')) await new Promise((r) => setTimeout(r, 5));
    renameSync(file, `${file}.rotated`);
    log.reopen();
    log.record(entry('after rotation'));
    await log.close();
    expect((await readGapLog(`${file}.rotated`)).map((e) => e.question)).toEqual(['before rotation']);
    expect((await readGapLog(file)).map((e) => e.question)).toEqual(['after rotation']);
  });

  it('an unwritable DATA_DIR is a start-up error naming DATA_DIR and the file', () => {
    const notADir = join(dir, 'a-file');
    writeFileSync(notADir, '');
    const file = join(notADir, 'data', 'gaps.jsonl');
    expect(() => createGapLog({ file })).toThrow(StartupError);
    expect(() => createGapLog({ file })).toThrow(/^DATA_DIR: cannot write the gap log .*a-file\/data\/gaps\.jsonl \(ENOTDIR\)/);
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
