import { TOPIC_IDS } from '../../src/core/knowledge-model';
import { KnowledgeError } from '../../src/knowledge/knowledge-error';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy';

describe('the real knowledge', () => {
  const k = loadKnowledge(KNOWLEDGE_DIR);

  it('has the six frameworks, all 26 topics and the core concepts', () => {
    expect(k.frameworks.map((f) => f.id).sort()).toEqual(['bottle', 'cherrypy', 'django', 'fastapi', 'flask', 'pyramid']);
    expect(k.topics.map((t) => t.id).sort()).toEqual([...TOPIC_IDS].sort());
    for (const c of ['orm', 'wsgi', 'asgi', 'mvt', 'pydantic', 'jinja2', 'werkzeug', 'uvicorn', 'drf', 'celery', 'channels', 'dependency_injection']) {
      expect(k.concepts.map((x) => x.id)).toContain(c);
    }
  });

  it('gives every fact at least one source', () => {
    const facts = [
      ...k.frameworks.flatMap((f) => [f.summary, f.builtOn, f.firstRelease, ...f.pros, ...f.cons, ...f.bestFor, ...f.corrections.map((c) => c.fact)]),
      ...k.frameworks.flatMap((f) => Object.values(f.support)),
      ...k.topics.map((t) => t.why),
      ...k.concepts.flatMap((c) => [c.summary, ...c.details]),
    ];
    for (const fact of facts) expect(fact.sources.length).toBeGreaterThan(0);
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
    ['an unknown source id', (c) => c.replace('topics/admin.yaml', /^why:[\s\S]*$/m, 'why: {text: "x", source: no_such_source}\n'), 'topics/admin.yaml', 'why.source'],
    ['invalid YAML', (c) => c.write('topics/orm.yaml', 'id: orm\n  name: [unclosed\n'), 'topics/orm.yaml', ''],
    ['a ranking that misses a framework', (c) => c.replace('topics/async.yaml', /^ranking:.*$/m, 'ranking: [fastapi]'), 'topics/async.yaml', 'ranking'],
    ['a bad source URL', (c) => c.replace('sources/article.yaml', /url: .*/, 'url: not a url'), 'sources/article.yaml', 'seed_article.url'],
  ])('%s', (_name, breakIt, file, field) => {
    breakIt(copy);
    const { code, problems } = problemsOf();
    expect(code).toBe('KNOWLEDGE_INVALID');
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ file, ...(field ? { field } : {}) })]));
  });

  it('reports a missing directory with its own code', () => {
    expect(() => loadKnowledge(`${copy.dir}/nope`)).toThrow(expect.objectContaining({ code: 'KNOWLEDGE_NOT_FOUND' }));
  });
});
