import { fitOf, judge, type JudgeContext } from '../../src/core/judge';
import type { Framework, TopicId } from '../../src/core/knowledge-model';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const base = knowledge.frameworks[0]!;
const noContext: JudgeContext = { roles: {}, teamKnows: [], weakTopics: [], affinity: {}, builtInOnly: false };

/** A framework like the first one in the knowledge, with the given ratings. */
function rated(id: string, ratings: Partial<Record<TopicId, number>>): Framework {
  const support = { ...base.support };
  for (const [topic, rating] of Object.entries(ratings) as [TopicId, number][]) support[topic] = { ...support[topic], rating };
  return { ...base, id, name: id, support };
}

describe('the judge', () => {
  // Experts name the framework most teams use when two serve the needs about equally: a young
  // framework one rating point ahead on a single need of three does not beat a mainstream one.
  it.each<[string, Partial<Record<TopicId, number>>, Partial<Record<TopicId, number>>, string]>([
    ['a point ahead on one need of three, little used', { rest_api: 5, openapi: 5, auth: 4, community: 2, maturity: 3 }, { rest_api: 5, openapi: 4, auth: 4, community: 5, maturity: 5 }, 'mainstream'],
    ['well ahead on two needs, little used', { rest_api: 5, openapi: 5, auth: 5, community: 2, maturity: 3 }, { rest_api: 4, openapi: 3, auth: 4, community: 5, maturity: 5 }, 'young'],
  ])('%s', (_, young, mainstream, winner) => {
    const candidates = [rated('young', young), rated('mainstream', mainstream)];
    const { ranked } = judge(candidates, ['rest_api', 'openapi', 'auth'], noContext, knowledge);
    expect(ranked[0]!.framework.id).toBe(winner);
  });
});

describe('whether one framework fits', () => {
  // Hints only ("a prod api doing ~20 rps": deployment, an API, a little speed) with none served
  // poorly ask nothing any framework cannot do.
  it.each<[string, Partial<Record<TopicId, number>>, string]>([
    ['hints only, each served at least adequately', { deployment: 3, rest_api: 3, performance: 3 }, 'good'],
    ['hints only, one served poorly', { deployment: 2, rest_api: 3, performance: 3 }, 'depends'],
  ])('%s', (_, ratings, fit) => {
    expect(fitOf(rated('x', ratings), ['deployment', 'rest_api', 'performance'], ['deployment', 'rest_api', 'performance'])).toBe(fit);
  });
});
