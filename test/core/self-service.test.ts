import { createMatcher } from '../../src/core/matcher';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));

// Someone who is not a developer doing the data work on their own asks for an admin, though nobody
// says "admin". Our own phrasings.
describe('who does the work names the need', () => {
  it.each([
    ['a site for our bakery where the owner can change the menu herself, which framework?', 'django'],
    ['the manager should be able to correct customer entries without us writing screens. framework?', 'django'],
    ['our editors need to update articles themselves without a developer, flask or django?', 'django'],
    ['an online shop where the staff upload product photos on their own: which python framework?', 'django'],
    // A screen for the people who run the place is their admin.
    ['flask or django for a dental clinic site with online bookings and a panel for the receptionists?', 'django'],
    ['¿Flask o Django para una tienda online con un panel para los empleados?', 'django'],
    // ...or named right before it, as one noun.
    ['flask or django for a bike repair shop with an office staff dashboard to track repairs?', 'django'],
    // The people who run the place doing the work, right after they are named.
    ['flask or django for a parts catalogue the support team edits every day?', 'django'],
    // ...or after what they can or must do.
    ['flask or django for a stock app? the office staff should be able to update prices and add products', 'django'],
    ['the sales team should be able to edit customer records, which python framework?', 'django'],
    // ...with an adverb before it, or another verb joined to the work.
    ['the support staff just need to view and edit customer records, which python framework?', 'django'],
    // The people who run the place asking for a screen of their own.
    ['flask or django for a climbing gym app? the manager wants a dashboard to see memberships and payments', 'django'],
    ['Flask ou Django para um app de salão? A gerente precisa de um painel para ver os horários.', 'django'],
    // The owner asking, who has the site built for them, doing the work themselves.
    ["my nephew is building our florist's site. i want to change the bouquets and check orders myself. flask or django?", 'django'],
  ])('%j asks for an admin', (q, recommendation) => {
    const a = matcher.answer(q);
    expect(a.topic).toBe('admin');
    expect(a.recommendation).toBe(recommendation);
  });

  it.each([
    // A developer at work: first person, or a change to the code.
    "I'll fix the templates myself, flask or django?",
    'java developer here: flask or django if i want to add the middleware myself?',
    // A feature pointed back to, added by the team, is built, not data kept.
    'which protections does fastapi give us? must we add them ourselves?',
    'can I add async views to my flask app without touching the code much?',
    // The work and who does it in different clauses.
    'we edit the api schema by hand; the client hosts it themselves. fastapi or flask?',
    // A screen for the app's own users, or a panel of another kind.
    'a dashboard for our customers to see their orders: flask or fastapi?',
    'an api that reads our solar panel for the office roof: flask or fastapi?',
    'the owner wants a solar panel readout on the shop website: flask or fastapi?',
  ])('%j does not', (q) => {
    expect(matcher.answer(q).topic).not.toBe('admin');
  });
});

// A beginner who needs screens for staff to edit the data is better served by the framework that
// ships them than by the one that is quickest to learn and leaves them to build.
describe('a beginner who needs an admin', () => {
  it.each([
    ['only know a little python. the shop owner wants to change prices and stock herself. which framework?', 'django'],
    // What to build it with is ours, though the sentence that asks names a gym.
    ['new to web dev. the gym receptionist has to edit class times herself, what should i build it with?', 'django'],
  ])('%j gets the framework with the admin built in', (q, recommendation) => {
    expect(matcher.answer(q).recommendation).toBe(recommendation);
  });

  it('a beginner with only a form and a login still gets the one quickest to learn', () => {
    const a = matcher.answer('total beginner, want a little recipe site with a login and a form to add recipes. which framework?');
    expect(a.recommendation).not.toBe('django');
  });
});
