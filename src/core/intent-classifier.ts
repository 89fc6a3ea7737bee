import type { Intent } from './answer';
import { INTENTS } from './answer';

/** Scores every intent for a question's features; trained once from the knowledge's examples. */
export interface IntentClassifier {
  /** Probabilities per intent (summing to 1), for the features of one question. */
  predict(features: string[]): Map<Intent, number>;
  /** The learned weights as plain data, so a build can ship them instead of training at start. */
  model(): ClassifierModel;
}

/** A trained classifier as JSON-safe data: weights[feature * intents + intent]. */
export interface ClassifierModel {
  intents: string[];
  features: string[];
  weights: number[];
  bias: number[];
}

export interface TrainingExample {
  intent: Intent;
  features: string[];
}

export interface IntentClassifierConfig {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update; keeps rare words from dominating. */
  l2: number;
}

const DEFAULTS: IntentClassifierConfig = { epochs: 8, learningRate: 0.2, l2: 1e-4 };

/** A deterministic shuffle (a small linear congruential generator), so every start learns the same model. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Multinomial logistic regression over binary features (words, word pairs and entity
 * placeholders). Chosen over hand-written rules because rules fitted to their own cases did not
 * carry over to how people really phrase questions; a linear model learns which words matter from
 * labelled examples in knowledge/nlu/intents.yaml, trains in milliseconds and predicts in
 * microseconds.
 */
export function createIntentClassifier(examples: TrainingExample[], config: Partial<IntentClassifierConfig> = {}): IntentClassifier {
  const { epochs, learningRate, l2 } = { ...DEFAULTS, ...config };
  const k = INTENTS.length;
  const classIndex = new Map(INTENTS.map((intent, i) => [intent, i]));
  // Features are numbered once and weights live in one flat array (feature * k + class): training
  // runs at every start, so it must take milliseconds, not allocate per update.
  const featureIds = new Map<string, number>();
  const encoded = examples.map(({ intent, features }) => ({
    target: classIndex.get(intent)!,
    ids: Int32Array.from(new Set(features), (f) => {
      let id = featureIds.get(f);
      if (id === undefined) featureIds.set(f, (id = featureIds.size));
      return id;
    }),
  }));
  const weights = new Float64Array(featureIds.size * k);
  const bias = new Float64Array(k);
  const scores = new Float64Array(k);

  const softmax = (ids: ArrayLike<number>): Float64Array => {
    scores.set(bias);
    for (let j = 0; j < ids.length; j++) {
      const base = ids[j]! * k;
      for (let c = 0; c < k; c++) scores[c]! += weights[base + c]!;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, scores[c]!);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max);
    for (let c = 0; c < k; c++) scores[c]! /= sum;
    return scores;
  };

  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch * 0.2);
    for (const { target, ids } of shuffled(encoded, 7 + epoch)) {
      const p = softmax(ids);
      for (let c = 0; c < k; c++) {
        const gradient = (c === target ? 1 : 0) - p[c]!;
        bias[c]! += rate * gradient;
        for (let j = 0; j < ids.length; j++) {
          const w = ids[j]! * k + c;
          weights[w]! += rate * (gradient - l2 * weights[w]!);
        }
      }
    }
  }

  return classifierFrom(featureIds, weights, bias);
}

function classifierFrom(featureIds: Map<string, number>, weights: Float64Array, bias: Float64Array): IntentClassifier {
  const k = INTENTS.length;
  const scores = new Float64Array(k);
  // A feature counts once however often it is listed. Each known feature remembers the last
  // prediction that counted it, which skips repeats without building a Set on every question.
  const countedIn = new Uint32Array(featureIds.size);
  let prediction = 0;
  return {
    predict(features) {
      scores.set(bias);
      prediction = prediction === 0xffffffff ? 1 : prediction + 1;
      if (prediction === 1) countedIn.fill(0);
      for (const f of features) {
        const id = featureIds.get(f);
        if (id === undefined || countedIn[id] === prediction) continue;
        countedIn[id] = prediction;
        for (let c = 0; c < k; c++) scores[c]! += weights[id * k + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, scores[c]!);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max);
      const probabilities = new Map<Intent, number>();
      for (let c = 0; c < k; c++) probabilities.set(INTENTS[c]!, scores[c]! / sum);
      return probabilities;
    },
    model: () => ({ intents: [...INTENTS], features: [...featureIds.keys()], weights: Array.from(weights), bias: Array.from(bias) }),
  };
}

/** A classifier from shipped weights, or null when they were trained for other intents. */
export function classifierFromModel(model: ClassifierModel): IntentClassifier | null {
  if (model.intents.join() !== INTENTS.join() || model.weights.length !== model.features.length * INTENTS.length) return null;
  return classifierFrom(new Map(model.features.map((f, i) => [f, i])), Float64Array.from(model.weights), Float64Array.from(model.bias));
}
