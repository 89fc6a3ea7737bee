import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy';
import { runCli } from '../support/run-cli';

const check = (dir: string) => runCli('src/cli/knowledge-check.ts', [dir]);

describe('npm run knowledge:check', () => {
  let copy: KnowledgeCopy;
  beforeEach(() => (copy = copyKnowledge()));
  afterEach(() => copy.remove());

  it('passes the real knowledge and says how many answers it rendered', async () => {
    const { code, stdout } = await check(copy.dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/knowledge ok .*6 frameworks, 26 topics, \d+ concepts; \d{3,} answers render within Slack and Discord limits/);
  });

  it('fails on a schema error, naming the file and the field', async () => {
    copy.replace('topics/admin.yaml', /^ranking:.*$/m, 'ranking: []');
    const { code, stderr } = await check(copy.dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/topics\/admin\.yaml/);
    expect(stderr).toMatch(/ranking/);
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
});
