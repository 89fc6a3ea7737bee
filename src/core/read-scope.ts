import type { EntityMatch } from './entity-index';
import { phraseKey } from './entity-names';
import type { Knowledge } from './knowledge-model';
import { createPhraseSet, type PhraseSet } from './phrase-set';

/** What the words around the entities say about whether a question is ours at all. */
export interface ScopeReading {
  /** Framework matches kept: a name read in its everyday sense ("a hip flask") is dropped. */
  matches: EntityMatch[];
  /** Frameworks whose name was read in another sense. */
  otherSense: string[];
  /** Every framework named is an everyday word (flask, bottle, falcon): the name alone proves little. */
  everydayNamesOnly: boolean;
  /** Words that make a software reading likely: web words, other frameworks, concepts. */
  technical: number;
  /** Words of everyday life: drinks, weather, films, animals. */
  everyday: number;
  otherEcosystem: boolean;
  generalPython: boolean;
  /** Display names of Python web frameworks the knowledge does not cover. */
  uncovered: string[];
}

export interface ScopeReader {
  read(words: string[], matches: EntityMatch[]): ScopeReading;
}

const covered = (spans: { start: number; end: number }[], i: number) => spans.some((s) => s.start <= i && i < s.end);

/**
 * Decides, from the vocabulary in knowledge/nlu and each framework's `sense`, whether a name is
 * meant as the framework. Many names are ordinary words, so "where can I buy a hip flask" must not
 * get the Flask fact sheet: a name with everyday words around it and nothing technical is declined.
 */
export function createScopeReader(knowledge: Knowledge): ScopeReader {
  const v = knowledge.nlu.vocabulary;
  const web = createPhraseSet(v.webContext);
  const everydayWords = createPhraseSet(v.everyday);
  const ecosystems = createPhraseSet(v.otherEcosystems);
  const generalPython = createPhraseSet(v.generalPython);
  const uncoveredNames = createPhraseSet(Object.keys(v.uncoveredFrameworks));
  const uncoveredDisplay = new Map(Object.entries(v.uncoveredFrameworks).map(([k, name]) => [phraseKey(k), name]));
  const senses = new Map<string, { technical: PhraseSet; other: PhraseSet }>();
  for (const f of knowledge.frameworks) {
    if (f.sense) senses.set(f.id, { technical: createPhraseSet(f.sense.technicalContext), other: createPhraseSet(f.sense.otherSenses) });
  }

  return {
    read(words, matches) {
      const frameworkMatches = matches.filter((m) => m.kind === 'framework');
      const everydaySpans = everydayWords.find(words);
      const ecosystemSpans = ecosystems.find(words);
      // "ball python" is a snake: words inside an everyday phrase are not technical evidence.
      const webSpans = web.find(words).filter((s) => !covered(everydaySpans, s.start));
      const plainFrameworks = frameworkMatches.filter((m) => !senses.has(m.id));
      const concepts = matches.filter((m) => m.kind === 'concept');
      const uncoveredSpans = uncoveredNames.find(words);
      const technicalBase = webSpans.length + plainFrameworks.length + concepts.length + uncoveredSpans.length;
      const otherSense: string[] = [];
      let everyday = everydaySpans.length;
      for (const id of new Set(frameworkMatches.filter((m) => senses.has(m.id)).map((m) => m.id))) {
        const sense = senses.get(id)!;
        const technical = technicalBase + sense.technical.find(words).length + frameworkMatches.filter((m) => m.id !== id).length;
        const other = everydaySpans.length + sense.other.find(words).length;
        everyday = Math.max(everyday, other);
        if (other > 0 && technical === 0) otherSense.push(id);
      }
      // Package names can be everyday words too ("homemade marshmallows"): with everyday words
      // around and nothing else technical, the concept is not what was meant.
      const droppedConcepts = new Set(
        everydaySpans.length > 0 && webSpans.length + frameworkMatches.length + uncoveredSpans.length === 0 && new Set(concepts.map((c) => c.id)).size === 1
          ? concepts.map((c) => c.id)
          : [],
      );
      const kept = matches.filter((m) => !(m.kind === 'framework' && otherSense.includes(m.id)) && !(m.kind === 'concept' && droppedConcepts.has(m.id)));
      const keptFrameworks = kept.filter((m) => m.kind === 'framework');
      return {
        matches: kept,
        otherSense: [...otherSense, ...droppedConcepts],
        everydayNamesOnly: keptFrameworks.length > 0 && keptFrameworks.every((m) => senses.has(m.id)),
        technical: technicalBase + kept.filter((m) => m.kind === 'topic').length,
        everyday,
        otherEcosystem: ecosystemSpans.length > 0,
        generalPython: generalPython.has(words),
        uncovered: [...new Set(uncoveredSpans.map((s) => uncoveredDisplay.get(s.phrase) ?? s.phrase))],
      };
    },
  };
}
