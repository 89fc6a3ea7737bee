import type { Suggestion } from '../answer';
import type { Framework, Knowledge } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, joinNames, mainFrameworks, type ComposeInput, type Composed } from './helpers';

/** Example questions built from the knowledge itself, so they always have answers. */
export function exampleQuestions(knowledge: Knowledge): Suggestion[] {
  const topic = (id: string) => knowledge.topics.find((t) => t.id === id) ?? knowledge.topics[0];
  // The most used frameworks, ordered so the admin example pits a micro one against a full-stack one.
  const main = mainFrameworks(knowledge, 4);
  const django = [...main].sort((a, b) => b.support.admin.rating - a.support.admin.rating)[0];
  const flask = main.find((f) => f !== django && f.kind === 'micro') ?? main.find((f) => f !== django);
  const fastapi = [...main].filter((f) => f !== django).sort((a, b) => b.support.async.rating - a.support.async.rating)[0];
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
  return { parts, recommendation: null, support: null, fit: null, sources: [] };
}

const NAMED_IN_DECLINE = 5;

/** The most used frameworks' names and how many more, for the one line of what whichpy answers. */
function frameworkNames(knowledge: Knowledge): string {
  const names = mainFrameworks(knowledge, NAMED_IN_DECLINE).map((f) => f.name);
  const more = knowledge.frameworks.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : joinNames(names);
}

export function composeOutOfScope({ knowledge, understanding: u }: ComposeInput): Composed {
  const other = knowledge.frameworks.find((f) => u.otherSense.includes(f.id));
  const verdict = other ? messages.otherSenseVerdict(other.name.toLowerCase(), frameworkNames(knowledge)) : messages.outOfScopeVerdict(frameworkNames(knowledge));
  // A decline stays short: one line of what whichpy answers, and three questions to try as buttons.
  const parts = emptyParts(messages.outOfScopeTitle, verdict);
  parts.followUps = exampleQuestions(knowledge).slice(0, 3);
  return { parts, recommendation: null, support: null, fit: null, sources: [] };
}

/** The frameworks we know; with a need ("async frameworks", "lightweight ones"), the ones that fit it first. */
export function composeList({ knowledge, topics, understanding }: ComposeInput): Composed {
  // A need only hinted at by the kind's own word ("microframeworks" hints at flexibility) does not order a kind's list.
  const topic = topics.find((t) => !(understanding.frameworkKind && understanding.weakTopics.includes(t.id))) ?? (understanding.frameworkKind ? undefined : topics[0]);
  // "microframeworks": only frameworks of that kind, the best on the need named first.
  const kind = understanding.frameworkKind;
  const all = mainFrameworks(knowledge, knowledge.frameworks.length).filter((f) => !kind || f.kind === kind);
  const byRating = (a: Framework, b: Framework) => (topic ? b.support[topic.id].rating - a.support[topic.id].rating : 0);
  const shown = kind ? all.filter((f) => !topic || f.support[topic.id].rating >= 3).sort(byRating) : topic ? all.filter((f) => f.support[topic.id].rating >= 4).sort(byRating) : all;
  const parts = kind
    ? emptyParts(messages.kindListTitle[kind], messages.kindListVerdict(messages.kindListTitle[kind], joinNames(shown.map((f) => f.name)), topic?.phrase ?? null))
    : emptyParts(
    topic ? `${messages.listTitle}: ${topic.name.toLowerCase()}` : messages.listTitle,
    topic
      ? `For ${topic.phrase}, these fit best: ${joinNames(shown.map((f) => f.name))}.`
      : `I know ${knowledge.frameworks.length} Python web frameworks, from microframeworks to full-stack ones.`,
  );
  parts.sections = [
    {
      heading: 'Frameworks',
      lines: (shown.length > 0 ? shown : all).map(
        (f) =>
          `${f.name} (${f.kind === 'micro' ? 'micro' : 'full-stack'}, ${f.interfaces.map((i) => (i === 'native' ? 'own server' : i.toUpperCase())).join('/')}, since ${f.firstRelease.year}): ${f.bestFor[0]?.text ?? f.summary.text}`,
      ),
    },
  ];
  parts.followUps = exampleQuestions(knowledge).slice(0, 3);
  return {
    parts,
    recommendation: null,
    support: null,
    shown: shown.length > 0 ? shown : all,
    sources: collectSources(...(shown.length > 0 ? shown : all).map((f) => f.summary.sources)),
  };
}
