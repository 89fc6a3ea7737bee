import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { loadConfig, type AppConfig } from './config';

/**
 * The project root: the nearest folder above this code holding package.json. Counting levels
 * would break on the production bundle, where this file is inlined into dist/main.js, one level
 * shallower than src/config/ or dist/config/.
 */
export function projectRootFrom(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(start, '..', '..');
  }
}

export const PROJECT_ROOT = projectRootFrom(__dirname);

/**
 * The one place that touches process.env: merges a .env file (if any; real environment
 * variables win) and validates the result.
 */
export function configFromEnvironment(): AppConfig {
  loadDotenv({ path: resolve(PROJECT_ROOT, '.env'), quiet: true });
  return loadConfig(process.env, PROJECT_ROOT);
}
