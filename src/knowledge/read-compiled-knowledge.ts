import { existsSync, readFileSync } from 'node:fs';
import type { Knowledge } from '../core/knowledge-model';
import { knowledgeVersion } from './knowledge-version';

/**
 * The compiled knowledge, when `file` exists and was compiled from exactly the files now in `dir`
 * (same content hash); otherwise null, and the caller loads the YAML. So an edit after the build,
 * or a different KNOWLEDGE_DIR, is never served from a stale compile. Kept apart from writing it
 * (which validates and trains): a start reads, and needs neither the YAML parser nor the schemas.
 */
export function readCompiledKnowledge(dir: string, file: string): Knowledge | null {
  if (!existsSync(file)) return null;
  try {
    const compiled = JSON.parse(readFileSync(file, 'utf8')) as Knowledge;
    return compiled.version === knowledgeVersion(dir) ? compiled : null;
  } catch {
    // A truncated or foreign file is only a missed shortcut: the YAML is the source of truth.
    return null;
  }
}
