import { resolve } from 'node:path';
import { createMatcher } from '../core/matcher';
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/knowledge-error';
import { lintKnowledge } from '../knowledge/lint-knowledge';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { sampleQuestions } from '../knowledge/sample-questions';
import { fitProblems } from '../render/fit-check';

const line = (p: KnowledgeProblem) => `  ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`;

/**
 * `npm run knowledge:check [dir]`: validates knowledge/ (schema, sources, rankings), lints it
 * (one name for two things) and renders every answer it can give on Slack and Discord, failing
 * when one would be shortened. Exits non-zero on any error, so it can gate a deploy in CI.
 */
function main(): void {
  const dir = resolve(process.argv[2] ?? 'knowledge');
  let knowledge;
  try {
    knowledge = loadKnowledge(dir);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
    return;
  }
  const lint = lintKnowledge(knowledge);
  const matcher = createMatcher(knowledge);
  const questions = sampleQuestions(knowledge);
  const tooLong: string[] = [];
  for (const question of questions) {
    const answer = matcher.answer(question);
    for (const p of fitProblems(answer, question)) tooLong.push(`  "${question}" (${answer.parts.title}) on ${p.platform}: ${p.detail}`);
  }
  if (lint.length > 0) console.error(`Names that mean two things (${lint.length}):\n${lint.map(line).join('\n')}`);
  if (tooLong.length > 0) console.error(`Answers that do not fit a platform (${tooLong.length}):\n${tooLong.join('\n')}`);
  if (lint.length > 0 || tooLong.length > 0) {
    process.exitCode = 1;
    return;
  }
  console.log(
    `knowledge ok (version ${knowledge.version}): ${knowledge.frameworks.length} frameworks, ${knowledge.topics.length} topics, ` +
      `${knowledge.concepts.length} concepts; ${questions.length} answers render within Slack and Discord limits`,
  );
}

main();
