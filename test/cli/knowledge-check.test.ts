import { TOPIC_IDS } from '../../src/core/knowledge-model';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy';
import { runCli } from '../support/run-cli';

const check = (dir: string, env?: Record<string, string>) => runCli('src/cli/knowledge-check.ts', [dir], { env });
/** knowledge:check with no folder argument: KNOWLEDGE_DIR decides, as `npm run knowledge:check` does. */
const checkEnv = (env: Record<string, string>) => runCli('src/cli/knowledge-check.ts', [], { env });

/** Moves the `checked` date of one fact (a `text:` line at `indent` after `anchor`) to `date`. */
function checkFactOn(c: KnowledgeCopy, file: string, anchor: RegExp, date: string): void {
  c.replace(file, new RegExp(`(${anchor.source}\\n( +)text: .*\\n)`, 'm'), `$1$2checked: ${date}\n`);
}

describe('npm run knowledge:check', () => {
  let copy: KnowledgeCopy;
  beforeEach(() => (copy = copyKnowledge()));
  afterEach(() => copy.remove());

  it('passes the real knowledge and says how many answers it rendered', async () => {
    const k = loadKnowledge(KNOWLEDGE_DIR);
    const { code, stdout, stderr } = await check(copy.dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const counts = `${k.frameworks.length} frameworks, ${TOPIC_IDS.length} topics, ${k.concepts.length} concepts`;
    expect(stdout).toMatch(new RegExp(`knowledge ok .*${counts}; \\d{3,} answers render within Slack and Discord limits`));
  });

  it('fails on a schema error, naming the file and the field', async () => {
    copy.replace('frameworks/flask.yaml', /^( {2}admin:\n(?: {4}.*\n)*? {4}rating: )\d+/m, '$10');
    const { code, stderr } = await check(copy.dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/frameworks\/flask\.yaml: support\.admin\.rating: must be 1 to 5/);
  });

  it('lists every problem, not only the first twenty', async () => {
    const before = copy.read('frameworks/bottle.yaml');
    copy.write('frameworks/bottle.yaml', before.replace(/^( {4}rating: )\d+$/gm, '$19'));
    const { code, stderr } = await check(copy.dir);
    expect(code).toBe(1);
    expect(TOPIC_IDS.length).toBeGreaterThan(20);
    const count = Number(/is invalid \((\d+) problem\(s\)\)/.exec(stderr)?.[1]);
    expect(count).toBeGreaterThanOrEqual(TOPIC_IDS.length);
    expect(stderr.split('\n').filter((l) => l.startsWith('  - ')).length).toBe(count);
    for (const topic of TOPIC_IDS) expect(stderr).toContain(`frameworks/bottle.yaml: support.${topic}.rating: must be 1 to 5`);
    expect(stderr).not.toMatch(/and \d+ more/);
  });

  it('reports a misspelt source id once per file, with how many fields cite it', async () => {
    const flask = copy.read('frameworks/flask.yaml');
    const cited = (flask.match(/(?<!\w)flask_quickstart_docs(?!\w)/g) ?? []).length;
    expect(cited).toBeGreaterThan(1);
    copy.write('frameworks/flask.yaml', flask.replace(/(?<!\w)flask_quickstart_docs(?!\w)/g, 'flask_quikstart_docs'));
    const { code, stderr } = await check(copy.dir);
    expect(code).toBe(1);
    expect(stderr).toContain('(1 problem(s))');
    expect(stderr).toMatch(new RegExp(`frameworks/flask\\.yaml: [\\w.]+\\.source: unknown source id "flask_quikstart_docs" \\(cited by ${cited} fields\\)`));
  });

  it('fails when one name points at two frameworks', async () => {
    copy.replace('frameworks/flask.yaml', 'aliases: [flask,', 'aliases: [flask, bottle,');
    const { code, stderr } = await check(copy.dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/frameworks\/(flask|bottle)\.yaml › aliases: "bottle" also names framework (flask|bottle)/);
  });

  it('fails when an answer would have to be shortened on a platform', async () => {
    const long = 'Bottle keeps everything in one module. '.repeat(120).trim();
    copy.replace('frameworks/bottle.yaml', /^summary:\n {2}text: .*$/m, `summary:\n  text: "${long}"`);
    const { code, stderr } = await check(copy.dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Answers that do not fit a platform/);
    expect(stderr).toMatch(/"what is Bottle" .* on (slack|discord)/);
  });

  it('reads KNOWLEDGE_DIR and warns, without failing, about a fact not checked for a long time, by file and field', async () => {
    checkFactOn(copy, 'frameworks/bottle.yaml', /^summary:/, '2019-03-01');
    const { code, stdout, stderr } = await checkEnv({ KNOWLEDGE_DIR: copy.dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/knowledge ok/);
    expect(stderr).toMatch(/Facts not checked for over 12 months \(1\)/);
    expect(stderr).toContain('frameworks/bottle.yaml › summary: checked 2019-03-01');
  });

  it('warns about a stale per-topic fact, and KNOWLEDGE_MAX_AGE_MONTHS sets the age', async () => {
    const date = new Date();
    date.setUTCMonth(date.getUTCMonth() - 4);
    const fourMonthsAgo = date.toISOString().slice(0, 10);
    copy.replace('frameworks/django.yaml', /^( {2}orm:\n(?: {4}.*\n)*? {4}rating: \d+\n)/m, `$1    checked: ${fourMonthsAgo}\n`);
    const quiet = await check(copy.dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/support\.orm/);
    const strict = await check(copy.dir, { KNOWLEDGE_MAX_AGE_MONTHS: '3' });
    expect(strict.code).toBe(0);
    expect(strict.stderr).toMatch(/Facts not checked for over 3 months/);
    expect(strict.stderr).toContain(`frameworks/django.yaml › support.orm: checked ${fourMonthsAgo}`);
    // Two full checks (each renders every answer): over 20 s on a 2-core machine under other load.
  }, 60_000);

  it('takes KNOWLEDGE_DIR when no folder is given, naming that folder in its errors', async () => {
    copy.replace('frameworks/flask.yaml', /^kind: .*$/m, 'kind: nano');
    const { code, stderr } = await checkEnv({ KNOWLEDGE_DIR: copy.dir });
    expect(code).toBe(1);
    expect(stderr).toContain(`Knowledge in ${copy.dir} is invalid`);
    expect(stderr).toMatch(/frameworks\/flask\.yaml: kind/);
  });

  it('refuses a KNOWLEDGE_MAX_AGE_MONTHS that is not a whole number of months', async () => {
    const { code, stderr } = await check(copy.dir, { KNOWLEDGE_MAX_AGE_MONTHS: 'soon' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/KNOWLEDGE_MAX_AGE_MONTHS must be a whole number/);
  });
});
