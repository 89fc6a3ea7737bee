import type { Intent } from './answer';
import { INTENTS } from './answer';

/** Scores every intent for a question's features; trained once from the knowledge's examples. */
export interface IntentClassifier {
  /** Probabilities per intent (summing to 1), for the features of one question. */
  predict(features: string[]): Map<Intent, number>;
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

const DEFAULTS: IntentClassifierConfig = { epochs: 24, learningRate: 0.2, l2: 1e-4 };

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
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const row = (feature: string): Float64Array => {
    let w = weights.get(feature);
    if (!w) weights.set(feature, (w = new Float64Array(k)));
    return w;
  };

  const probabilities = (features: string[]): Float64Array => {
    const scores = Float64Array.from(bias);
    for (const f of features) {
      const w = weights.get(f);
      if (w) for (let c = 0; c < k; c++) scores[c]! += w[c]!;
    }
    const max = Math.max(...scores);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max);
    for (let c = 0; c < k; c++) scores[c]! /= sum;
    return scores;
  };

  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch * 0.2);
    for (const { intent, features } of shuffled(examples, 7 + epoch)) {
      const p = probabilities(features);
      const target = classIndex.get(intent)!;
      for (let c = 0; c < k; c++) {
        const gradient = (c === target ? 1 : 0) - p[c]!;
        bias[c]! += rate * gradient;
        for (const f of features) {
          const w = row(f);
          w[c]! += rate * (gradient - l2 * w[c]!);
        }
      }
    }
  }

  return {
    predict(features) {
      const p = probabilities([...new Set(features)]);
      return new Map(INTENTS.map((intent, c) => [intent, p[c]!]));
    },
  };
}
