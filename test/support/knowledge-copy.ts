import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const KNOWLEDGE_DIR = join(__dirname, '..', '..', 'knowledge');

/** A throwaway copy of the real knowledge that a test may break. */
export interface KnowledgeCopy {
  dir: string;
  read(file: string): string;
  write(file: string, content: string): void;
  /** Replaces the first occurrence of `from` in a file; fails loudly if it is not there. */
  replace(file: string, from: string | RegExp, to: string): void;
  remove(): void;
}

export function copyKnowledge(): KnowledgeCopy {
  const dir = mkdtempSync(join(tmpdir(), 'whichpy-knowledge-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);
  return {
    dir,
    read,
    write,
    replace(file, from, to) {
      const before = read(file);
      const after = before.replace(from, to);
      if (after === before) throw new Error(`${String(from)} not found in ${file}`);
      write(file, after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
