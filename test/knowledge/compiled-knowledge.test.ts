import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMatcher } from '../../src/core/matcher';
import { readCompiledKnowledge, writeCompiledKnowledge } from '../../src/knowledge/compiled-knowledge';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy';

describe('compiled knowledge (npm run build)', () => {
  let copy: KnowledgeCopy;
  let out: string;
  let file: string;
  beforeEach(() => {
    copy = copyKnowledge();
    out = mkdtempSync(join(tmpdir(), 'whichpy-compiled-'));
    file = join(out, 'knowledge.compiled.json');
  });
  afterEach(() => {
    copy.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('answers exactly as the YAML does, with the classifier shipped instead of trained', () => {
    writeCompiledKnowledge(copy.dir, file);
    const compiled = readCompiledKnowledge(copy.dir, file);
    expect(compiled?.nlu.trained?.model.features.length).toBeGreaterThan(0);
    const fromYaml = createMatcher(loadKnowledge(copy.dir));
    const fromBuild = createMatcher(compiled!);
    for (const q of ['flask vs django for admin panel', 'is django overkill for a tiny api', 'where can i buy a hip flask', 'what is wsgi', 'which is best?']) {
      const a = fromYaml.answer(q);
      const b = fromBuild.answer(q);
      expect({ q, intent: b.intent, frameworks: b.frameworks, topic: b.topic, fit: b.fit, recommendation: b.recommendation }).toEqual({
        q,
        intent: a.intent,
        frameworks: a.frameworks,
        topic: a.topic,
        fit: a.fit,
        recommendation: a.recommendation,
      });
    }
  });

  it('is not used once a knowledge file changed after the build', () => {
    writeCompiledKnowledge(copy.dir, file);
    copy.replace('frameworks/bottle.yaml', 'name: Bottle', 'name: Bottle Py');
    expect(readCompiledKnowledge(copy.dir, file)).toBeNull();
  });

  it('is not used when missing or unreadable', () => {
    expect(readCompiledKnowledge(copy.dir, file)).toBeNull();
    expect(readCompiledKnowledge(copy.dir, join(copy.dir, 'README.md'))).toBeNull();
  });
});
