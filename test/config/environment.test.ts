import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, projectRootFrom } from '../../src/config/environment';

describe('projectRootFrom', () => {
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'whichpy-root-'));
    for (const dir of ['app/src/config', 'app/dist/config', 'loose/a/b']) mkdirSync(join(tree, dir), { recursive: true });
    writeFileSync(join(tree, 'app', 'package.json'), '{}');
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  // The production bundle inlines environment.ts into dist/main.bundle.js: one level shallower.
  it.each([
    ['src/config (npm start, tsx)', 'app/src/config', 'app'],
    ["dist/config (tsc's output: the CLIs, the shard entry)", 'app/dist/config', 'app'],
    ['dist (the production bundle)', 'app/dist', 'app'],
    ['a folder with no package.json above it: two levels up, as before', 'loose/a/b', 'loose'],
  ])('from %s', (_name, start, root) => {
    expect(projectRootFrom(join(tree, start))).toBe(join(tree, root));
  });

  it('finds this checkout', () => {
    expect(PROJECT_ROOT).toBe(join(__dirname, '..', '..'));
  });
});
