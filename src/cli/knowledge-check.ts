import { resolve } from 'node:path';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { KnowledgeError } from '../knowledge/knowledge-error';

/** `npm run knowledge:check [dir]`: validates knowledge/ and exits non-zero on any problem. */
function main(): void {
  const dir = resolve(process.argv[2] ?? 'knowledge');
  try {
    const k = loadKnowledge(dir);
    console.log(
      `knowledge ok (version ${k.version}): ${k.frameworks.length} frameworks, ${k.topics.length} topics, ${k.concepts.length} concepts`,
    );
  } catch (err) {
    if (err instanceof KnowledgeError) {
      console.error(err.message);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}

main();
