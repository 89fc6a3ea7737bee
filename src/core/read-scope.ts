import type { EntityMatch } from './entity-index';
import { phraseKey } from './entity-names';
import type { Knowledge, NameSense } from './knowledge-model';
import { createNameAsThingReader } from './name-as-thing';
import { createPhraseSet, type PhraseSet } from './phrase-set';
import { indexText } from './prebuilt-index';
import { stem, STOP_WORDS } from './words';

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
  /** Where each everyday phrase starts, in order (empty when there is none). */
  everydayStarts: number[];
  /** Generic web words ("api", "endpoint", "http") outside everyday phrases. */
  web: number;
  /** Where each of those web words starts. */
  webStarts: number[];
  otherEcosystem: boolean;
  /** Where another ecosystem's names start ("rails", "laravel"). */
  ecosystemStarts: number[];
  /** Their word ranges: "spring boot" is two words. */
  ecosystemSpans: { start: number; end: number }[];
  generalPython: boolean;
  /** Phrases of code calling the web as a client ("requests.exceptions.ConnectionError", "scrape"). */
  webClient: number;
  /** Display names of Python web frameworks the knowledge does not cover. */
  uncovered: string[];
  /** The share of the question's own words no in-scope example uses ("a decent pizza place near the office": 4 of 9). */
  unfamiliar: number;
  /** The largest such share in any one clause: "suggest a good crime novel? just finished the last one in the series" asks in words of elsewhere though its aside uses ours. */
  unfamiliarPeak: number;
  /** The word "framework" written in another language ("ramverk", "фреймворк"). */
  frameworkWord: boolean;
  /** Software people run rather than build is named ("minecraft server", "nextcloud", "wordpress"). */
  hostedSoftware: boolean;
  /** A framework of another kind is named: a research method, a way of working, a standard ("grounded theory", "scrum"). */
  otherKindOfFramework: boolean;
}

export interface ScopeReader {
  /**
   * `judged`: the question weighs or picks something ("weaknesses?", "for a new project").
   * `clauses`: its word ranges cut at full stops, dashes and colons, when there are several.
   */
  read(words: string[], matches: EntityMatch[], judged?: boolean, clauses?: { start: number; end: number }[]): ScopeReading;
}

// "flask or thermos", "quarts to litres": a name joined to a thing of its other sense is that sense.
const JOINERS = new Set(['or', 'and', 'vs', 'to', 'into']);
// Words of a framework's technical context that every Python web question has: no sign of that framework itself.
const GENERIC_OWN = new Set(['python', 'framework', 'web framework', 'pip']);
const DEFINED_BEFORE = /(?:^| )(?:what is|what s|whats|what are|explain|tell me about|describe)$/;
// "bottle: what is that?": the bare name first, then the definition asked of "it".
const DEFINED_AFTER = /^(?:what is|what s|whats) (?:it|this|that)\b/;
const covered = (spans: { start: number; end: number }[], i: number) => spans.some((s) => s.start <= i && i < s.end);

// An everyday phrase wholly inside a name ("cherry" of "cherry py"); "tornado warning" reaches beyond it.
const insideName = (names: { start: number; end: number }[], s: { start: number; end: number }) => names.some((m) => m.start <= s.start && s.end <= m.end);

const LATIN_WORD = /^\p{Script=Latin}+$/u;
const FRAMEWORK_WORDS: ReadonlySet<string> = new Set(['framework', 'frameworks']);

// English grammar words other Latin-script languages do not share ("a", "no", "in" they do).
const ENGLISH_MARKERS: ReadonlySet<string> = new Set(['the', 'is', 'for', 'with', 'can', 'should', 'what', 'how', 'and', 'are', 'does', 'my', 'our', 'it', 'this', 'which', 'would', 'where', 'who', 'when', 'keep', 'much', 'long']);
export const english = (words: string[]) => words.some((w) => ENGLISH_MARKERS.has(w));

