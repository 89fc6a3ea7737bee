import { resolve } from 'node:path';
import { createMatcher } from '../core/matcher';
import { formatProblem, KnowledgeError, type KnowledgeProblem } from '../knowledge/knowledge-error';
import { lintKnowledge } from '../knowledge/lint-knowledge';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { sampleQuestions } from '../knowledge/sample-questions';
import { staleFacts } from '../knowledge/stale-facts';
import { fitProblems } from '../render/fit-check';

const line = (p: KnowledgeProblem) => `  ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`;
const DEFAULT_MAX_AGE_MONTHS = 12;

/**
 * `npm run knowledge:check [dir]`: validates knowledge/ (or KNOWLEDGE_DIR), listing every problem;
 * lints it (one name for two things); warns about facts not checked for KNOWLEDGE_MAX_AGE_MONTHS
 * (default 12); and renders every answer it can give on Slack and Discord, failing when one would
 * be shortened. Exits non-zero on any error, so it can gate a deploy in CI.
 */
function main(): void {
  const dir = resolve(process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge');
  const maxAge = Number(process.env.KNOWLEDGE_MAX_AGE_MONTHS ?? DEFAULT_MAX_AGE_MONTHS);
  if (!Number.isInteger(maxAge) || maxAge < 1) {
    console.error(`KNOWLEDGE_MAX_AGE_MONTHS must be a whole number of months (1 or more), not "${process.env.KNOWLEDGE_MAX_AGE_MONTHS}"`);
    process.exitCode = 2;
    return;
  }
  let knowledge;
  try {
    knowledge = loadKnowledge(dir);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(`Knowledge in ${dir} is invalid (${err.problems.length} problem(s)):\n${err.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const stale = staleFacts(knowledge, new Date(), maxAge);
  if (stale.length > 0) {
    console.warn(`Facts not checked for over ${maxAge} months (${stale.length}); verify them against their sources and update \`checked\`:`);
    for (const s of stale) console.warn(`  ${s.file} › ${s.field}: checked ${s.checked}`);
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
