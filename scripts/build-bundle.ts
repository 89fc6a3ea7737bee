import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { asciiSources } from './ascii-source-plugin';
import { prodNodeArgs } from './prod-node-args';

const ROOT = join(__dirname, '..');

/**
 * discord.js's and ws's optional native speed-ups: each is required inside a try/catch and absent
 * here, so they stay `require` calls resolved (or not) at run time instead of failing the build.
 */
export const OPTIONAL_NATIVES = ['zlib-sync', 'bufferutil', 'utf-8-validate', 'erlpack'];

/** Where the production bundle goes (`npm run build`: dist/, beside tsc's output). */
export interface BundleConfig {
  outDir: string;
}

const COMMON = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' } as const;
/** How the bot's code is compiled for production; the bench compiles the matcher the same way to time it as shipped. */
export const SHIPPED_BUILD = { ...COMMON, minify: true } as const;

/**
 * `npm run build`'s production start: src/main.ts and every dependency in one minified file,
 * dist/main.bundle.js (its .map beside it for operators), and dist/main.js, the launcher that
 * loads it through V8's code cache (replacing tsc's main.js; the CLIs, the shard entry and the
 * rest of tsc's dist/ stay as they are). One file spares node ~1,000 module resolutions and
 * separate compiles, most of a 1.2-2.0 s cold start. Then the cache is warmed, under the flags
 * start:prod uses, without starting the bot.
 */
export async function buildBundle(config: BundleConfig): Promise<void> {
  await build({
    ...SHIPPED_BUILD,
    entryPoints: [join(ROOT, 'src', 'main.ts')],
    outfile: join(config.outDir, 'main.bundle.js'),
    // Linked (a sourceMappingURL comment), so `node --enable-source-maps` finds it.
    sourcemap: 'linked',
    external: OPTIONAL_NATIVES,
    plugins: [asciiSources],
  });
  await build({ ...COMMON, entryPoints: [join(ROOT, 'src', 'launch', 'production-main.ts')], outfile: join(config.outDir, 'main.js'), sourcemap: 'external', external: ['thread-stream'] });
  warmCompileCache(config.outDir);
}

/** Writes `outDir`/main.bundle.cache by loading the bundle, under start:prod's node flags, without starting the bot. */
export function warmCompileCache(outDir: string): void {
  execFileSync(process.execPath, [...prodNodeArgs(ROOT), join(outDir, 'main.js'), '--warm-compile-cache'], { stdio: 'inherit' });
}

if (require.main === module) {
  buildBundle({ outDir: join(ROOT, 'dist') }).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
