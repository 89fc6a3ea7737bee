import type { Concept, Framework } from '../knowledge-model';
import { messages } from '../messages';
import { collectSources, emptyParts, type ComposeInput, type Composed } from './helpers';

const useWhen = (c: Concept) => (c.useWhen ? `Use ${c.name} when ${c.useWhen}.` : c.summary.text);

/** One side of a comparison that is not two frameworks: a package, or a framework's own take on the need. */
interface Side {
  id: string;
  name: string;
  lines: string[];
  sources: Concept['summary']['sources'][];
}

function conceptSide(c: Concept): Side {
  return {
    id: c.id,
    name: c.name,
    lines: [c.summary.text, ...(c.status ? [c.status.text] : [])],
    sources: [c.summary.sources, ...(c.status ? [c.status.sources] : [])],
  };
}

function frameworkSide(f: Framework, input: ComposeInput): Side | null {
  const topic = input.topics[0];
  if (!topic) return null;
  const s = f.support[topic.id];
  return { id: f.id, name: `${f.name} (${topic.name.toLowerCase()})`, lines: [s.note], sources: [s.sources] };
}

/**
 * Two things of one kind put against each other: "pydantic vs marshmallow", "wsgi vs asgi",
 * "django orm vs sqlalchemy", "celery or fastapi's BackgroundTasks". Each side says what it is and
 * when to use it; the verdict is the "use X when" pair, since neither wins outright.
 */
export function composeCompareConcepts(input: ComposeInput): Composed {
  const { concepts, frameworks } = input;
  const sides: Side[] = concepts.slice(0, 3).map(conceptSide);
  if (sides.length < 2) {
    // A framework's own feature against a package: "fastapi BackgroundTasks or celery".
    const own = frameworks.map((f) => frameworkSide(f, input)).find((s) => s !== null);
    if (own) sides.unshift(own);
  }
  // "jinja vs mako": the other side is nothing the knowledge covers, so the answer says only one side is weighed.
  const other = sides.length === 1 ? input.understanding.otherSide : null;
  const uses = concepts
    .slice(0, 3)
    .map(useWhen)
    .join(' ');
  const parts = emptyParts(other ? `${sides[0]!.name} vs ${other}` : sides.map((s) => s.name).join(' vs '), other ? `${messages.oneSideOnly(sides[0]!.name, other)} ${uses}` : uses);
  parts.fields = sides.map((s) => ({ frameworkId: s.id, name: s.name, lines: s.lines }));
  const contrasts = concepts.slice(0, 3).flatMap((c) => c.details.slice(0, 2).map((d) => d.text));
  if (contrasts.length > 0) parts.sections = [{ heading: 'Good to know', lines: contrasts.slice(0, 4) }];
  parts.followUps = concepts.slice(0, 2).map((c) => ({ label: `About ${c.name}`, question: `what is ${c.name.toLowerCase()}` }));
  return {
    parts,
    recommendation: null,
    support: null,
    fit: null,
    sources: collectSources(...sides.flatMap((s) => s.sources), ...concepts.slice(0, 3).flatMap((c) => c.details.slice(0, 2).map((d) => d.sources))),
  };
}
