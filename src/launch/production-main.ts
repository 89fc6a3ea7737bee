import { join } from 'node:path';
import { loadWithCompileCache } from './compile-cache';
import { pointPinoAtInstalledWorker } from './pino-worker-path';

/**
 * `node dist/main.js` after `npm run build` (this file, bundled there by scripts/build-bundle.ts):
 * loads the production bundle dist/main.bundle.js through V8's code cache and starts the bot.
 * With `--warm-compile-cache` (the build runs it) it only loads the bundle, which runs every
 * module's start-up code but not the bot, writes the cache and exits, so a fresh container's
 * first start already finds it.
 */
const BUNDLE = join(__dirname, 'main.bundle.js');
const CACHE = join(__dirname, 'main.bundle.cache');
/** Started without a usable cache, it writes one this long after start-up, when the code start-up runs is compiled. */
const SAVE_AFTER_MS = 5_000;

type Bundle = { start(): void };

pointPinoAtInstalledWorker();
if (process.sourceMapsEnabled) {
  // `node --enable-source-maps` maps stack traces only for files node's require compiled (not
  // vm.Script's, on Node 20), so an operator reading a trace gets it mapped and forgoes the
  // cache; parsing the 14 MB map cost ~0.9 s of start-up, which is why start:prod leaves it off.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require(BUNDLE) as Bundle).start();
} else {
  const bundle = loadWithCompileCache({ file: BUNDLE, cacheFile: CACHE });
  if (process.argv[2] === '--warm-compile-cache') {
    const saved = bundle.save();
    if (!saved) console.error(`could not write the compile cache ${CACHE}`);
    // Exit at once: a library's start-up code may have left a timer that would keep node waiting.
    process.exit(saved ? 0 : 1);
  }
  (bundle.exports as Bundle).start();
  // A read-only dist/ simply keeps compiling at each start; save() never throws.
  if (bundle.cache !== 'used') setTimeout(() => bundle.save(), SAVE_AFTER_MS).unref();
}