// Short names that are function words in another language: in "FastAPI va bene per il backend REST
// di un'app mobile?" the "di" is Italian "of", not dependency injection. Read as the name only when
// the question is not written in that language (two of its other function words around it).
const FUNCTION_WORD_ELSEWHERE: Record<string, ReadonlySet<string>> = {
  // Italian and Indonesian
  // ("Un sito di 6 pagine: quale framework consigliate?": "di" is "of", not dependency injection.)
  di: new Set([
    ...['il', 'per', 'un', 'una', 'che', 'della', 'del', 'sono', 'siamo', 'è', 'con', 'non', 'gli', 'nel', 'alla', 'anche', 'quale', 'quali', 'sito', 'cosa', 'questo', 'questa', 'mio', 'mia', 'nostro', 'nostra', 'sul', 'dal', 'dei', 'delle', 'degli', 'ho', 'abbiamo', 'voglio', 'vorrei', 'meglio', 'migliore', 'dove', 'perché', 'perche', 'consigliate', 'consigliereste'],
    ...['yang', 'untuk', 'dan', 'dengan', 'ini', 'itu', 'bisa', 'apa', 'saya', 'kami', 'kita', 'buat', 'mau', 'pakai', 'sebuah', 'lebih', 'atau', 'tidak', 'adalah'],
    // ("Bagaimana cara membuat halaman login di Flask?": how, the way, to make.)
    ...['bagaimana', 'gimana', 'cara', 'apakah', 'mengapa', 'kenapa', 'menggunakan', 'membuat', 'menambahkan', 'sudah', 'ada', 'aplikasi'],
  ]),
};
const functionWordHere = (words: string[], m: EntityMatch) => {
  const markers = m.end - m.start === 1 ? FUNCTION_WORD_ELSEWHERE[words[m.start]!] : undefined;
  return markers !== undefined && words.filter((w) => markers.has(w)).length >= 2;
};

// Hungarian's definite article, its letters no other language has, and its common question words.
const HU_DEFINITE = new Set(['a', 'az']);
const HU_LETTERS = /[őű]/;
// A name with a Hungarian case ending after a hyphen, split off by then: "Sanic-ben" (in Sanic), "Flask-hez" (to Flask).
// (Only endings that are no English word: not "on", "be" or "re".)
const HU_CASE_ENDINGS: ReadonlySet<string> = new Set(['ben', 'ban', 'hez', 'hoz', 'nak', 'nek', 'ról', 'ről', 'ból', 'ből', 'vel']);
// (Not "mi", "van" or "nem": Spanish "mi", Dutch and English "van", Portuguese "nem" would make "a flask in my van" Hungarian.)
const HU_WORDS = new Set(['vagy', 'melyik', 'között', 'és', 'hogy', 'milyen', 'miért', 'hogyan', 'érdemes', 'keretrendszer', 'keretrendszert', 'keretrendszernek', 'különbség', 'gyorsabb', 'jobb', 'beépített', 'keretrendszerben']);
// "a tornado took out power", "a 500 ml flask that goes through the autoclave", "in a quart?": an
// everyday-word name after "a"/"an" is a thing, unless a word of software follows ("a flask app").
// "a 2 quart starter", "a paper pyramid", "an empty bottle": what a thing is made of, or how full, sits between.
// "ein Tornado", "una botella": other languages' indefinite articles too (not "en" or "et", which are also "in" and "and"),
// and Portuguese "in a" ("num flask de aço").
// "a small stone pyramid": a size may come before what it is made of.
// "einen richtigen Tornado" (a real tornado): the adjective after the article in other languages too.
const MATERIALS = 'paper|cardboard|glass|plastic|metal|steel|wooden|stone|leather|silver|ceramic|copper|pewter|brass|clay|crystal|borosilicate';
const ARTICLE_BEFORE = new RegExp(
  `(?:^| )(?:a|an|ein|eine|einen|einem|einer|un|une|una|uno|um|uma|num|numa|een|ett|el|la|il|lo|le)(?: \\d+ \\S+|(?: (?:small|little|tiny|big|large|huge|tall|short))? (?:${MATERIALS}|empty|full|real|giant|huge|richtigen|richtiger|richtiges|echten|echter|echtes|echte|großen|grossen|kleinen|verdadero|verdadera|vrai|vraie|véritable|vero|vera|echt|grande))?$`,
);
// "product shots of a copper flask for the shop's homepage": what a name is made of makes it a
// thing however many web words are around; no software is glass or pewter.
const MADE_OF_BEFORE = new RegExp(`(?:^| )(?:${MATERIALS})$`);
// "1 quart in litres", "two bottles of wine", "how many quarts": a count right before the name makes it a thing too,
// but not a version after a language ("python 3 flask").
const COUNTED_BEFORE = /^(?:(?!python |py |version |v )\S+ )?(?:\d+|one|two|three|four|five|six|ten|half)$|^how many$/;
const SOFTWARE_HEAD = new Set(['app', 'apps', 'application', 'project', 'projects', 'service', 'services', 'api', 'apis', 'backend', 'site', 'website', 'server', 'route', 'routes', 'view', 'views', 'blueprint', 'extension', 'extensions', 'plugin', 'plugins', 'library', 'libraries', 'lib', 'libs', 'package', 'packages', 'dev', 'devs', 'developer', 'developers', 'engineer', 'shop', 'team', 'stack', 'codebase', 'monolith', 'tutorial', 'course', 'job', 'jobs', 'role', 'version', 'release', 'framework', 'based', 'style', 'like', 'equivalent', 'alternative', 'one', 'or', 'and', 'vs', 'versus']);

