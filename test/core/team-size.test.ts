import { createMatcher } from '../../src/core/matcher';
import { normalizeQuestion } from '../../src/core/normalize';
import { teamSizeNamed } from '../../src/core/team-size';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const sizeOf = (q: string) => teamSizeNamed(normalizeQuestion(q).words)?.size ?? null;

describe('how many people build the app', () => {
  it.each([
    ['a 25-person team on one repo', 25],
    ['we have 60 developers across four squads', 60],
    ['roughly 14 devs', 14],
    ['a team of 11, mostly backend', 11],
    ['a team of twenty engineers', 20],
    ['a 12 dev team', 12],
    // A count given as a floor is still the team's size.
    ['heading for 40+ engineers by next spring', 40],
    ['a team of 15+ devs', 15],
    // Counts that are not the team: users, years, endpoints.
    ['used by 40 people in the office', null],
    ['we have 30 endpoints and 8 years of history', null],
    ['about 500 users', null],
  ])('%j', (q, size) => {
    expect(sizeOf(q)).toBe(size);
  });
});

describe('a large team tells frameworks apart, as a large user base does', () => {
  const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
  const ask = (q: string) => matcher.answer(q, null);

  it.each([
    // One codebase shared by dozens of developers: a framework that leaves structure to each team is no plain yes.
    ['Would Flask work for a big online store built by 45 developers?', 'flask', 'depends'],
    // A small team changes nothing.
    ['Would Flask work for an online store built by 3 developers?', 'flask', 'good'],
  ])('%j', (q, framework, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: [framework], fit });
  });

  it('asked for its weak points, the team size is what they are about', () => {
    expect(ask('main cons of fastapi with a team of 30 developers?')).toMatchObject({ intent: 'pros_cons', topic: 'scalability' });
  });

  it('beside the kind of app asked about, the team size is only a hint', () => {
    expect(ask('falcon vs django for a large admin-heavy portal, 12 devs')).toMatchObject({ intent: 'compare', topic: 'admin' });
  });
});
