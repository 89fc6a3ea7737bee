import { join, resolve } from 'node:path';
import { writeCompiledKnowledge } from '../knowledge/compiled-knowledge';
import { KnowledgeError } from '../knowledge/knowledge-error';

/**
 * Part of `npm run build`: validates knowledge/ (or KNOWLEDGE_DIR) and writes it, with the intent
 * classifier trained, to dist/knowledge.compiled.json, which `npm run start:prod` reads at start.
 */
function main(): void {
  const dir = resolve(process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge');
  const out = resolve(process.argv[3] ?? join(__dirname, '..', 'knowledge.compiled.json'));
  try {
    const k = writeCompiledKnowledge(dir, out);
    console.log(`compiled knowledge ${k.version} (${k.frameworks.length} frameworks, classifier trained) to ${out}`);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
  }
}

main();
