import type { CodeSnippet, SnippetId, Concept, Fact, Framework, Knowledge, Nlu, Source, Topic, TopicSupport } from '../core/knowledge-model';
import { POOR_FIT_RATING, TOPIC_IDS } from '../core/knowledge-model';
import type { KnowledgeProblem } from './knowledge-error';
import type { ConceptFile, FactFile, FrameworkFile, TopicFile } from './schema';
import { normalizePhrase } from '../core/normalize';
import { rankByRating } from './rank-by-rating';

/** Validated files, each with the path it came from. */
export interface KnowledgeFiles {
  sources: Map<string, Source & { file: string }>;
  frameworks: { file: string; data: FrameworkFile }[];
  topics: { file: string; data: TopicFile }[];
  concepts: { file: string; data: ConceptFile }[];
  nlu: Nlu;
}

/**
 * Turns validated files into the core's Knowledge, checking what no single file can:
 * source ids exist and every framework covers every topic; topic rankings come from the ratings.
 */
export function buildKnowledge(files: KnowledgeFiles, problems: KnowledgeProblem[]): Omit<Knowledge, 'version'> {
  // One misspelt source id is one problem, however many facts cite it: "file › id (used by 12 fields)".
  const unknownSources = new Map<string, { file: string; sid: string; fields: string[] }>();
  const sourcesOf = (ref: FactFile['source'], file: string, field: string): Source[] => {
    const ids = Array.isArray(ref) ? ref : [ref];
    const out: Source[] = [];
    for (const sid of ids) {
      const s = files.sources.get(sid);
      if (s) out.push({ title: s.title, url: s.url, ...(s.secondary ? { secondary: true } : {}) });
      else {
        const key = `${file}\u0000${sid}`;
        const entry = unknownSources.get(key) ?? { file, sid, fields: [] };
        entry.fields.push(field);
        unknownSources.set(key, entry);
      }
    }
    return out;
  };
  const fact = (f: FactFile, file: string, field: string, checked: string): Fact => ({
    text: f.text,
    sources: sourcesOf(f.source, file, `${field}.source`),
    checked: f.checked ?? checked,
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
        support[topicId] = { level: null, via: [], rating: 3, note: '', sources: [], checked: data.checked };
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
        rating: s.rating,
        note: s.note,
        sources: sourcesOf(s.source, file, `${field}.source`),
        checked: s.checked ?? data.checked,
      };
    }
    const f = (x: FactFile, field: string) => fact(x, file, field, data.checked);
    const code: Framework['code'] = {};
    for (const [name, snippet] of Object.entries(data.code ?? {}) as [SnippetId, { title: string; code: string; source: FactFile['source'] }][]) {
      code[name] = { title: snippet.title, code: snippet.code, sources: sourcesOf(snippet.source, file, `code.${name}.source`) } satisfies CodeSnippet;
    }
    return {
      id: data.id,
      name: data.name,
      aliases: data.aliases,
      kind: data.kind,
      firstRelease: { year: data.first_release.year, ...f(data.first_release, 'first_release') },
      interfaces: data.interfaces,
      builtOn: f(data.built_on, 'built_on'),
      summary: f(data.summary, 'summary'),
      homepage: data.homepage,
      checked: data.checked,
      pythonVersions: f(data.python_versions, 'python_versions'),
      licence: data.licence ? { spdx: data.licence.spdx, ...f(data.licence, 'licence') } : null,
      release: { latest: data.release.latest, date: data.release.date, ...f(data.release, 'release') },
      supportWindow: data.support_window ? f(data.support_window, 'support_window') : null,
      longTermSupport: data.long_term_support ?? false,
      standardLibraryOnly: data.standard_library_only ?? false,
      syncHandlers: data.sync_handlers ? f(data.sync_handlers, 'sync_handlers') : null,
      maintenance: { status: data.maintenance.status, ...f(data.maintenance, 'maintenance') },
      sense: data.sense ? { everydayWord: data.sense.everyday_word, technicalContext: data.sense.technical_context ?? [], otherSenses: data.sense.other_senses } : null,
      code,
      usedBy: data.used_by ? f(data.used_by, 'used_by') : null,
      support,
      pros: data.pros.map((p, i) => f(p, `pros.${i}`)),
      cons: data.cons.map((p, i) => f(p, `cons.${i}`)),
      bestFor: data.best_for.map((p, i) => f(p, `best_for.${i}`)),
      chooseIf: data.choose_if,
      corrections: (data.corrections ?? []).map((c, i) => ({
        claim: c.claim,
        fact: f(c.fact, `corrections.${i}.fact`),
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
    // A phrase is read where the synonym it ends in is found; one ending in anything else would never apply.
    const synonyms = data.synonyms.map(normalizePhrase);
    for (const field of ['ruled_out_by', 'not_meant_by'] as const) {
      (data[field] ?? []).forEach((phrase, i) => {
        const norm = normalizePhrase(phrase);
        if (!synonyms.some((syn) => norm.endsWith(` ${syn}`))) problems.push({ file, field: `${field}.${i}`, message: `"${phrase}" must end in one of this topic's synonyms, after at least one more word` });
      });
    }
    (data.size_unsaid ?? []).forEach((phrase, i) => {
      if (!synonyms.includes(normalizePhrase(phrase))) problems.push({ file, field: `size_unsaid.${i}`, message: `"${phrase}" must be one of this topic's synonyms` });
    });
    return {
      id: data.id,
      name: data.name,
      kind: data.kind,
      synonyms: data.synonyms,
      weakSynonyms: data.weak_synonyms ?? [],
      phrase: data.phrase,
      importance: data.importance,
      appKind: data.app_kind ?? false,
      ruledOutBy: (data.ruled_out_by ?? []).map(normalizePhrase),
      notMeantBy: (data.not_meant_by ?? []).map(normalizePhrase),
      doneByStaff: data.done_by_staff ?? [],
      staffScreens: data.staff_screens ?? [],
      impliedBy: data.implied_by ?? [],
      sizeUnsaid: (data.size_unsaid ?? []).map(normalizePhrase),
      ranking: rankByRating(frameworks, data.id),
      poorFit: frameworks.filter((fw) => fw.support[data.id].rating <= POOR_FIT_RATING).map((fw) => fw.id),
      why: fact(data.why, file, 'why', data.checked),
    };
  });
  const topicIds = new Set(topics.map((t) => t.id));
  for (const topicId of TOPIC_IDS) {
    if (!topicIds.has(topicId)) problems.push({ file: `topics/${topicId}.yaml`, field: '', message: 'is missing' });
  }

  const concepts: Concept[] = files.concepts.map(({ file, data }) => {
    checkFrameworkIds(data.frameworks ?? [], file, 'frameworks');
    checkFrameworkIds(data.built_into ?? [], file, 'built_into');
    checkFrameworkIds(Object.keys(data.via_extension ?? {}), file, 'via_extension');
    if (data.kind === 'capability' && data.built_into === undefined) problems.push({ file, field: 'built_into', message: 'a capability lists the frameworks that ship it (an empty list if none does)' });
    if (data.serves && data.kind !== 'server') problems.push({ file, field: 'serves', message: 'only a server lists the interfaces it serves; remove it or set kind: server' });
    return {
      id: data.id,
      name: data.name,
      aliases: data.aliases,
      kind: data.kind,
      status: data.status ? fact(data.status, file, 'status', data.checked) : null,
      useWhen: data.use_when ?? null,
      summary: fact(data.summary, file, 'summary', data.checked),
      details: (data.details ?? []).map((d, i) => fact(d, file, `details.${i}`, data.checked)),
      frameworks: data.frameworks ?? [],
      builtInto: data.built_into ?? [],
      viaExtension: data.via_extension ?? {},
      serves: data.serves ?? [],
      phrase: data.phrase ?? data.name,
      topics: data.topics ?? [],
      sense: data.sense ? { everydayWord: data.sense.everyday_word, technicalContext: data.sense.technical_context ?? [], otherSenses: data.sense.other_senses } : null,
    };
  });

  for (const { file, sid, fields } of unknownSources.values()) {
    const where = fields.length === 1 ? '' : ` (cited by ${fields.length} fields)`;
    problems.push({ file, field: fields[0]!, message: `unknown source id "${sid}"${where}; define it in knowledge/sources/ or fix the spelling` });
  }
  return { frameworks, topics, concepts, nlu: files.nlu };
}
