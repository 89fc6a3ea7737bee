import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The flags `npm run start:prod` passes to node, read from package.json's script so the build
 * warms the compile cache (V8 rejects a cache made under other flags, e.g. without
 * --max-semi-space-size=4) and the bench starts the bot exactly as that script does.
 */
export function prodNodeArgs(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['start:prod'] ?? '').split(/\s+/);
  const node = words.indexOf('node');
  const entry = words.indexOf('dist/main.js');
  if (node < 0 || entry < node) throw new Error('package.json: start:prod no longer runs `node … dist/main.js`');
  return words.slice(node + 1, entry);
}
