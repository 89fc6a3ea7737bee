import { writeFileSync } from 'node:fs';
import { trainNlu } from '../core/classify-intent';
import type { Knowledge } from '../core/knowledge-model';
import { prebuildIndex } from '../core/prebuilt-index';
import { loadKnowledge } from './load-knowledge';

export { readCompiledKnowledge } from './read-compiled-knowledge';

// Weights kept to four decimals: the file shrinks by half and no answer changes.
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * `npm run build` compiles knowledge/ once: validated, with the intent classifier already trained
 * and the entity index's reading of names and prose, as one JSON file next to the compiled code.
 * Parsing YAML, validating it and training take most of a cold start; reading this file takes a
 * few milliseconds (cold start budget: 1 s).
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
