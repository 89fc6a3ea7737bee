import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { importsOf, tsFiles } from '../support/imports';

/**
 * The core is the brain and must stay platform-free: it imports only itself and fuse.js,
 * and never reads the environment or files. This test makes that rule executable.
 */
const CORE = resolve(__dirname, '../../src/core');
const ALLOWED_PACKAGES = new Set(['fuse.js']);

const files = tsFiles(CORE);

describe('src/core stays free of platforms, SDKs, files and the environment', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s imports only core modules and fuse.js', (_name, file) => {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        expect(relative(CORE, target).startsWith('..')).toBe(false);
      } else {
        expect(ALLOWED_PACKAGES.has(spec) ? spec : `forbidden import "${spec}"`).toBe(spec);
      }
    }
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s does not read process.env or the clock-free globals of a platform', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/\bprocess\.(env|argv|stdin|stdout|exit)\b/);
    expect(source).not.toMatch(/\b(readFileSync|readFile|writeFile)\b/);
  });

  it('the import scanner catches a forbidden import (the check itself can fail)', () => {
    expect(importsOf("import { App } from '@slack/bolt';\nconst d = require('discord.js');")).toEqual(['@slack/bolt', 'discord.js']);
  });
});
