import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { importsOf, tsFiles } from '../support/imports';

/**
 * Dependencies point inward: adapters -> renderers -> core. Each layer may import the layers
 * listed for it and the packages listed for it, nothing else; a new import that breaks the
 * direction fails here with the file and the import.
 */
const SRC = resolve(__dirname, '../../src');
const LAYERS: Record<string, { layers: string[]; packages: RegExp }> = {
  core: { layers: ['core'], packages: /^fuse\.js$/ },
  render: { layers: ['render', 'core'], packages: /^$/ },
  knowledge: { layers: ['knowledge', 'core'], packages: /^(node:(fs|path|crypto)|js-yaml|zod)$/ },
  // Reply delivery (retries, backoff, dead letters) is shared by the adapters and knows no platform.
  delivery: { layers: ['delivery', 'logging'], packages: /^$/ },
  slack: { layers: ['slack', 'render', 'core', 'config', 'logging', 'delivery'], packages: /^(@slack\/bolt|node:(http|net))$/ },
  // The sharded entry points (shard.ts, sharded.ts) compose the app, so discord/ may reach app/.
  discord: { layers: ['discord', 'render', 'core', 'config', 'logging', 'app', 'delivery'], packages: /^(discord\.js|node:(events|http|path))$/ },
};

const layerOf = (file: string) => relative(SRC, file).split(sep)[0]!;

describe('layers import only inward', () => {
  const cases = Object.keys(LAYERS).flatMap((layer) => tsFiles(resolve(SRC, layer)).map((f) => [relative(SRC, f), f, layer] as const));

  it.each(cases)('%s', (_name, file, layer) => {
    const rule = LAYERS[layer]!;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const verdict = spec.startsWith('.')
        ? rule.layers.includes(layerOf(resolve(dirname(file), spec)))
        : rule.packages.test(spec);
      expect(verdict ? spec : `${layer} may not import "${spec}"`).toBe(spec);
    }
  });

  it('the Slack and Discord adapters never import each other', () => {
    expect(LAYERS.slack!.layers).not.toContain('discord');
    expect(LAYERS.discord!.layers).not.toContain('slack');
  });
});