// "a gift bottle for the team (the glass sort, not the framework)": the name's software sense ruled out in so many words.
// ("...dominated by Postgres, not the framework" blames something else: only "the X kind/one, not the framework" rules it out.)
export const NOT_THE_FRAMEWORK = /\b(?:kind|one|type|sort|sense) not the (?:python |web )?(?:framework|library|lib|software|package|python one)\b/;

/** "it's not a web app, just a cron job", "no web stuff involved": said outright, nothing web is built. */
export const NOT_WEB = /\b(?:not|isn t|isnt|is not|no|nothing) (?:a |an )?(?:web app|web application|website|web stuff|web related|web project|web server|web service|server(?! side| rendered| rendering)|web code|web part|web component|web frontend)\b|\b(?<!but )(?:no|without) (?:a |any )?web frameworks?\b(?! yet)|\b(?:nothing|not) web\b(?! (?:frameworks?|ui|interface|pages?|frontend|front end|dev|devs|developers?))/;

// "a Flask, sorry I mean FastAPI, service": the words between a name and the one that corrects it.
const CORRECTED_BY = /^(?:(?:sorry|oops|err|er|uh|um|no|wait|haha|lol),? )*(?:i mean|i meant|meant|i mean to say|or rather|rather|no wait|wait|scratch that|correction)$/;
// "no JavaScript frameworks", "ohne Laravel": a word right before another ecosystem's name that rules it out.
const RULED_OUT_BEFORE = new Set(['no', 'without', 'not', 'avoid', 'avoiding', 'sin', 'sem', 'ohne', 'sans', 'senza', 'zonder', 'utan', 'без', 'bez']);

// "installed python from the website", "got it off their site": a site something was downloaded from is
// where it came from, not something built.
const DOWNLOADED_FROM = /\b(?:from|off) (?:the|their|its|the official|their official)$/;
/** The web words that name a site, for DOWNLOADED_FROM. */
const SITE_WORDS = new Set(['website', 'site', 'web site', 'webpage', 'web page']);
// "would flask do for a coffee blog?": an everyday word right before a site is what the site is about.
const SITE_ABOUT = new Set(['blog', 'blogs', 'site', 'website', 'webshop', 'app', 'webapp', 'api', 'backend', 'portal', 'wiki', 'forum', 'dashboard']);
// "bottle, the python framework, not the drink": which of the name's senses is meant, said outright.
const PYTHON_ONE = /\bthe python (?:one|framework|library|lib|package)\b/;
// pip and installing are words of every Python project, web or not.
const INSTALLER_WORDS = new Set(['pip', 'pip install', 'install']);

// "our API team's offsite", "the backend guys": a web word naming people is who, not what is built.
const PEOPLE_NAMED_AFTER = new Set(['team', 'teams', 'guys', 'people', 'folks', 'crew', 'squad', 'lead', 'leads', 'colleague', 'colleagues', 'coworker', 'coworkers']);

/** Technical stems this long are recognised inside inflected or compound words ("websocketach"). */
const MIN_TECHNICAL_STEM = 6;

type WordCount = { content: number; unfamiliar: number };

/**
 * How many of the own words (not grammar, not names) from `from` to `to` are words no in-scope example
 * uses: "can I hear a tornado coming", "can a flask hold coffee". Everyday-word names with such
 * words around them and nothing technical are about the everyday thing.
 */
function unfamiliarCount(words: string[], matches: EntityMatch[], familiar: ReadonlySet<string>, from: number, to: number): WordCount {
  // Only words in the name's own script: a Latin-script "Flask" inside a Russian question is a
  // proper noun, so Cyrillic or CJK words around it say nothing either way. Versions ("4.2") neither.
  const content = words.slice(from, to).filter((w, i) => !STOP_WORDS.has(w) && !covered(matches, from + i) && LATIN_WORD.test(w));
  return { content: content.length, unfamiliar: content.filter((w) => !familiar.has(stem(w))).length };
}
const shareOf = (c: WordCount): number => (c.content === 0 ? 0 : c.unfamiliar / c.content);

/**
 * The share of unfamiliar words in the whole question and in its most unfamiliar clause. The words are
 * read once: when the clauses run end to end over the question, the whole is their sum.
 */
function unfamiliarShares(words: string[], matches: EntityMatch[], familiar: ReadonlySet<string>, clauses: { start: number; end: number }[]): { whole: number; peak: number } {
  if (clauses.length <= 1) {
    const whole = shareOf(unfamiliarCount(words, matches, familiar, 0, words.length));
    return { whole, peak: whole };
  }
  const counts = clauses.map((c) => unfamiliarCount(words, matches, familiar, c.start, c.end));
  const endToEnd = clauses[0]!.start === 0 && clauses.at(-1)!.end === words.length && clauses.every((c, i) => i === 0 || c.start === clauses[i - 1]!.end);
  const total = endToEnd ? counts.reduce((a, c) => ({ content: a.content + c.content, unfamiliar: a.unfamiliar + c.unfamiliar }), { content: 0, unfamiliar: 0 }) : unfamiliarCount(words, matches, familiar, 0, words.length);
  return { whole: shareOf(total), peak: Math.max(...counts.map(shareOf)) };
}

