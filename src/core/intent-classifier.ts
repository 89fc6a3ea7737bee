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

/** FNV-1a over a string, continued from `h`. */
function fnv(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * Each epoch's order, from a hash of each example's own features: adding or removing one example
 * moves only that example, so the others are learnt in the same order as before. (A shuffle of the
 * whole list by a seeded generator reordered every example when one was added, and a single new
 * training sentence changed the answers to dozens of unrelated questions.)
 */
function epochOrder<T extends { key: number }>(items: T[], epoch: number): T[] {
  const salt = Math.imul(epoch + 1, 0x9e3779b1) >>> 0;
  const keyed = items.map((item) => {
    let h = (item.key ^ salt) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    return { item, h: (h ^ (h >>> 16)) >>> 0 };
  });
  keyed.sort((a, b) => a.h - b.h || a.item.key - b.item.key);
  return keyed.map((k) => k.item);
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
    key: fnv([...new Set(features)].sort().join('\u0000'), fnv(intent)),
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
    for (const { target, ids } of epochOrder(encoded, epoch)) {
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
