import type { Concept, Fact, Framework, Knowledge, Source, Topic, TopicSupport } from '../core/knowledge-model';
import { TOPIC_IDS } from '../core/knowledge-model';
import type { KnowledgeProblem } from './knowledge-error';
import type { ConceptFile, FactFile, FrameworkFile, TopicFile } from './schema';

/** Validated files, each with the path it came from. */
export interface KnowledgeFiles {
  sources: Map<string, Source & { file: string }>;
  frameworks: { file: string; data: FrameworkFile }[];
  topics: { file: string; data: TopicFile }[];
  concepts: { file: string; data: ConceptFile }[];
}

/**
 * Turns validated files into the core's Knowledge, checking what no single file can:
 * source ids exist, every framework covers every topic, rankings name every framework.
 */
export function buildKnowledge(files: KnowledgeFiles, problems: KnowledgeProblem[]): Omit<Knowledge, 'version'> {
  const sourcesOf = (ref: FactFile['source'], file: string, field: string): Source[] => {
    const ids = Array.isArray(ref) ? ref : [ref];
    const out: Source[] = [];
    for (const sid of ids) {
      const s = files.sources.get(sid);
      if (s) out.push({ title: s.title, url: s.url });
      else problems.push({ file, field, message: `unknown source id "${sid}" (define it in knowledge/sources/)` });
    }
    return out;
  };
  const fact = (f: FactFile, file: string, field: string): Fact => ({
    text: f.text,
    sources: sourcesOf(f.source, file, `${field}.source`),
  });

  const frameworkIds = new Set(files.frameworks.map((f) => f.data.id));
  const topicKinds = new Map(files.topics.map((t) => [t.data.id, t.data.kind]));

  const frameworks: Framework[] = files.frameworks.map(({ file, data }) => {
    if (!file.endsWith(`/${data.id}.yaml`)) {
      problems.push({ file, field: 'id', message: `"${data.id}" must match the file name` });
    }
    const support = {} as Record<(typeof TOPIC_IDS)[number], TopicSupport>;
    for (const topicId of TOPIC_IDS) {
      const s = data.support[topicId];
      const field = `support.${topicId}`;
      if (!s) {
        problems.push({ file, field, message: 'is missing (every framework covers every topic)' });
        support[topicId] = { level: null, via: [], note: '', sources: [] };
        continue;
      }
      if (topicKinds.get(topicId) === 'feature' && !s.level) {
        problems.push({ file, field: `${field}.level`, message: 'is required for a feature topic (built_in, extension or none)' });
      }
      if (s.level === 'extension' && !(s.via && s.via.length > 0)) {
        problems.push({ file, field: `${field}.via`, message: 'must name at least one extension when level is extension' });
      }
      support[topicId] = {
        level: s.level ?? null,
        via: s.via ?? [],
        note: s.note,
        sources: sourcesOf(s.source, file, `${field}.source`),
      };
    }
    return {
      id: data.id,
      name: data.name,
      aliases: data.aliases,
      kind: data.kind,
      firstRelease: { year: data.first_release.year, ...fact(data.first_release, file, 'first_release') },
      interfaces: data.interfaces,
      builtOn: fact(data.built_on, file, 'built_on'),
      summary: fact(data.summary, file, 'summary'),
      homepage: data.homepage,
      pythonVersions: data.python_versions ? fact(data.python_versions, file, 'python_versions') : null,
      usedBy: data.used_by ? fact(data.used_by, file, 'used_by') : null,
      support,
      pros: data.pros.map((p, i) => fact(p, file, `pros.${i}`)),
      cons: data.cons.map((p, i) => fact(p, file, `cons.${i}`)),
      bestFor: data.best_for.map((p, i) => fact(p, file, `best_for.${i}`)),
      chooseIf: data.choose_if,
      corrections: (data.corrections ?? []).map((c, i) => ({
        claim: c.claim,
        fact: fact(c.fact, file, `corrections.${i}.fact`),
      })),
    };
  });

  const checkFrameworkIds = (ids: string[], file: string, field: string): void => {
    ids.forEach((fid, i) => {
      if (!frameworkIds.has(fid)) problems.push({ file, field: `${field}.${i}`, message: `unknown framework id "${fid}"` });
    });
  };

  const topics: Topic[] = files.topics.map(({ file, data }) => {
    if (!file.endsWith(`/${data.id}.yaml`)) {
      problems.push({ file, field: 'id', message: `"${data.id}" must match the file name` });
    }
    checkFrameworkIds(data.ranking, file, 'ranking');
    const missing = [...frameworkIds].filter((fid) => !data.ranking.includes(fid));
    if (missing.length > 0) {
      problems.push({ file, field: 'ranking', message: `must rank every framework; missing ${missing.join(', ')}` });
    }
    checkFrameworkIds(data.poor_fit ?? [], file, 'poor_fit');
    return {
      id: data.id,
      name: data.name,
      kind: data.kind,
      synonyms: data.synonyms,
      phrase: data.phrase,
      ranking: data.ranking,
      poorFit: data.poor_fit ?? [],
      why: fact(data.why, file, 'why'),
    };
  });
  const topicIds = new Set(topics.map((t) => t.id));
  for (const topicId of TOPIC_IDS) {
    if (!topicIds.has(topicId)) problems.push({ file: `topics/${topicId}.yaml`, field: '', message: 'is missing' });
  }

  const concepts: Concept[] = files.concepts.map(({ file, data }) => {
    checkFrameworkIds(data.frameworks ?? [], file, 'frameworks');
    return {
      id: data.id,
      name: data.name,
      aliases: data.aliases,
      summary: fact(data.summary, file, 'summary'),
      details: (data.details ?? []).map((d, i) => fact(d, file, `details.${i}`)),
      frameworks: data.frameworks ?? [],
      topics: data.topics ?? [],
    };
  });

  return { frameworks, topics, concepts };
}
