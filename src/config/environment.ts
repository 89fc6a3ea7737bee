import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { loadConfig, type AppConfig } from './config';

/** The project root, whether running from src/ (tsx) or dist/ (compiled). */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');

/**
 * The one place that touches process.env: merges a .env file (if any; real environment
 * variables win) and validates the result.
 */
export function configFromEnvironment(): AppConfig {
  loadDotenv({ path: resolve(PROJECT_ROOT, '.env'), quiet: true });
  return loadConfig(process.env, PROJECT_ROOT);
}
