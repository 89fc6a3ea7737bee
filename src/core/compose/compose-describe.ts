import type { AnswerCode } from '../answer';
import type { Concept, Framework, SnippetId, Topic } from '../knowledge-model';
import { askedServer, composeServerMismatch, runsOn } from './compose-server-check';
import { collectSources, emptyParts, subjectOf, type ComposeInput, type Composed } from './helpers';

const SNIPPET_ORDER: SnippetId[] = ['hello', 'json_endpoint', 'validated_body', 'template_page', 'websocket'];
// Which snippet a topic asks for: "show me a websocket in sanic" is the websocket one.
const SNIPPET_FOR_TOPIC: Partial<Record<string, SnippetId>> = {
  rest_api: 'json_endpoint',
  validation: 'validated_body',
  templates: 'template_page',
  multi_page: 'template_page',
  websockets: 'websocket',
};

/** The code a "show me" question gets: the snippet for the topic asked, else the minimal app. */
export function snippetsFor(f: Framework, topic: Topic | undefined): { code: AnswerCode[]; sources: Framework['summary']['sources'][] } {
  const wanted = (topic && SNIPPET_FOR_TOPIC[topic.id]) || 'hello';
  const id = f.code[wanted] ? wanted : SNIPPET_ORDER.find((s) => f.code[s]);
  const snippet = id ? f.code[id] : undefined;
  if (!snippet) return { code: [], sources: [] };
  return { code: [{ title: `${f.name}: ${snippet.title}`, language: 'python', code: snippet.code }], sources: [snippet.sources] };
}

function describeFramework(f: Framework): Composed {
  const parts = emptyParts(f.name, f.summary.text);
  const interfaces = f.interfaces.map((i) => (i === 'native' ? 'its own HTTP server' : i.toUpperCase())).join(' and ');
  const facts = [
    `Kind: ${f.kind === 'micro' ? 'microframework' : 'full-stack framework'}, served over ${interfaces}`,
    `First release: ${f.firstRelease.text}`,
    `Built on: ${f.builtOn.text}`,
    `Latest release: ${f.release.text}`,
    `Python: ${f.pythonVersions.text}`,
    `Maintenance: ${f.maintenance.text}`,
    ...(f.usedBy ? [`Used by: ${f.usedBy.text}`] : []),
  ];
  parts.sections = [
    { heading: 'Facts', lines: facts },
    { heading: 'Best for', lines: f.bestFor.map((b) => b.text) },
  ];
  parts.followUps = [
    { label: `Pros and cons of ${f.name}`, question: `pros and cons of ${f.name.toLowerCase()}` },
    { label: `When to choose ${f.name}`, question: `should i use ${f.name.toLowerCase()}` },
  ];
  return {
    parts,
    recommendation: null,
    support: null,
    sources: collectSources(f.summary.sources, f.release.sources, f.maintenance.sources, f.builtOn.sources, ...f.bestFor.map((b) => b.sources)),
  };
}

/** "is pyramid still maintained", "when does django 4.2 lose support", "does litestar run on 3.13". */
function describeMaintenance(f: Framework): Composed {
  const parts = emptyParts(`${f.name}: releases and support`, `${f.maintenance.text} ${f.release.text}`);
  parts.sections = [
    {
      heading: 'Versions',
      lines: [
        `Python: ${f.pythonVersions.text}`,
        ...(f.supportWindow ? [`Support: ${f.supportWindow.text}`] : []),
        f.support.maintenance.note,
        `First release: ${f.firstRelease.text}`,
      ],
    },
  ];
  parts.followUps = [{ label: `About ${f.name}`, question: `what is ${f.name.toLowerCase()}` }];
  return {
    parts,
    recommendation: null,
    support: null,
    sources: collectSources(f.maintenance.sources, f.release.sources, f.pythonVersions.sources, f.supportWindow?.sources ?? [], f.support.maintenance.sources, f.firstRelease.sources),
  };
}