/**
 * Decides, from the vocabulary in knowledge/nlu and each framework's `sense`, whether a name is
 * meant as the framework. Many names are ordinary words, so "where can I buy a hip flask" must not
 * get the Flask fact sheet: a name with everyday words around it and nothing technical is declined.
 */
export function createScopeReader(knowledge: Knowledge, familiar: ReadonlySet<string> = new Set()): ScopeReader {
  const v = knowledge.nlu.vocabulary;
  // Long technical words, so an inflected "websocketach" or a compound "djangoformular" still counts.
  // Indexed by their first letters: this runs on every word of every question.
  const technicalStems = new Map<string, string[]>();
  // The topics' 10,000 synonyms have their keys worked out by the build (normalising them again
  // took ~40 ms of each cold start); a knowledge without a build's index works them out here.
  const topicKeys = new Map(indexText(knowledge).names.filter(({ name }) => name.kind === 'topic').map(({ name, key }) => [name.phrase, key]));
  for (const p of [...v.webContext.map((x) => phraseKey(x)), ...knowledge.topics.flatMap((t) => t.synonyms).map((x) => topicKeys.get(x) ?? phraseKey(x))]) {
    if (p.length < MIN_TECHNICAL_STEM || p.includes(' ')) continue;
    const key = p.slice(0, MIN_TECHNICAL_STEM);
    technicalStems.set(key, [...(technicalStems.get(key) ?? []), p]);
  }
  const inflectedTechnical = (words: string[]) =>
    words.filter((w) => w.length > MIN_TECHNICAL_STEM + 1 && (technicalStems.get(w.slice(0, MIN_TECHNICAL_STEM)) ?? []).some((t) => stem(w) !== t && w.startsWith(t))).length;
  const web = createPhraseSet(v.webContext);
  const webPhrases = new Set(v.webContext.map((p) => phraseKey(p)));
  const everydayWords = createPhraseSet(v.everyday);
  // "what is" in other languages: "Mi az a Falcon?" asks what the name is; its "a" is no article of a thing.
  const whatIsElsewhere = createPhraseSet(knowledge.nlu.forms.whatIs);
  const ecosystems = createPhraseSet(v.otherEcosystems);
  const generalPython = createPhraseSet(v.generalPython);
  const webClient = createPhraseSet(v.webClient);
  const frameworkWords = createPhraseSet(v.frameworkWords);
  const hosted = createPhraseSet(v.hostedSoftware);
  const otherFrameworks = createPhraseSet(v.otherFrameworks);
  const realWords = new Set(v.realWords);
  const nameAsThing = createNameAsThingReader(v);
  const uncoveredNames = createPhraseSet(Object.keys(v.uncoveredFrameworks));
  const uncoveredDisplay = new Map(Object.entries(v.uncoveredFrameworks).map(([k, name]) => [phraseKey(k), name]));
  // The senses of names that are everyday words, frameworks' and packages' alike.
  const sensesOf = (named: { id: string; sense: NameSense | null }[]) =>
    new Map(named.flatMap(({ id, sense }) => (sense ? [[id, { everydayWord: sense.everydayWord, technical: createPhraseSet(sense.technicalContext), other: createPhraseSet(sense.otherSenses) }] as const] : [])));
  const senses = sensesOf(knowledge.frameworks);
  const conceptSenses = sensesOf(knowledge.concepts);

  const reader: ScopeReader = {
    read(words, matches, judged = false, clauses = []) {
      const frameworkMatches = matches.filter((m) => m.kind === 'framework');
      // The name's own words are not evidence against it: "cherry py" is CherryPy, not a fruit.
      // Only a name spelt as the name: "cherry pie", "cherry pies" (a plural stems to it) or "falconry" read as a name is still a pie or a sport.
      const plainNames = frameworkMatches.filter((m) => words.slice(m.start, m.end).join('') === m.id);
      const everydaySpans = everydayWords.find(words).filter((s) => !insideName(plainNames, s));
      // "server-side pages, no JavaScript frameworks": another ecosystem ruled out is not what is asked about.
      const ecosystemSpans = ecosystems.find(words).filter((s) => !RULED_OUT_BEFORE.has(words[s.start - 1] ?? ''));
      // "ball python" is a snake: words inside an everyday phrase are not technical evidence.
      // "a desktop app" is general Python, so its "app" is no web evidence; "framework" alone says
      // nothing about the web either ("which python framework, tkinter or pyqt?").
      const pythonSpans = generalPython.find(words);
      const webSpans = web.find(words).filter((s) => !covered(everydaySpans, s.start) && !covered(pythonSpans, s.start) && !FRAMEWORK_WORDS.has(s.phrase) && !PEOPLE_NAMED_AFTER.has(words[s.end] ?? '') && !(SITE_WORDS.has(s.phrase) && DOWNLOADED_FROM.test(words.slice(Math.max(0, s.start - 3), s.start).join(' '))));
      // Technical, but nothing served: "pip3 missing after installing python" is about the installer.
      const servedSpans = webSpans.filter((s) => !INSTALLER_WORDS.has(s.phrase));
      const plainFrameworks = frameworkMatches.filter((m) => !senses.has(m.id));
      const concepts = matches.filter((m) => m.kind === 'concept');
      // "Flask keeps cracking when I autoclave it": a package name read only by spelling correction
      // ("cracking" as caching) is no evidence of software.
      // "Il tornado di ieri": a package's short name that is a function word of the language the question is written in is no evidence either.
      const exactConcepts = concepts.filter((m) => m.exact && !functionWordHere(words, m));
      const uncoveredSpans = uncoveredNames.find(words);
      const technicalBase = webSpans.length + plainFrameworks.length + exactConcepts.length + uncoveredSpans.length + inflectedTechnical(words);
      // Computed once: the field below and every everyday-word name read it.
      const { whole: unfamiliar, peak: unfamiliarPeak } = unfamiliarShares(words, matches, familiar, clauses);
      const otherSense: string[] = [];
      let everyday = everydaySpans.length;
      // Each everyday-word name's own evidence of its other sense: phrases of that sense, or the
      // name as a thing ("a tornado", "1 quart").
      const ownSense = new Map<string, { otherSpans: ReturnType<PhraseSet['find']>; thingNamed: boolean; shownOrNamed: boolean }>();
      // "a flask app", "a bottle or flask app": a word of software after the name; "or" and "and" only
      // when another framework follows ("a glass flask or will it crystallise?" names a jar).
      const softwareFollows = (m: EntityMatch) => {
        const next = words[m.end] ?? '';
        return JOINERS.has(next) ? frameworkMatches.some((n) => n.start === m.end + 1) : SOFTWARE_HEAD.has(next);
      };
      // "Il tornado di ieri": a match that is a function word of the question's language ("di") names nothing after the name.
      const meaningful = matches.filter((n) => n.kind === 'framework' || !functionWordHere(words, n));
      // A picture's subject, a pet's or a band's name, a brand, a label's words.
      const namesThing = nameAsThing.read(words, webSpans, matches, (w) => SOFTWARE_HEAD.has(w));
      // "Melyik a jobb kezdőknek: a Bottle vagy a Flask?": Hungarian puts "a" (the) before every name, so there it is no article of a thing.
      let isHungarian: boolean | undefined;
      const hungarian = () => (isHungarian ??= words.some((w) => HU_LETTERS.test(w) || HU_WORDS.has(w)) || frameworkMatches.some((m) => HU_CASE_ENDINGS.has(words[m.end] ?? '')));
      let definedAt: Set<number> | undefined;
      const definedHere = (m: EntityMatch) => (definedAt ??= new Set(whatIsElsewhere.find(words).map((d) => d.end))).has(m.start - 1) || definedAt.has(m.start);
      for (const id of new Set(frameworkMatches.filter((m) => senses.has(m.id)).map((m) => m.id))) {
        const sense = senses.get(id)!;
        const otherSpans = sense.other.find(words).filter((s) => !insideName(plainNames, s));
        const thingNamed = frameworkMatches.some(
          (m) => m.id === id && sense.everydayWord && ((ARTICLE_BEFORE.test(words.slice(Math.max(0, m.start - 3), m.start).join(' ')) && !(hungarian() && HU_DEFINITE.has(words[m.start - 1] ?? ''))) || COUNTED_BEFORE.test(words.slice(Math.max(0, m.start - 2), m.start).join(' '))) && !softwareFollows(m) && !covered(webSpans, m.end) && !covered(meaningful, m.end) && !definedHere(m),
        );
        const madeOf = frameworkMatches.some((m) => m.id === id && sense.everydayWord && MADE_OF_BEFORE.test(words[m.start - 1] ?? '') && !softwareFollows(m));
        const shownOrNamed = frameworkMatches.some((m) => m.id === id && namesThing(m, sense.everydayWord)) || madeOf;
        ownSense.set(id, { otherSpans, thingNamed, shownOrNamed });
      }
      // Another name is evidence of software only when nothing marks it as a thing itself: an
      // erlenmeyer flask and a 2 quart starter do not make each other frameworks.
      // A name glued into a longer word ("djangocon", "flaskr") is that word.
      const glued = (m: EntityMatch) => m.end - m.start === 1 && words[m.start]!.length >= m.id.length + 3 && words[m.start]!.startsWith(m.id);
      const plainOther = (m: EntityMatch) => {
        const own = ownSense.get(m.id);
        return !own || (own.otherSpans.length === 0 && !own.thingNamed && !own.shownOrNamed);
      };
      // "How many tablespoons go into a quart? Asking for the meal-planner app I code": the name, in
      // every clause that has it, read as its everyday thing there, is that thing; the app around it
      // is what the asker does, not what is asked. Each clause is read alone, as a question of its own.
      const namedOnlyAsThing = (id: string) => {
        const own = clauses.filter((c) => frameworkMatches.some((m) => m.id === id && c.start <= m.start && m.end <= c.end));
        return (
          own.length > 0 &&
          own.length < clauses.length &&
          own.every((c) => {
            const inside = matches.filter((m) => c.start <= m.start && m.end <= c.end).map((m) => ({ ...m, start: m.start - c.start, end: m.end - c.start }));
            return reader.read(words.slice(c.start, c.end), inside, judged).otherSense.includes(id);
          })
        );
      };
      // An everyday word right before a site that something is for (SITE_ABOUT) is what the site is about, one
      // word may sit between ("for my whiskey review site"); "my bird app flags a falcon" asks about the bird.
      const aboutSite = (e: { start: number; end: number }) => (SITE_ABOUT.has(words[e.end] ?? '') || SITE_ABOUT.has(words[e.end + 1] ?? '')) && words.slice(Math.max(0, e.start - 3), e.start).includes('for');
      for (const [id, { otherSpans, thingNamed, shownOrNamed }] of ownSense) {
        const sense = senses.get(id)!;
        // A framework's own words inside an everyday phrase are that phrase: the "server" of a server rack.
        // ...and another name used as a thing is no evidence either: Quart's word "flask" in "a 500 ml flask".
        const ownSpans = sense.technical
          .find(words)
          .filter((s) => !covered(everydaySpans, s.start) && !frameworkMatches.some((m) => m.id !== id && !plainOther(m) && m.start <= s.start && s.start < m.end));
        // ...and a word already counted as a web word ("app") is not counted twice: "an app that tells a
        // falcon from a hawk" has one word of software, not two.
        const ownTechnical = ownSpans.filter((s) => !covered(webSpans, s.start)).length;
        // Of those, the framework's very own words ("responder", "on_get"), not the generic ones every
        // web question has ("api", "python"): "falcon heavy launch data: any api I can query
        // from python?" is about the rocket.
        const ownSpecific = ownSpans.filter((s) => !webPhrases.has(s.phrase) && !GENERIC_OWN.has(s.phrase)).length;
        const technical = technicalBase + ownTechnical + frameworkMatches.filter((m) => m.id !== id && plainOther(m)).length;
        // A need named ("security fixes", "benchmarks") is evidence too, but a weak one: topic words
        // can be everyday words ("forms", "signals"), so it only outweighs unfamiliar words.
        const topicsNamed = matches.filter((m) => m.kind === 'topic').length;
        // Everyday words around a name that is no everyday word ("our lab fridge ... is Django
        // overkill?") say nothing about the film: only that name's own other senses do, unless the
        // name is glued into a longer word ("djangocon ... split an airbnb").
        const gluedInto = frameworkMatches.some((m) => m.id === id && glued(m));
        const other = (sense.everydayWord || gluedInto ? everydaySpans.filter((e) => !aboutSite(e)).length : 0) + otherSpans.filter((e) => !aboutSite(e)).length + (thingNamed ? 1 : 0);
        // "tornado warning just went off... shut down the server rack?": the name inside a phrase of its
        // other sense is that sense, whatever generic tech words are around, unless the framework's own words are.
        // "which flask or thermos keeps coffee hot?": a name joined by "or"/"and" to a thing of its other sense is that sense too.
        const joinedToOther = frameworkMatches.some(
          (m) => m.id === id && otherSpans.some((s) => (JOINERS.has(words[m.end] ?? '') && s.start === m.end + 1) || (JOINERS.has(words[m.start - 1] ?? '') && s.end === m.start - 1)),
        );
        // ...and so is the name right beside a thing of its other sense: "the starlette pendant", "a coffee flask".
        const insideOrBeside = (m: EntityMatch, s: { start: number; end: number }) => (s.start <= m.start && m.end <= s.end) || s.start === m.end || s.end === m.start;
        // ...and so is the name a picture shows ("a photo of a tornado for our news site") or a pet or a band was given ("our cat is called Django").
        const nameInOtherSense = (otherSpans.some((s) => frameworkMatches.some((m) => m.id === id && insideOrBeside(m, s))) || joinedToOther || shownOrNamed) && ownSpecific < 2;
        everyday = Math.max(everyday, other);
        // A misspelt name ("flsk") is someone typing fast about the framework, not about a bottle;
        // a name glued into a longer word ("djangocon", "flaskr") is that word, not a typo.
        // ...but a name written as an ordinary English word ("starlet", one of Starlette's spellings) is that word as written.
        const writtenAsWord = (m: EntityMatch) => m.exact && realWords.has(words.slice(m.start, m.end).join(' '));
        const asWritten = (m: EntityMatch) => (m.exact && stem(words.slice(m.start, m.end).join('')) === id) || writtenAsWord(m) || glued(m);
        const exact = frameworkMatches.every((m) => m.id !== id || asWritten(m));
        // Words we do not know say something only in English: "Ist Bottle eine gute Wahl?" is German, not about a bottle.
        // "What is Starlette, in plain words?": the bare name asked about is the framework, whatever
        // words follow; "what is a flask" has the article of a thing.
        const definedByName = frameworkMatches.some(
          (m) => m.id === id && (DEFINED_BEFORE.test(words.slice(Math.max(0, m.start - 3), m.start).join(' ')) || (m.start === 0 && DEFINED_AFTER.test(words.slice(m.end, m.end + 4).join(' ')))),
        );
        // ...and a name weighed or picked ("sanic weaknesses? considering it for an ingest svc", "tornado for a
        // new project?? asking for a friend") is software, however few of the other words we know.
        const unfamiliarAround = english(words) && unfamiliar >= 0.5 && !definedByName && !judged;
        // "how many ml in a quart? converting a soup recipe": everyday words clearly outnumber the
        // technical ones (one inflected "converting" is not a web question).
        const outweighed = other >= 3 && other > 2 * technical;
        // "flag tornado vortex signatures in radar files? storm research, no web stuff involved": with
        // nothing web built, said outright, a name beside its other sense is that sense.
        const notWebSaid = (other > 0 && ownSpecific === 0 && NOT_WEB.test(words.join(' '))) || (sense.everydayWord && ownSpecific === 0 && NOT_THE_FRAMEWORK.test(words.join(' ')));
        // "quantos ml cabem num flask de aço? tô convertendo as medidas": the name as a thing (an article
        // before it) beside a word of its other sense, with nothing web and none of its own words, is
        // that thing, whatever a stray inflected word ("convertendo") counts as technical.
        const thingWithItsSense = thingNamed && otherSpans.length > 0 && webSpans.length === 0 && ownSpans.length === 0 && plainFrameworks.length === 0;
        // "our museum website has a hollywood section. which starlet was most famous?": written as the English word
        // ("starlet"), beside a word of that sense and none of the framework's own, it is that word.
        const wordWithItsSense = other > 0 && ownSpecific === 0 && frameworkMatches.some((m) => m.id === id && writtenAsWord(m));
        // "my python script counts bottles at the brewery: which library?": Python as the language of the
        // script, with nothing web and no need, is no sign of the framework beside a word of its other sense.
        // ("bottle, the python framework, not the drink" says which one outright.)
        const onlyPythonSaid = other > 0 && !PYTHON_ONE.test(words.join(' ')) && technicalBase === 0 && topicsNamed === 0 && ownSpans.length > 0 && ownSpans.every((s) => GENERIC_OWN.has(s.phrase) && !webPhrases.has(s.phrase)) && frameworkMatches.every((m) => m.id === id);
        // "tracking falcons in video frames with OpenCV": a plain-Python library at work, nothing web, no need
        // and none of the framework's own words around an everyday-word name: the name is the thing the script handles.
        // (Only spelt as things, "bottles": "pandas with flask" asks about the framework.)
        const spelledAsThings = frameworkMatches.every((m) => m.id !== id || (m.end - m.start === 1 && (words[m.start] === `${id}s` || words[m.start] === `${id}es`)));
        const plainPythonAtWork = sense.everydayWord && spelledAsThings && pythonSpans.length > 0 && webSpans.length === 0 && ownSpecific === 0 && topicsNamed === 0 && plainFrameworks.length === 0 && exactConcepts.length === 0;
        if (nameInOtherSense || outweighed || notWebSaid || thingWithItsSense || wordWithItsSense || onlyPythonSaid || plainPythonAtWork || (technical === 0 && (other > 0 || (sense.everydayWord && exact && topicsNamed === 0 && unfamiliarAround)))) otherSense.push(id);
        else if ((thingNamed || otherSpans.length > 0) && clauses.length > 1 && ownSpecific === 0 && namedOnlyAsThing(id)) otherSense.push(id);
      }
      // "the Litestar LED camping lantern", "my FastAPI headphones": a name with no everyday sense that
      // stands everywhere as a brand of goods is that maker's goods.
      for (const id of new Set(frameworkMatches.filter((m) => !senses.has(m.id)).map((m) => m.id))) {
        if (frameworkMatches.every((m) => m.id !== id || nameAsThing.goods(words, m))) otherSense.push(id);
      }
      // Package names can be everyday words too ("homemade marshmallows"): with everyday words
      // around and nothing else technical, the concept is not what was meant.
      const droppedConcepts = new Set<string>(
        everydaySpans.length > 0 && webSpans.length + frameworkMatches.length + uncoveredSpans.length === 0 && new Set(concepts.map((c) => c.id)).size === 1
          ? concepts.map((c) => c.id)
          : [],
      );
      // A package named by an everyday word ("celery juice", "how long do tortoises live?") is that
      // thing when nothing else of software is around: no web word but its own name, no framework,
      // no other package. Words of its other sense tip it unless two of its own words are there.
      // The name asked about outright ("what is celery?") stays the package.
      for (const c of concepts) {
        const sense = conceptSenses.get(c.id);
        if (!sense || DEFINED_BEFORE.test(words.slice(Math.max(0, c.start - 3), c.start).join(' ')) || c.end - c.start === words.length) continue;
        const own = sense.technical.find(words).length;
        const beside =
          webSpans.filter((w) => !(c.start <= w.start && w.end <= c.end)).length + frameworkMatches.length + concepts.filter((o) => o.id !== c.id && o.exact).length + uncoveredSpans.length + own;
        const otherSpans = sense.other.find(words);
        const other = otherSpans.length;
        // "long coding sessions": the name inside a phrase of its other sense is that sense, whatever else is around.
        const inOther = otherSpans.some((s) => s.start <= c.start && c.end <= s.end);
        if ((other > 0 && beside < 2 && own < 2) || (inOther && own < 2) || (sense.everydayWord && beside === 0)) droppedConcepts.add(c.id);
      }
      // The need read from the dropped name goes with it: "celery" is also a background-jobs word.
      const droppedSpans = concepts.filter((c) => droppedConcepts.has(c.id));
      const kept = matches.filter(
        // "sorry if wrong channel": a package name inside an everyday phrase is that phrase (Django Channels is not asked about).
        (m) =>
          !(m.kind === 'framework' && otherSense.includes(m.id)) &&
          // "pytest fixtures with scope='session'": a package name inside a plain-Python phrase is that phrase.
          !(m.kind === 'concept' && (droppedConcepts.has(m.id) || covered(everydaySpans, m.start) || covered(pythonSpans, m.start))) &&
          !(m.kind !== 'framework' && functionWordHere(words, m)) &&
          !(m.kind === 'topic' && droppedSpans.some((c) => c.start <= m.start && m.end <= c.end)) &&
          // "how many rest days does a shift worker get?": a need's word inside an everyday phrase is that phrase.
          !(m.kind === 'topic' && everydaySpans.some((s) => s.start <= m.start && m.end <= s.end)) &&
          // "a scikit-learn classifier behind it": a need's word inside a longer plain-Python name is that name.
          !(m.kind === 'topic' && pythonSpans.some((s) => s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start)),
      );
      // "We've got a Flask, sorry I mean FastAPI, service": a name corrected right after is not named.
      const corrected = (m: EntityMatch) =>
        m.kind === 'framework' && kept.some((n) => n.kind === 'framework' && n.id !== m.id && n.start > m.end && n.start - m.end <= 5 && CORRECTED_BY.test(words.slice(m.end, n.start).join(' ')));
      if (kept.some(corrected)) kept.splice(0, kept.length, ...kept.filter((m) => !corrected(m)));
      const keptFrameworks = kept.filter((m) => m.kind === 'framework');
      return {
        matches: kept,
        otherSense: [...otherSense, ...droppedConcepts],
        everydayNamesOnly: keptFrameworks.length > 0 && keptFrameworks.every((m) => senses.has(m.id)),
        technical: technicalBase + kept.filter((m) => m.kind === 'topic').length,
        everyday,
        web: servedSpans.length,
        everydayStarts: everydaySpans.map((e) => e.start).sort((a, b) => a - b),
        webStarts: servedSpans.map((w) => w.start),
        otherEcosystem: ecosystemSpans.length > 0,
        ecosystemStarts: ecosystemSpans.map((e) => e.start),
        ecosystemSpans: ecosystemSpans.map(({ start, end }) => ({ start, end })),
        generalPython: pythonSpans.length > 0,
        webClient: webClient.find(words).length,
        uncovered: [...new Set(uncoveredSpans.map((s) => uncoveredDisplay.get(s.phrase) ?? s.phrase))],
        unfamiliar,
        unfamiliarPeak,
        frameworkWord: frameworkWords.has(words),
        hostedSoftware: hosted.has(words),
        otherKindOfFramework: otherFrameworks.has(words),
      };
    },
  };
  return reader;
}
