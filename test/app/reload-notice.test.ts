import type { KnowledgeProblem } from '../../src/knowledge/knowledge-error';
import type { ReloadOutcome } from '../../src/app/live-knowledge';
import { reloadNotice } from '../../src/app/reload-notice';

const ctx = { knowledgeDir: '/srv/whichpy/knowledge', logFile: '/srv/whichpy/data/whichpy.log', cwd: '/srv/whichpy' };
const kind: KnowledgeProblem = { file: 'frameworks/flask.yaml', field: 'kind', message: 'Invalid option: expected one of "micro"|"full-stack"' };
const cascade = (file: string): KnowledgeProblem => ({ file, field: 'frameworks.0', message: 'unknown framework id "flask"' });
const rejected = (...problems: KnowledgeProblem[]): ReloadOutcome => ({ ok: false, keptVersion: 'v1', problems });

describe('reloadNotice', () => {
  it.each<[string, ReloadOutcome, boolean, string | null]>([
    ['a valid edit', { ok: true, version: 'v2', changed: true }, false, 'knowledge reloaded: answers now use your edit (version v2)'],
    ['a save that changed nothing', { ok: true, version: 'v1', changed: false }, false, null],
    ['a broken file put back as it was', { ok: true, version: 'v1', changed: false }, true, 'knowledge files valid again, still serving version v1'],
    [
      'one problem',
      rejected(kind),
      false,
      'knowledge reload rejected: 1 problem in knowledge/frameworks/flask.yaml (kind: Invalid option: expected one of "micro"|"full-stack"), still serving the last good version (details in data/whichpy.log)',
    ],
    [
      'one typo that invalidates other files',
      rejected(kind, cascade('concepts/alembic.yaml'), cascade('concepts/celery.yaml')),
      false,
      'knowledge reload rejected: 3 problems in 3 files, the first in knowledge/frameworks/flask.yaml (kind: Invalid option: expected one of "micro"|"full-stack"), still serving the last good version (all of them in data/whichpy.log)',
    ],
    [
      'two problems in one file, a YAML excerpt cut off',
      rejected({ file: 'topics/admin.yaml', field: '', message: 'bad indentation of a mapping entry (3:5)\n\n 1 | id: admin\n 3 |   x: y' }, { file: 'topics/admin.yaml', field: 'id', message: 'Required' }),
      false,
      'knowledge reload rejected: 2 problems in knowledge/topics/admin.yaml (bad indentation of a mapping entry (3:5)), still serving the last good version (all of them in data/whichpy.log)',
    ],
    ['an unexpected error', rejected(), false, 'knowledge reload failed (unexpected error), still serving the last good version (details in data/whichpy.log)'],
  ])('%s', (_name, outcome, afterRejection, notice) => {
    expect(reloadNotice(outcome, ctx, afterRejection)).toBe(notice);
  });

  it('shows full paths for a knowledge folder outside the working folder', () => {
    expect(reloadNotice(rejected(kind), { ...ctx, knowledgeDir: '/tmp/k', cwd: '/srv/whichpy' })).toContain('1 problem in /tmp/k/frameworks/flask.yaml (kind:');
  });

  it('is always one line', () => {
    const long = { ...kind, message: `${'x'.repeat(500)}\nsecond line` };
    const notice = reloadNotice(rejected(long), ctx)!;
    expect(notice).not.toContain('\n');
    expect(notice.length).toBeLessThan(300);
  });
});