/** How-to and why questions about one framework and one need: "how do I deploy fastapi". */
function describeFrameworkTopic(f: Framework, topic: Topic, concepts: Concept[]): Composed {
  const s = f.support[topic.id];
  const parts = emptyParts(`${f.name}: ${topic.name}`, s.note);
  const related = concepts.filter((c) => c.frameworks.length === 0 || c.frameworks.includes(f.id));
  parts.sections = [
    ...(related.length > 0 ? [{ heading: 'Good to know', lines: related.slice(0, 2).map((c) => `${c.name}: ${c.summary.text}`) }] : []),
    { heading: 'Across frameworks', lines: [topic.why.text] },
  ];
  parts.followUps = [
    { label: `Best for ${topic.name.toLowerCase()}`, question: `best framework for ${topic.phrase}` },
    { label: `About ${f.name}`, question: `what is ${f.name.toLowerCase()}` },
  ];
  return { parts, recommendation: null, support: null, sources: collectSources(s.sources, ...related.slice(0, 2).map((c) => c.summary.sources), topic.why.sources) };
}

function describeConcept(concept: Concept, input: ComposeInput): Composed {
  const { knowledge, topics } = input;
  // "is drf still maintained?": the package's upkeep answers first, what it is comes after.
  const upkeep = topics[0]?.id === 'maintenance' && concept.status ? concept.status : null;
  const parts = emptyParts(concept.name, upkeep ? `${upkeep.text} ${concept.summary.text}` : concept.summary.text);
  const lines = [...concept.details.map((d) => d.text), ...(concept.status && !upkeep ? [concept.status.text] : []), ...(concept.useWhen ? [`Use it when ${concept.useWhen}.`] : [])];
  if (lines.length > 0) parts.sections = [{ heading: 'Details', lines }];
  const related = knowledge.frameworks.filter((f) => concept.frameworks.includes(f.id));
  if (related.length > 0) parts.sections.push({ heading: 'Used with', lines: [related.map((f) => f.name).join(', ')] });
  parts.followUps = related.slice(0, 3).map((f) => ({ label: `About ${f.name}`, question: `what is ${f.name.toLowerCase()}` }));
  return {
    parts,
    recommendation: null,
    support: null,
    sources: collectSources(concept.summary.sources, ...concept.details.map((d) => d.sources), concept.status?.sources ?? []),
  };
}

function describeTopic(topic: Topic): Composed {
  const parts = emptyParts(topic.name, topic.why.text);
  parts.followUps = [{ label: `Best for ${topic.name.toLowerCase()}`, question: `best framework for ${topic.phrase}` }];
  return { parts, recommendation: null, support: null, sources: collectSources(topic.why.sources) };
}

/**
 * A framework, a concept or a need explained. Release and maintenance questions get versions and
 * support dates; how-to questions the framework's note on that need; "show me" questions code.
 */
export function composeDescribe(input: ComposeInput): Composed {
  const { concepts, topics, wantsCode } = input;
  const concept = concepts[0];
  const f = subjectOf(input);
  const topic = topics[0];
  let composed: Composed;
  // "what is DRF" names a concept whose words include "django": the concept is the subject.
  // A framework's upkeep is its own ("is django still maintained? we use channels"), unless its name is
  // only part of the package's ("is Django Ninja still maintained?" asks about Ninja).
  const frameworkUpkeep = topic?.id === 'maintenance' && f && !(concept?.status && input.understanding.namedInPackage);
  // "a Flask app started under Uvicorn fails with a TypeError; is another server needed?": a server named that
  // cannot run the framework is what went wrong, explained first.
  const server = f && input.understanding.errorExplained ? askedServer(input) : undefined;
  if (f && server && !runsOn(f, server)) composed = { ...composeServerMismatch(input, server), support: null };
  else if (concept && (!f || concept.frameworks.includes(f.id)) && !frameworkUpkeep) composed = describeConcept(concept, input);
  else if (f && topic?.id === 'maintenance') composed = describeMaintenance(f);
  else if (f && topic && !wantsCode) composed = describeFrameworkTopic(f, topic, concepts);
  else if (f) composed = describeFramework(f);
  else if (topic) composed = describeTopic(topic);
  else composed = describeFramework(input.knowledge.frameworks[0]!);
  if (wantsCode && f) {
    const { code, sources } = snippetsFor(f, topic);
    if (code.length > 0) {
      composed.parts.code = code;
      composed.sources = collectSources(...sources, composed.sources);
    }
  }
  return composed;
}
