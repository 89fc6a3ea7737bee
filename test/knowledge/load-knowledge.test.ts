import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { POOR_FIT_RATING, TOPIC_IDS } from '../../src/core/knowledge-model';
import { KnowledgeError } from '../../src/knowledge/knowledge-error';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy';

const yamlFiles = (dir: string, folder: string) => readdirSync(join(dir, folder)).filter((name) => /\.ya?ml$/.test(name));

describe('the real knowledge', () => {
  const k = loadKnowledge(KNOWLEDGE_DIR);

  it('has one framework per file in frameworks/, every topic and the core concepts', () => {
    const files = yamlFiles(KNOWLEDGE_DIR, 'frameworks').map((name) => name.replace(/\.ya?ml$/, ''));
    expect(files.length).toBeGreaterThan(1);
    expect(k.frameworks.map((f) => f.id).sort()).toEqual(files.sort());
    expect(k.topics.map((t) => t.id).sort()).toEqual([...TOPIC_IDS].sort());
    for (const c of ['orm', 'wsgi', 'asgi', 'mvt', 'pydantic', 'jinja2', 'werkzeug', 'uvicorn', 'drf', 'celery', 'channels', 'dependency_injection']) {
      expect(k.concepts.map((x) => x.id)).toContain(c);
    }
  });

  it('gives every fact at least one source and a checked date', () => {
    const facts = [
      ...k.frameworks.flatMap((f) => [f.summary, f.builtOn, f.firstRelease, f.pythonVersions, f.release, f.maintenance, ...f.pros, ...f.cons, ...f.bestFor, ...f.corrections.map((c) => c.fact)]),
      ...k.frameworks.flatMap((f) => Object.values(f.support)),
      ...k.topics.map((t) => t.why),
      ...k.concepts.flatMap((c) => [c.summary, ...c.details]),
    ];
    for (const fact of facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      expect(fact.checked).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  it('rates every framework on every topic, and ranks each topic by those ratings', () => {
    for (const t of k.topics) {
      const rating = (id: string) => k.frameworks.find((f) => f.id === id)!.support[t.id].rating;
      expect(t.ranking.slice().sort()).toEqual(k.frameworks.map((f) => f.id).sort());
      for (let i = 1; i < t.ranking.length; i++) expect(rating(t.ranking[i - 1]!)).toBeGreaterThanOrEqual(rating(t.ranking[i]!));
      expect(t.poorFit.slice().sort()).toEqual(k.frameworks.filter((f) => f.support[t.id].rating <= POOR_FIT_RATING).map((f) => f.id).sort());
    }
  });

  it('states the accurate first releases where the seed article is vague', () => {
    const year = (id: string) => k.frameworks.find((f) => f.id === id)!.firstRelease.year;
    expect(year('flask')).toBe(2010);
    expect(year('django')).toBe(2005);
    expect(year('fastapi')).toBe(2018);
  });

  it('has a stable version hash', () => {
    expect(loadKnowledge(KNOWLEDGE_DIR).version).toBe(k.version);
    expect(k.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('rankings and poor fits follow the framework files’ ratings', () => {
  let copy: KnowledgeCopy;
  beforeEach(() => (copy = copyKnowledge()));
  afterEach(() => copy.remove());

  /** Sets `support.<topic>.rating` in a framework file of the copy. */
  function rate(c: KnowledgeCopy, framework: string, topic: string, rating: number): void {
    const file = `frameworks/${framework}.yaml`;
    c.replace(file, new RegExp(`(^ {2}${topic}:\\n(?: {4}.*\\n)*? {4}rating: )\\d+`, 'm'), `$1${rating}`);
  }

  it('a framework rated 5 on a topic moves to the top group and out of the poor fits', () => {
    const before = loadKnowledge(copy.dir);
    const admin = before.topics.find((t) => t.id === 'admin')!;
    const last = admin.ranking[admin.ranking.length - 1]!;
    expect(before.frameworks.find((f) => f.id === last)!.support.admin.rating).toBeLessThan(5);
    rate(copy, last, 'admin', 5);
    const after = loadKnowledge(copy.dir);
    const ranked = after.topics.find((t) => t.id === 'admin')!;
    const fives = after.frameworks.filter((f) => f.support.admin.rating === 5).map((f) => f.id);
    expect(fives).toContain(last);
    expect(ranked.ranking.slice(0, fives.length).sort()).toEqual(fives.sort());
    expect(ranked.poorFit).not.toContain(last);
  });

  it('a framework rated at the poor-fit rating becomes a poor fit', () => {
    const before = loadKnowledge(copy.dir);
    const orm = before.topics.find((t) => t.id === 'orm')!;
    const best = orm.ranking[0]!;
    expect(orm.poorFit).not.toContain(best);
    rate(copy, best, 'orm', POOR_FIT_RATING);
    const after = loadKnowledge(copy.dir).topics.find((t) => t.id === 'orm')!;
    expect(after.poorFit).toContain(best);
    expect(after.ranking[0]).not.toBe(best);
  });
});

describe('a broken knowledge file stops loading and names the file and the field', () => {
  let copy: KnowledgeCopy;
  beforeEach(() => {
    copy = copyKnowledge();
  });
  afterEach(() => copy.remove());

  function problemsOf(): { code: string; problems: KnowledgeError['problems'] } {
    try {
      loadKnowledge(copy.dir);
    } catch (err) {
      expect(err).toBeInstanceOf(KnowledgeError);
      return { code: (err as KnowledgeError).code, problems: (err as KnowledgeError).problems };
    }
    throw new Error('expected loadKnowledge to throw');
  }

  it.each<[string, (c: KnowledgeCopy) => void, string, string]>([
    ['a bad enum value', (c) => c.replace('frameworks/flask.yaml', /^kind: .*$/m, 'kind: nano'), 'frameworks/flask.yaml', 'kind'],
    ['a missing required field', (c) => c.replace('frameworks/django.yaml', /^choose_if: .*$/m, ''), 'frameworks/django.yaml', 'choose_if'],
    ['an unknown field', (c) => c.write('frameworks/bottle.yaml', `${c.read('frameworks/bottle.yaml')}\nstars: 5\n`), 'frameworks/bottle.yaml', ''],
    ['an unknown source id', (c) => c.replace('topics/admin.yaml', /^( {2}source: ).*$/m, '$1no_such_source'), 'topics/admin.yaml', 'why.source'],
    ['invalid YAML', (c) => c.write('topics/orm.yaml', 'id: orm\n  name: [unclosed\n'), 'topics/orm.yaml', ''],
    ['a rating out of range', (c) => c.replace('frameworks/fastapi.yaml', /^( {2}async:\n(?: {4}.*\n)*? {4}rating: )\d+/m, '$16'), 'frameworks/fastapi.yaml', 'support.async.rating'],
    ['a topic without a rating', (c) => c.replace('frameworks/django.yaml', /^( {2}admin:\n(?: {4}.*\n)*?) {4}rating: \d+\n/m, '$1'), 'frameworks/django.yaml', 'support.admin.rating'],
    ['a topic missing from a framework', (c) => c.replace('frameworks/flask.yaml', /^ {2}signals:\n(?: {4}.*\n)+/m, ''), 'frameworks/flask.yaml', 'support.signals'],
    ['a bad fact date', (c) => c.replace('frameworks/bottle.yaml', /^checked: .*$/m, 'checked: last week'), 'frameworks/bottle.yaml', 'checked'],
    ['a bad source URL', (c) => c.replace('sources/article.yaml', /url: .*/, 'url: not a url'), 'sources/article.yaml', 'seed_article.url'],
    // A phrase that does not end in a synonym would never be read.
    ['a ruled-out phrase that ends in no synonym', (c) => c.replace('topics/admin.yaml', /^synonyms:\n/m, 'ruled_out_by:\n  - no thanks\nsynonyms:\n'), 'topics/admin.yaml', 'ruled_out_by.0'],
    ['a phrase of another sense that ends in no synonym', (c) => c.replace('topics/admin.yaml', /^synonyms:\n/m, 'not_meant_by:\n  - not at all\nsynonyms:\n'), 'topics/admin.yaml', 'not_meant_by.0'],
    // A kind named without its size is read from the synonyms matched, so it must be one of them.
    ['a size-unsaid phrase that is no synonym', (c) => c.replace('topics/admin.yaml', /^synonyms:\n/m, 'size_unsaid:\n  - some screens\nsynonyms:\n'), 'topics/admin.yaml', 'size_unsaid.0'],
    // Only a server runs apps over an interface; on anything else the field would never be read.
    ['interfaces served by a concept that is no server', (c) => c.replace('concepts/celery.yaml', /^kind: .*$/m, '$&\nserves: [wsgi]'), 'concepts/celery.yaml', 'serves'],
  ])('%s', (_name, breakIt, file, field) => {
    breakIt(copy);
    const { code, problems } = problemsOf();
    expect(code).toBe('KNOWLEDGE_INVALID');
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ file, ...(field ? { field } : {}) })]));
  });

  it('reports an unknown source id once per file, with how many fields cite it', () => {
    // The source id cited most often, by more than one file: undefine it and every citation breaks.
    const citing = new Map<string, Map<string, number>>();
    const sourceFiles = yamlFiles(copy.dir, 'sources').map((n) => `sources/${n}`);
    const ids = sourceFiles.flatMap((f) => [...copy.read(f).matchAll(/^([a-z][a-z0-9_]*):\s*$/gm)].map((m) => ({ id: m[1]!, file: f })));
    for (const folder of ['frameworks', 'topics', 'concepts']) {
      for (const name of yamlFiles(copy.dir, folder)) {
        const file = `${folder}/${name}`;
        const text = copy.read(file);
        for (const { id } of ids) {
          const n = (text.match(new RegExp(`(?<![\\w])${id}(?![\\w])`, 'g')) ?? []).length;
          if (n > 0) citing.set(id, (citing.get(id) ?? new Map()).set(file, n));
        }
      }
    }
    const total = (id: string) => [...(citing.get(id)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const chosen = ids
      .filter(({ id }) => (citing.get(id)?.size ?? 0) >= 2 && [...citing.get(id)!.values()].some((n) => n >= 2))
      .sort((a, b) => total(b.id) - total(a.id))[0];
    expect(chosen).toBeDefined();
    const { id, file: definedIn } = chosen!;
    copy.replace(definedIn, new RegExp(`^${id}:`, 'm'), `${id}_renamed:`);

    const { problems } = problemsOf();
    const about = problems.filter((p) => p.message.includes(`unknown source id "${id}"`));
    expect(about.map((p) => p.file).sort()).toEqual([...citing.get(id)!.keys()].sort());
    for (const p of about) {
      const n = citing.get(id)!.get(p.file)!;
      if (n > 1) expect(p.message).toContain(`(cited by ${n} fields)`);
      else expect(p.message).not.toMatch(/cited by/);
      expect(p.field).toMatch(/source$/);
    }
    expect(problems.length).toBe(about.length);
  });

  it('reports a missing directory with its own code', () => {
    expect(() => loadKnowledge(`${copy.dir}/nope`)).toThrow(expect.objectContaining({ code: 'KNOWLEDGE_NOT_FOUND' }));
  });
});
