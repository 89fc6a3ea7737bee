import { createIntentClassifier, type TrainingExample } from '../../src/core/intent-classifier';

// Hand-written feature sets: the classifier sees words and placeholders, not raw text.
const EXAMPLES: TrainingExample[] = [
  { intent: 'compare', features: ['flask', 'vs', 'django', '#fw2'] },
  { intent: 'compare', features: ['difference', 'between', '#fw2'] },
  { intent: 'feature_check', features: ['does', 'have', '#fw1', '#topic'] },
  { intent: 'feature_check', features: ['got', '#fw1', '#topic'] },
  { intent: 'describe', features: ['what', 'is', '#fw1'] },
  { intent: 'describe', features: ['tell', 'me', 'about', '#fw1'] },
  { intent: 'recommend', features: ['which', 'framework', 'for', '#topic'] },
  { intent: 'recommend', features: ['best', 'framework', '#topic'] },
  { intent: 'help', features: ['hi'] },
  { intent: 'out_of_scope', features: ['weather', 'tomorrow'] },
];

/** The learnt weights by feature name, so two models numbered differently can be compared. */
function weightsByFeature(examples: TrainingExample[]): Map<string, number[]> {
  const model = createIntentClassifier(examples).model();
  const k = model.intents.length;
  return new Map(model.features.map((f, i) => [f, model.weights.slice(i * k, (i + 1) * k)]));
}

describe('the intent classifier learns from its examples, not from their order in the file', () => {
  it('the same examples in another order learn the same weights', () => {
    expect(weightsByFeature([...EXAMPLES].reverse())).toEqual(weightsByFeature(EXAMPLES));
  });
});
