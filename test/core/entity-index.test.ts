import { join } from 'node:path';
import { createEntityIndex } from '../../src/core/entity-index';
import { normalizePhrase, normalizeQuestion } from '../../src/core/normalize';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';

const knowledge = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));
const index = createEntityIndex(knowledge);

describe('entity index', () => {
  // Chinese, Japanese, Korean and Thai are read a character a word, so their needs are long
  // phrases: "เรียนง่าย" (easy to learn) is seven words and must still be found whole.
  const long = knowledge.topics.flatMap((t) =>
    t.synonyms
      .map((s) => normalizePhrase(s))
      .filter((s) => s.split(' ').length > 5 && s.split(' ').length <= 12)
      .map((s) => [t.id, s] as const),
  );

  it('has long names to find', () => {
    expect(long.length).toBeGreaterThan(0);
  });

  it.each(long.slice(0, 40))('finds %s in a question that spells %j', (id, phrase) => {
    const found = index.find(`django ${phrase} ?`.split(' ').filter(Boolean), { correct: false });
    expect(found.some((m) => m.kind === 'topic' && m.id === id)).toBe(true);
  });
});

describe('names glued from several words', () => {
  const words = (q: string) => normalizeQuestion(q).words;
  it.each([
    // Spelt out letter by letter, a name is still found.
    ['is f a s t a p i async', 'fastapi'],
    ['cherry py or bottle', 'cherrypy'],
  ])('%j finds %s', (q, id) => {
    expect(index.find(words(q)).some((m) => m.id === id)).toBe(true);
  });

  it('a stray one-letter word after a whole word does not finish a glued name', () => {
    // "websockets? I need" would glue into Italian "websocketi".
    const found = index.find(words('can flask handle websockets? I need live updates'));
    const sockets = found.find((m) => m.kind === 'topic' && m.id === 'websockets');
    expect(sockets && sockets.end - sockets.start).toBe(1);
  });

  it('the article "a" is not glued to the word after it', () => {
    // "a ws" would glue into "aws", a place to deploy.
    const found = index.find(words('sanic for a ws heavy service?'));
    expect(found.filter((m) => m.kind === 'topic').map((m) => m.id)).toEqual(['websockets']);
  });

  it('nor is it glued to a two-letter word before it', () => {
    // "so a" would glue into "soa", service-oriented architecture.
    const found = index.find(words('the laptop is locked down, so a tiny tool is all we can run'));
    expect(found.some((m) => m.kind === 'topic' && m.id === 'microservices')).toBe(false);
  });
});

describe('a module path names the framework and the feature it holds', () => {
  const words = (q: string) => normalizeQuestion(q).words;
  // "falcon.asgi" is Falcon's ASGI flavour: read as one name it hid the ASGI the question asked about.
  it.each(['is falcon.asgi ready for websockets?', 'falcon asgi docs anywhere?'])('%j finds Falcon and ASGI', (q) => {
    const found = index.find(words(q));
    expect(found.some((m) => m.kind === 'framework' && m.id === 'falcon')).toBe(true);
    expect(found.some((m) => m.kind === 'concept' && m.id === 'asgi')).toBe(true);
  });
});
