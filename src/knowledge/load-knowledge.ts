import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../core/knowledge-model';
import { buildKnowledge, type KnowledgeFiles } from './build-knowledge';
import { KnowledgeError, type KnowledgeProblem } from './knowledge-error';
import { KNOWLEDGE_FOLDERS, yamlFilesIn } from './knowledge-version';
import { readYamlFile } from './read-yaml-file';
import type { Nlu } from '../core/knowledge-model';
import { conceptFileSchema, formsFileSchema, frameworkFileSchema, intentsFileSchema, sourcesFileSchema, topicFileSchema, vocabularyFileSchema } from './schema';

const EMPTY_NLU: Nlu = {
  examples: {},
  vocabulary: { otherEcosystems: [], uncoveredFrameworks: {}, generalPython: [], everyday: [], webContext: [], judgement: [], webClient: [], nameEndings: [], gluedPrefixes: [], appParts: {}, countWords: {}, byThemselves: [], frameworkWords: [], chitChat: [], depictions: [], hostedSoftware: [], otherFrameworks: [], nameBearers: [], realWords: [], licenceWords: [], staffRoles: [], editedContent: [], ecosystemKinds: {} },
  forms: { undecided: [], differenceBetween: [], whatIs: [], prosCons: [], howTo: [], howToWithin: [], knownToYou: [], fitAsked: [], tooHeavy: [], longevity: [], stepsAsked: [], handlesLoad: [], fitFor: [], hasFeature: [], canDo: [], move: [], insteadOf: [], needInstead: [], notNeededAfter: [], helpAsked: [], greeting: [], likeBefore: [], likeAfter: [], excludedBefore: [], excludedAfter: [], knownBefore: [], knownAfter: [] },
};

/** nlu/intents.yaml and nlu/vocabulary.yaml: how questions are read. */
function readNlu(dir: string, problems: KnowledgeProblem[], hash: ReturnType<typeof createHash>): Nlu {
  const intents = readYamlFile(join(dir, 'nlu/intents.yaml'), 'nlu/intents.yaml', intentsFileSchema);
  const vocabulary = readYamlFile(join(dir, 'nlu/vocabulary.yaml'), 'nlu/vocabulary.yaml', vocabularyFileSchema);
  const forms = readYamlFile(join(dir, 'nlu/forms.yaml'), 'nlu/forms.yaml', formsFileSchema);
  hash.update('nlu').update(intents.raw).update(vocabulary.raw).update(forms.raw);
  if (!intents.ok) problems.push(...intents.problems);
  if (!vocabulary.ok) problems.push(...vocabulary.problems);
  if (!forms.ok) problems.push(...forms.problems);
  if (!intents.ok || !vocabulary.ok || !forms.ok) return EMPTY_NLU;
  const v = vocabulary.value;
  const f = forms.value;
  return {
    examples: intents.value,
    vocabulary: {
      otherEcosystems: v.other_ecosystems,
      uncoveredFrameworks: v.uncovered_python_frameworks,
      generalPython: v.general_python,
      everyday: v.everyday,
      webContext: v.web_context,
      judgement: v.judgement,
      webClient: v.web_client,
      nameEndings: v.name_endings,
      gluedPrefixes: v.glued_prefixes,
      appParts: v.app_parts,
      countWords: v.count_words,
      byThemselves: v.by_themselves,
      frameworkWords: v.framework_words,
      chitChat: v.chit_chat,
      depictions: v.depictions,
      hostedSoftware: v.hosted_software,
      otherFrameworks: v.other_frameworks,
      nameBearers: v.name_bearers,
      realWords: v.real_words,
      licenceWords: v.licence_words,
      staffRoles: v.staff_roles,
      editedContent: v.edited_content,
      ecosystemKinds: v.ecosystem_kinds,
    },
    forms: {
      undecided: f.undecided,
      differenceBetween: f.difference_between,
      whatIs: f.what_is,
      prosCons: f.pros_cons,
      howTo: f.how_to,
      howToWithin: f.how_to_within,
      knownToYou: f.known_to_you,
      fitAsked: f.fit_asked,
      tooHeavy: f.too_heavy,
      longevity: f.longevity,
      stepsAsked: f.steps_asked,
      handlesLoad: f.handles_load,
      fitFor: f.fit_for,
      hasFeature: f.has_feature,
      move: f.move,
      insteadOf: f.instead_of,
      needInstead: f.need_instead,
      canDo: f.can_do,
      notNeededAfter: f.not_needed_after,
      helpAsked: f.help_asked,
      greeting: f.greeting,
      likeBefore: f.like_before,
      likeAfter: f.like_after,
      excludedBefore: f.excluded_before,
      excludedAfter: f.excluded_after,
      knownBefore: f.known_before,
      knownAfter: f.known_after,
    },
  };
}

/**
 * Reads and validates every file in the knowledge directory. Throws KnowledgeError listing
 * each problem with its file and field; never returns partial knowledge.
 */
export function loadKnowledge(dir: string): Knowledge {
  if (!existsSync(dir)) {
    throw new KnowledgeError([{ file: dir, field: '', message: 'knowledge directory not found' }], 'KNOWLEDGE_NOT_FOUND');
  }
  const problems: KnowledgeProblem[] = [];
  const hash = createHash('sha256');
  const files: KnowledgeFiles = { sources: new Map(), frameworks: [], topics: [], concepts: [], nlu: readNlu(dir, problems, hash) };

  for (const folder of KNOWLEDGE_FOLDERS) {
    const names = yamlFilesIn(dir, folder);
    if (names.length === 0) problems.push({ file: `${folder}/`, field: '', message: 'has no .yaml files' });
    for (const file of names) {
      const abs = join(dir, file);
      if (folder === 'sources') {
        const r = readYamlFile(abs, file, sourcesFileSchema);
        hash.update(file).update(r.raw);
        if (!r.ok) {
          problems.push(...r.problems);
          continue;
        }
        for (const [sid, source] of Object.entries(r.value)) {
          const prior = files.sources.get(sid);
          if (prior) problems.push({ file, field: sid, message: `source id already defined in ${prior.file}` });
          else files.sources.set(sid, { ...source, file });
        }
        continue;
      }
      const schema = folder === 'frameworks' ? frameworkFileSchema : folder === 'topics' ? topicFileSchema : conceptFileSchema;
      const r = readYamlFile(abs, file, schema as typeof frameworkFileSchema);
      hash.update(file).update(r.raw);
      if (!r.ok) problems.push(...r.problems);
      else (files[folder] as { file: string; data: unknown }[]).push({ file, data: r.value });
    }
  }

  const built = buildKnowledge(files, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return { version: hash.digest('hex').slice(0, 12), ...built };
}
