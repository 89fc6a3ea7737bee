import type { Suggestion } from '../answer';
import type { Knowledge } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, MAIN_FRAMEWORKS, mainFrameworks, type ComposeInput, type Composed } from './helpers';

/** Example questions built from the knowledge itself, so they always have answers. */
export function exampleQuestions(knowledge: Knowledge): Suggestion[] {
  const fw = (id: string) => knowledge.frameworks.find((f) => f.id === id) ?? knowledge.frameworks[0];
  const topic = (id: string) => knowledge.topics.find((t) => t.id === id) ?? knowledge.topics[0];
  const flask = fw('flask');
  const django = fw('django');
  const fastapi = fw('fastapi');
  const concept = knowledge.concepts.find((c) => c.id === 'wsgi') ?? knowledge.concepts[0];
  const out: Suggestion[] = [];
  if (flask && django && topic('admin')) {
    out.push({ label: 'Compare', question: `${flask.name.toLowerCase()} vs ${django.name.toLowerCase()} for ${topic('admin')!.phrase}` });
  }
  if (topic('rest_api')) out.push({ label: 'Recommend', question: `best framework for ${topic('rest_api')!.phrase}` });
  if (fastapi && topic('orm')) out.push({ label: 'Feature check', question: `does ${fastapi.name.toLowerCase()} have ${topic('orm')!.phrase}?` });
  if (django) out.push({ label: 'Pros and cons', question: `pros and cons of ${django.name.toLowerCase()}` });
  if (concept) out.push({ label: 'Explain', question: `what is ${concept.name.toLowerCase()}?` });
  return out;
}

export function composeHelp({ knowledge }: ComposeInput): Composed {
  const parts = emptyParts(messages.helpTitle, messages.helpVerdict);
  const examples = exampleQuestions(knowledge);
  parts.sections = [{ heading: messages.helpExamplesHeading, lines: examples.map((e) => e.question) }];
  parts.followUps = examples.slice(0, 4);
  return { parts, recommendation: null, support: null, sources: [] };
}

export function composeOutOfScope({ knowledge }: ComposeInput): Composed {
  const parts = emptyParts(messages.outOfScopeTitle, messages.outOfScopeVerdict);
  const examples = exampleQuestions(knowledge);
  parts.sections = [{ heading: messages.helpExamplesHeading, lines: examples.map((e) => e.question) }];
  parts.followUps = examples.slice(0, 3);
  return { parts, recommendation: null, support: null, sources: [] };
}

export function composeList({ knowledge }: ComposeInput): Composed {
  const parts = emptyParts(
    messages.listTitle,
    `I know ${knowledge.frameworks.length} Python web frameworks, from microframeworks to full-stack ones.`,
  );
  parts.sections = [
    {
      heading: 'Frameworks',
      lines: [...mainFrameworks(knowledge), ...knowledge.frameworks.filter((f) => !MAIN_FRAMEWORKS.includes(f.id))].map(
        (f) =>
          `${f.name} (${f.kind === 'micro' ? 'micro' : 'full-stack'}, ${f.interfaces.map((i) => i.toUpperCase()).join('/')}, since ${f.firstRelease.year}): ${f.bestFor[0]?.text ?? f.summary.text}`,
      ),
    },
  ];
  parts.followUps = exampleQuestions(knowledge).slice(0, 3);
  return {
    parts,
    recommendation: null,
    support: null,
    sources: collectSources(...knowledge.frameworks.map((f) => f.summary.sources)),
  };
}
