import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../core/knowledge-model';
import { buildKnowledge, type KnowledgeFiles } from './build-knowledge';
import { KnowledgeError, type KnowledgeProblem } from './knowledge-error';
import { readYamlFile } from './read-yaml-file';
import { conceptFileSchema, frameworkFileSchema, sourcesFileSchema, topicFileSchema } from './schema';

const FOLDERS = ['sources', 'frameworks', 'topics', 'concepts'] as const;

function yamlFilesIn(dir: string, folder: string): string[] {
  const abs = join(dir, folder);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return [];
  return readdirSync(abs)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/**
 * Reads and validates every file in the knowledge directory. Throws KnowledgeError listing
 * each problem with its file and field; never returns partial knowledge.
 */
export function loadKnowledge(dir: string): Knowledge {
  if (!existsSync(dir)) {
    throw new KnowledgeError([{ file: dir, field: '', message: 'knowledge directory not found' }], 'KNOWLEDGE_NOT_FOUND');
  }
  const problems: KnowledgeProblem[] = [];
  const hash = createHash('sha256');
  const files: KnowledgeFiles = { sources: new Map(), frameworks: [], topics: [], concepts: [] };

  for (const folder of FOLDERS) {
    const names = yamlFilesIn(dir, folder);
    if (names.length === 0) problems.push({ file: `${folder}/`, field: '', message: 'has no .yaml files' });
    for (const file of names) {
      const abs = join(dir, file);
      if (folder === 'sources') {
        const r = readYamlFile(abs, file, sourcesFileSchema);
        hash.update(file).update(r.raw);
        if (!r.ok) {
          problems.push(...r.problems);
          continue;
        }
        for (const [sid, source] of Object.entries(r.value)) {
          const prior = files.sources.get(sid);
          if (prior) problems.push({ file, field: sid, message: `source id already defined in ${prior.file}` });
          else files.sources.set(sid, { ...source, file });
        }
        continue;
      }
      const schema = folder === 'frameworks' ? frameworkFileSchema : folder === 'topics' ? topicFileSchema : conceptFileSchema;
      const r = readYamlFile(abs, file, schema as typeof frameworkFileSchema);
      hash.update(file).update(r.raw);
      if (!r.ok) problems.push(...r.problems);
      else (files[folder] as { file: string; data: unknown }[]).push({ file, data: r.value });
    }
  }

  const built = buildKnowledge(files, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return { version: hash.digest('hex').slice(0, 12), ...built };
}
