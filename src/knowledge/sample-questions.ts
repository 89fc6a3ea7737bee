import type { Knowledge } from '../core/knowledge-model';

/**
 * One question for every answer the knowledge can give: each framework described and weighed
 * (pros and cons), its licence, each concept explained, each topic recommended, each feature checked per
 * framework, and each pair of frameworks compared on every topic, on licence and with none. `knowledge:check`
 * renders all of them, so an edit that makes any answer too long is caught before a deploy.
 */
export function sampleQuestions(knowledge: Knowledge): string[] {
  const { frameworks, topics, concepts } = knowledge;
  const questions = ['help', 'list frameworks'];
  for (const f of frameworks) questions.push(`what is ${f.name}`, `${f.name} pros and cons`, `show me hello world in ${f.name}`, `is ${f.name} still maintained`, `what licence is ${f.name} under`);
  for (const c of concepts) questions.push(`what is ${c.name}`);
  for (const t of topics) {
    questions.push(`best framework for ${t.phrase}`);
    for (const f of frameworks) questions.push(`does ${f.name} have ${t.name}`);
  }
  for (let i = 0; i < frameworks.length; i++) {
    for (let j = i + 1; j < frameworks.length; j++) {
      const pair = `${frameworks[i]!.name} vs ${frameworks[j]!.name}`;
      questions.push(pair, `${pair} licence wise`, ...topics.map((t) => `${pair} for ${t.phrase}`));
    }
  }
  return questions;
}
