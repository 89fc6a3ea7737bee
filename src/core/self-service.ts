import type { Knowledge, TopicId } from './knowledge-model';
import { createPhraseSet, type PhraseSet } from './phrase-set';

/**
 * Needs named by who does the work: "the treasurer corrects member records himself", "editors update
 * pages themselves without a developer". Someone who is not a developer editing the data on their
 * own needs screens nobody has to build for them, which is what an admin gives; people say who
 * does the work and never name the feature. A topic lists the work (`done_by_staff`), the
 * vocabulary who does it (`by_themselves`).
 */
export interface SelfServiceReader {
  needs(words: string[], clauses: { start: number; end: number }[]): { id: TopicId; start: number; end: number }[];
}

// "fixes typos in the member records himself": the work and who does it sit a few words apart, in
// one clause; further apart they belong to different thoughts.
const MAX_GAP = 8;
// "a panel for the receptionists", "un panel para las recepcionistas": the words between a screen and whom it is for.
const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'para', 'pra', 'für', 'pour', 'per', 'voor', 'för', 'til', 'the', 'our', 'la', 'las', 'el', 'los', 'a', 'as', 'o', 'os', 'die', 'den', 'les', 'le', 'nostri', 'i', 'onze', 'de', 'our', 'its', 'their']);
const MAX_SCREEN_GAP = 3;
// "el dueño necesita un panel para ver pagos", "the office manager wants a dashboard": the people who
// run the place asking for a screen of their own, with only a want and an article between.
const WANTS_WORDS: ReadonlySet<string> = new Set(['needs', 'need', 'wants', 'want', 'would', 'like', 'should', 'get', 'gets', 'have', 'has', 'necesita', 'necesitan', 'quiere', 'quieren', 'precisa', 'precisam', 'quer', 'querem', 'braucht', 'brauchen', 'will', 'veut', 'veulent', 'a', 'an', 'un', 'una', 'um', 'uma', 'ein', 'eine', 'einen', 'une', 'own', 'their', 'her', 'his', 'simple', 'little', 'small', 'su', 'sua', 'seu', 'de']);
const MAX_WANT_GAP = 4;
// What people can, must or want to do, between who they are and the work: "staff should be able to", "the office needs to".
// ("the front desk only has to ...", "staff just want to ...": an adverb may come first.)
const MODAL_AFTER_STAFF = /^(?:(?:only|just|also|mostly|really) )?(?:(?:can|could|must|should|will|would|need to|needs to|have to|has to|want to|wants to)(?: be able to)?|(?:are|is|be) able to|(?:should|must|need to|needs to) (?:also )?be able to)(?= )/;
// "the receptionists need to see and change bookings": a verb joined before the work.
const JOINED_VERB = new Set(['and', 'or']);
const MAX_MODAL_WORDS = 6;
// "I want to change the prices and check bookings myself": the asker doing the work is staff too, unless
// they say they build software ("java developer here ... I want to write the handlers myself").
const FIRST_PERSON: ReadonlySet<string> = new Set(['myself', 'ourselves']);
const POINTED_BACK: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'those', 'these', 'one']);
const BUILDERS: ReadonlySet<string> = new Set(['dev', 'devs', 'developer', 'developers', 'programmer', 'programmers', 'engineer', 'engineers', 'coder', 'coders']);

