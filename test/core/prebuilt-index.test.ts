import { join } from 'node:path';
import { indexText, prebuildIndex } from '../../src/core/prebuilt-index';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';

const knowledge = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));
const plain = (t: ReturnType<typeof indexText>) => ({ names: t.names, proseWords: [...t.proseWords] });

describe('prebuilt index (shipped by npm run build)', () => {
  it('reads the names and prose exactly as the matcher would at creation', () => {
    const shipped = { ...knowledge, index: prebuildIndex(knowledge) };
    expect(plain(indexText(shipped))).toEqual(plain(indexText(knowledge)));
  });

  it('is not used for other knowledge or from other code', () => {
    const stale = { ...knowledge, index: { ...prebuildIndex(knowledge), keys: knowledge.frameworks.map(() => 'stale') } };
    expect(indexText({ ...stale, version: 'other' }).names.every((n) => n.key !== 'stale')).toBe(true);
    const older = { ...knowledge, index: { ...prebuildIndex(knowledge), fingerprint: `index-0:${knowledge.version}`, proseWords: ['stale'] } };
    expect(indexText(older).proseWords.has('stale')).toBe(false);
  });
});
