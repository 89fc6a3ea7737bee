import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWithCompileCache, type CompileCacheState } from '../../src/launch/compile-cache';

const ROOT = join(__dirname, '..', '..');

// A CommonJS module like the bundle: reads its own folder, requires a neighbour and a built-in.
const MODULE = `const { join } = require('node:path');
exports.answer = () => require('./neighbour.js').value + 1;
exports.here = join(__dirname, 'x');
exports.isMain = require.main === module;`;

const flip = (c: Buffer, at: number) => Buffer.concat([c.subarray(0, at), Buffer.from(c.subarray(at, at + 16).map((b) => b ^ 0x5a)), c.subarray(at + 16)]);

describe('loadWithCompileCache', () => {
  let dir: string;
  let file: string;
  let cacheFile: string;
  const load = () => loadWithCompileCache({ file, cacheFile });
  const exportsOf = (m: { exports: unknown }) => m.exports as { answer(): number; here: string; isMain: boolean };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'whichpy-cache-'));
    file = join(dir, 'bundle.js');
    cacheFile = join(dir, 'bundle.cache');
    writeFileSync(file, MODULE);
    writeFileSync(join(dir, 'neighbour.js'), 'exports.value = 41;');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the module as require would, without making it the main module', () => {
    const m = exportsOf(load());
    expect(m.answer()).toBe(42);
    expect(m.here).toBe(join(dir, 'x'));
    expect(m.isMain).toBe(false);
  });

  it('starts without a cache, saves one, and V8 uses it on the next load', () => {
    const first = load();
    expect(first.cache).toBe('missing');
    expect(first.save()).toBe(true);
    const second = load();
    expect(second.cache).toBe('used');
    expect(exportsOf(second).answer()).toBe(42);
  });

  // Each fault leaves a cache file V8 must never see (corrupt data aborted node) or refuses.
  it.each<[string, (cache: Buffer) => Buffer, CompileCacheState]>([
    // In the middle of V8's data, past its own header (which V8 does check).
    ['with bytes flipped mid-data', (c) => flip(c, 64 + Math.floor((c.length - 64) / 2)), 'corrupt'],
    ['cut short', (c) => c.subarray(0, 40), 'corrupt'],
    ['empty', () => Buffer.alloc(0), 'corrupt'],
    ['made for another version of the file (same length)', (c) => c, 'stale'],
  ])('a cache %s is ignored: the module loads, and save() replaces it', (_name, spoil, state) => {
    expect(load().save()).toBe(true);
    if (state === 'stale') writeFileSync(file, MODULE.replace('+ 1', '+ 2'));
    else writeFileSync(cacheFile, spoil(readFileSync(cacheFile)));
    const spoiled = load();
    expect(spoiled.cache).toBe(state);
    expect(exportsOf(spoiled).answer()).toBe(state === 'stale' ? 43 : 42);
    expect(spoiled.save()).toBe(true);
    expect(load().cache).toBe('used');
  });

  it('a cache made under other V8 flags is rejected by V8 and the module still loads', () => {
    // The same loader in a node started with --max-semi-space-size=4, as start:prod runs it.
    const script = `require(${JSON.stringify(join(ROOT, 'src', 'launch', 'compile-cache.ts'))}).loadWithCompileCache({ file: ${JSON.stringify(file)}, cacheFile: ${JSON.stringify(cacheFile)} }).save()`;
    execFileSync(process.execPath, ['--max-semi-space-size=4', '--import', 'tsx', '-e', script], { cwd: ROOT });
    const other = load();
    expect(other.cache).toBe('rejected');
    expect(exportsOf(other).answer()).toBe(42);
  });

  it('save() reports false, without throwing, where the cache cannot be written', () => {
    cacheFile = join(file, 'bundle.cache'); // a path under a file, unwritable even as root
    const m = load();
    expect(m.cache).toBe('missing');
    expect(m.save()).toBe(false);
  });
});
