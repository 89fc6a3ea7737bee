import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { trainNlu } from '../core/classify-intent';
import type { Knowledge } from '../core/knowledge-model';
import { prebuildIndex } from '../core/prebuilt-index';
import { knowledgeVersion, loadKnowledge } from './load-knowledge';

// Weights kept to four decimals: the file shrinks by half and no answer changes.
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * `npm run build` compiles knowledge/ once: validated, with the intent classifier already trained,
 * as one JSON file next to the compiled code, with the entity index's reading of names and prose. Parsing YAML, validating it and training take most of
 * a cold start; reading this file takes a few milliseconds (cold start budget: 1 s).
 */
export function writeCompiledKnowledge(dir: string, file: string): Knowledge {
  const knowledge = loadKnowledge(dir);
  const trained = trainNlu(knowledge);
  const compiled: Knowledge = {
    ...knowledge,
    nlu: { ...knowledge.nlu, trained: { ...trained, model: { ...trained.model, weights: trained.model.weights.map(round), bias: trained.model.bias.map(round) } } },
    index: prebuildIndex(knowledge),
  };
  writeFileSync(file, JSON.stringify(compiled));
  return compiled;
}

/**
 * The compiled knowledge, when `file` exists and was compiled from exactly the files now in `dir`
 * (same content hash); otherwise null, and the caller loads the YAML. So an edit after the build,
 * or a different KNOWLEDGE_DIR, is never served from a stale compile.
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
