import { watch, type FSWatcher } from 'node:fs';
import { withAnswerCache } from '../core/answer-cache';
import { createMatcher, type Matcher } from '../core/matcher';
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/knowledge-error';
import type { Knowledge } from '../core/knowledge-model';
import type { loadKnowledge as LoadKnowledge } from '../knowledge/load-knowledge';
import { readCompiledKnowledge } from '../knowledge/read-compiled-knowledge';
import type { Logger } from '../logging/logger';

/** Settings for knowledge that can change while the bot runs. */
export interface LiveKnowledgeConfig {
  dir: string;
  logger: Logger;
  /** Reload when a file under `dir` changes (off for one-shot commands). */
  watch: boolean;
  /** Editors save in bursts (temp file, rename, chmod); one reload per burst. */
  debounceMs?: number;
  /** `npm run build`'s compiled knowledge; used at start when it matches the files in `dir`. */
  compiledFile?: string;
  /** Told the outcome of every reload after it is logged (the terminal chat shows it in one line). */
  onReload?: (outcome: ReloadOutcome) => void;
}

/** What a reload did: `changed` is false when the files were valid but the same as before. */
export type ReloadOutcome =
  | { ok: true; version: string; changed: boolean }
  | { ok: false; keptVersion: string; problems: readonly KnowledgeProblem[] };

/** The matcher over the last good knowledge, swapped atomically when an edit is valid. */
export interface LiveKnowledge {
  matcher(): Matcher;
  version(): string;
  /** Reloads now; false (and the old knowledge keeps serving) when the files are invalid. */
  reload(): boolean;
  /** Resolves after the next reload attempt (for tests and the SIGHUP path). */
  nextReload(): Promise<boolean>;
  close(): void;
}

/**
 * The YAML files, read and validated. Required on first use: a production start reads the
 * compiled knowledge, and the YAML parser and schemas took ~60 ms of its cold start.
 */
function loadKnowledge(dir: string): Knowledge {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadKnowledge: load } = require('../knowledge/load-knowledge') as { loadKnowledge: typeof LoadKnowledge };
  return load(dir);
}

/**
 * Loads the knowledge once (a broken file at start-up throws, so the process exits naming file and
 * field) and then keeps the last good version: a broken edit is logged with file and field and
 * rejected, so one typo in production never takes the bot down.
 */
export function createLiveKnowledge(config: LiveKnowledgeConfig): LiveKnowledge {
  let knowledge = (config.compiledFile && readCompiledKnowledge(config.dir, config.compiledFile)) || loadKnowledge(config.dir);
  let matcher = withAnswerCache(createMatcher(knowledge));
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let waiters: ((ok: boolean) => void)[] = [];

  const attempt = (): ReloadOutcome => {
    try {
      const next = loadKnowledge(config.dir);
      if (next.version === knowledge.version) return { ok: true, version: next.version, changed: false };
      knowledge = next;
      matcher = withAnswerCache(createMatcher(next));
      config.logger.info({ version: next.version }, 'knowledge reloaded');
      return { ok: true, version: next.version, changed: true };
    } catch (err) {
      if (err instanceof KnowledgeError) {
        config.logger.error({ code: err.code, problems: err.problems, keptVersion: knowledge.version }, 'knowledge edit rejected; still serving the last good version');
        return { ok: false, keptVersion: knowledge.version, problems: err.problems };
      }
      config.logger.error({ err, keptVersion: knowledge.version }, 'knowledge reload failed; still serving the last good version');
      return { ok: false, keptVersion: knowledge.version, problems: [] };
    }
  };

  const reload = (): boolean => {
    const outcome = attempt();
    config.onReload?.(outcome);
    const done = waiters;
    waiters = [];
    for (const w of done) w(outcome.ok);
    return outcome.ok;
  };

  if (config.watch) {
    watcher = watch(config.dir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        reload();
      }, config.debounceMs ?? 150);
    });
    watcher.on('error', (err) => config.logger.warn({ err }, 'knowledge watch stopped; SIGHUP still reloads'));
  }

  return {
    matcher: () => matcher,
    version: () => knowledge.version,
    reload,
    nextReload: () => new Promise((resolve) => waiters.push(resolve)),
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
      watcher = null;
    },
  };
}
