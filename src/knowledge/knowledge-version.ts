import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of a knowledge directory, in load order (nlu/ is read first, by name). */
export const KNOWLEDGE_FOLDERS = ['sources', 'frameworks', 'topics', 'concepts'] as const;

/** The .yaml files of one folder, sorted, as paths relative to the knowledge directory. */
export function yamlFilesIn(dir: string, folder: string): string[] {
  const abs = join(dir, folder);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return [];
  return readdirSync(abs)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/**
 * The content hash of the knowledge files (names and bytes, in load order), without parsing them:
 * a compiled copy is only used when it was built from exactly these files. Apart from loading so
 * that a production start, which reads the compiled copy, never requires the YAML parser and the
 * schemas (~60 ms of a cold start).
 */
export function knowledgeVersion(dir: string): string {
  const hash = createHash('sha256');
  const raw = (file: string) => {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch {
      return '';
    }
  };
  hash.update('nlu').update(raw('nlu/intents.yaml')).update(raw('nlu/vocabulary.yaml')).update(raw('nlu/forms.yaml'));
  for (const folder of KNOWLEDGE_FOLDERS) for (const file of yamlFilesIn(dir, folder)) hash.update(file).update(raw(file));
  return hash.digest('hex').slice(0, 12);
}
