import { createSpellingCorrector } from '../../src/core/spelling';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

// Every framework id of the shipped knowledge (read from the files, never listed here), plus topic words.
const frameworkIds = loadKnowledge(KNOWLEDGE_DIR).frameworks.map((f) => f.id);
const vocabulary = [...frameworkIds, 'admin', 'scale', 'templates', 'swagger', 'porting', 'injection', 'templating', 'sqladmin', 'middleware'];
const corrector = createSpellingCorrector(vocabulary, new Set(frameworkIds));

describe('spelling correction', () => {
  it.each([
    ['djnago', 'django', 'adjacent letters swapped'],
    ['flsk', 'flask', 'a 4-letter word that lost a letter, into a framework'],
    ['fastpai', 'fastapi', 'a swap in a long word'],
    ['pyramd', 'pyramid', 'a dropped letter'],
    ['cherypy', 'cherrypy', 'a dropped double letter'],
    ['tempaltes', 'templates', 'two edits in a long word'],
    ['xjango', 'django', 'a wrong first letter in a long word (found without Fuse)'],
    ['jdango', 'django', 'the first two letters swapped'],
    ['sale', 'sale', 'a 4-letter word is never turned into a topic word ("scale")'],
    ['test', 'test', 'an everyday word is never corrected'],
    ['flash', 'flash', 'a real word one edit from a framework stays itself'],
    ['qwzxv', 'qwzxv', 'nonsense stays as it is'],
    ['posting', 'posting', 'an inflected word of the same length and ending is another real word ("porting")'],
    ['ingestion', 'ingestion', 'same for "injection"'],
    ['tempating', 'templating', 'an inflected word that lost a letter is still a typo'],
    ['ab12cd', 'ab12cd', 'words with digits are left alone'],
    ['sysadmin', 'sysadmin', 'two letters changed in place in an 8-letter word is another word ("sqladmin")'],
    ['middelware', 'middleware', 'a swap in a 10-letter word is one edit'],
    ['midlewarre', 'middleware', 'a dropped and a doubled letter are two edits that still count'],
  ])('%s -> %s (%s)', (word, expected) => {
    expect(corrector.correct(word)).toBe(expected);
  });

  it('gives the same answer from its cache', () => {
    expect(corrector.correct('djnago')).toBe('django');
    expect(corrector.correct('djnago')).toBe('django');
  });
});