export function createSelfServiceReader(knowledge: Knowledge): SelfServiceReader {
  const work: { id: TopicId; verbs: PhraseSet }[] = knowledge.topics
    .filter((t) => t.doneByStaff.length > 0)
    .map((t) => ({ id: t.id, verbs: createPhraseSet(t.doneByStaff) }));
  const themselves = createPhraseSet(knowledge.nlu.vocabulary.byThemselves);
  const screens: { id: TopicId; names: PhraseSet }[] = knowledge.topics
    .filter((t) => t.staffScreens.length > 0)
    .map((t) => ({ id: t.id, names: createPhraseSet(t.staffScreens) }));
  const roles = createPhraseSet(knowledge.nlu.vocabulary.staffRoles);
  type Need = { id: TopicId; start: number; end: number };
  type Span = ReturnType<PhraseSet['find']>[number];
  // "a panel for the receptionists": a screen for people who run the place, with only "for" and articles between.
  // ("a staff panel to manage orders": who it is for may come right before the screen, as one noun.)
  const screenNeeds = (words: string[], staff: Span[], found: Need[]) => {
    for (const { id, names } of screens) {
      const forStaff = (s: Span) => staff.some((r) => r.start > s.end - 1 && r.start - s.end <= MAX_SCREEN_GAP && words.slice(s.end, r.start).every((w) => FOR_WORDS.has(w)) && words.slice(s.end, r.start).length > 0);
      const wantedByStaff = (s: Span) => staff.some((r) => s.start >= r.end && s.start - r.end <= MAX_WANT_GAP && words.slice(r.end, s.start).every((w) => WANTS_WORDS.has(w)));
      const hit = names.find(words).find((s) => forStaff(s) || wantedByStaff(s));
      if (hit) found.push({ id, start: hit.start, end: hit.end });
    }
  };
  // "a couple of tables the ops team edits": the people who run the place doing the work, right after they
  // are named, or after what they can or must do ("the front desk should be able to update prices").
  const staffDoing = (words: string[], staff: Span[], done: { id: TopicId; verbs: Span[] }[], found: Need[]) => {
    for (const r of staff) {
      const modal = MODAL_AFTER_STAFF.exec(words.slice(r.end, r.end + MAX_MODAL_WORDS).join(' '));
      const at = r.end + (modal ? modal[0].split(' ').length : 0);
      for (const { id, verbs } of done) {
        const verb = verbs.find((v) => v.start === at || (v.start === at + 2 && JOINED_VERB.has(words[at + 1] ?? '')));
        if (verb && !found.some((f) => f.id === id)) found.push({ id, start: r.start, end: verb.end });
      }
    }
  };
  // "the menu is updated by the front desk", "records edited by our office staff": the work in the passive, who does it after "by".
  const doneByStaff = (words: string[], staff: Span[], done: { id: TopicId; verbs: Span[] }[], found: Need[]) => {
    for (const { id, verbs } of done) {
      const verb = verbs.find((v) => words[v.end] === 'by' && staff.some((r) => r.start === v.end + 1 || (r.start === v.end + 2 && FOR_WORDS.has(words[v.end + 1] ?? ''))));
      if (verb && !found.some((f) => f.id === id)) found.push({ id, start: verb.start, end: verb.end + 1 });
    }
  };
  return {
    needs(words, clauses) {
      const found: Need[] = [];
      const staff = roles.find(words);
      // (Whether the asker builds software is read only for a "myself" found: most questions have none.)
      const saidBy = themselves.find(words);
      const builder = saidBy.some((w) => FIRST_PERSON.has(words[w.start]!)) && words.some((w) => BUILDERS.has(w));
      const who = builder ? saidBy.filter((w) => !FIRST_PERSON.has(words[w.start]!)) : saidBy;
      // The work named is looked up once, and only when someone who might do it is named: most questions name nobody.
      const done = staff.length > 0 || who.length > 0 ? work.map(({ id, verbs }) => ({ id, verbs: verbs.find(words) })) : [];
      if (staff.length > 0) {
        screenNeeds(words, staff, found);
        staffDoing(words, staff, done, found);
        doneByStaff(words, staff, done, found);
      }
      if (who.length === 0) return found;
      for (const { id, verbs } of done) {
        for (const verb of verbs) {
          const clause = clauses.find((c) => verb.start >= c.start && verb.start < c.end);
          // ("must we add them ourselves?": a feature pointed back to is built, not data kept.)
          const onData = (w: { start: number }) => !FIRST_PERSON.has(words[w.start]!) || !words.slice(verb.end, w.start).some((x) => POINTED_BACK.has(x));
          const by = who.find((w) => w.start >= verb.end && w.start - verb.end <= MAX_GAP && (!clause || w.end <= clause.end) && onData(w));
          if (by) {
            if (!found.some((f) => f.id === id)) found.push({ id, start: verb.start, end: by.end });
            break;
          }
        }
      }
      return found;
    },
  };
}
