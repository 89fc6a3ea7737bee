import type { Suggestion } from './answer';
import type { Understanding } from './classify-intent';
import { exampleQuestions } from './compose/compose-guide';
import type { Knowledge } from './knowledge-model';

/** Up to three questions we can answer well, built from what the question did mention. */
export function didYouMean(u: Understanding, knowledge: Knowledge): Suggestion[] {
  const names = u.frameworks.map((id) => knowledge.frameworks.find((f) => f.id === id)!.name.toLowerCase());
  const topic = knowledge.topics.find((t) => t.id === u.topics[0]);
  const concept = knowledge.concepts.find((c) => c.id === u.concepts[0]);
  const other = knowledge.frameworks.find((f) => !u.frameworks.includes(f.id) && ['flask', 'django', 'fastapi'].includes(f.id));
  const out: string[] = [];
  if (names.length >= 2) out.push(`${names[0]} vs ${names[1]}${topic ? ` for ${topic.phrase}` : ''}`);
  if (names.length >= 1 && topic) out.push(`does ${names[0]} have ${topic.phrase}?`, `should i use ${names[0]} for ${topic.phrase}?`);
  if (names.length >= 1) {
    out.push(`what is ${names[0]}?`, `pros and cons of ${names[0]}`);
    if (other) out.push(`${names[0]} vs ${other.name.toLowerCase()}`);
  }
  if (topic) out.push(`best framework for ${topic.phrase}`);
  if (concept) out.push(`what is ${concept.name.toLowerCase()}?`);
  const unique = [...new Set(out)].slice(0, 3).map((question) => ({ label: question, question }));
  return unique.length > 0 ? unique : exampleQuestions(knowledge).slice(0, 3);
}
