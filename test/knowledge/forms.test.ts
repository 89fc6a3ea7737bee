import { normalizePhrase } from '../../src/core/normalize';
import { STOP_WORDS } from '../../src/core/words';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const forms = loadKnowledge(KNOWLEDGE_DIR).nlu.forms;

/**
 * The forms of other languages must never read as ordinary English once normalised as questions
 * are: Dutch "wat is" becomes "what is" (chat spelling), and as a "what is" of another language it
 * would turn English "what is the closest equivalent?" into a description.
 */
describe('question forms of other languages', () => {
  it.each(Object.entries(forms) as [string, string[]][])('%s has no phrase that reads as plain English', (_form, phrases) => {
    const english = phrases.filter((p) => normalizePhrase(p).split(' ').every((w) => STOP_WORDS.has(w)));
    expect(english).toEqual([]);
  });
});

// A list header lost in an edit leaves its phrases under the list above it: "migrar de" read as
// "can it do" made every move in Portuguese or Spanish a feature check, and no move was read at all.
describe('every form has its own phrases', () => {
  it.each(Object.entries(forms) as [string, string[]][])('%s is not empty', (_form, phrases) => {
    expect(phrases.length).toBeGreaterThan(0);
  });

  it('a move between frameworks is not read as "can it do"', () => {
    expect(forms.move).toContain('migrar de');
    expect(forms.canDo).not.toContain('migrar de');
  });
});
