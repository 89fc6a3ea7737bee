import type { Answer } from '../core/answer';
import { deepFreeze } from '../core/answer-cache';
import { createBoundedMap, type BoundedMap } from '../core/bounded-map';

/** Renderings kept per answer: one per way it is shown (private with Share, in a thread, after a click). */
export const RENDERS_PER_ANSWER = 4;

/**
 * Remembers what `render` made of an answer the answer cache shares (a frozen answer), so a
 * question asked again costs a lookup instead of building the same Block Kit message again
 * (about a quarter of whichpy's own time per cached Slack slash command in `npm run bench`).
 * Keyed by the answer object itself in a WeakMap, so a renderer never outlives its answers: a
 * knowledge reload drops the old answer cache and with it these renders. A fresh (unfrozen)
 * answer is never seen again, so it is rendered and not kept. `key` must name every option that
 * changes the output. Renders are frozen, because every caller now shares them.
 */
export function withRenderCache<O, M>(render: (answer: Answer, options: O) => M, key: (options: O) => string): (answer: Answer, options: O) => M {
  const renders = new WeakMap<Answer, BoundedMap<string, M>>();
  return (answer, options) => {
    if (!Object.isFrozen(answer)) return render(answer, options);
    let kept = renders.get(answer);
    if (!kept) renders.set(answer, (kept = createBoundedMap<string, M>(RENDERS_PER_ANSWER)));
    const k = key(options);
    let message = kept.get(k);
    if (message === undefined) kept.set(k, (message = deepFreeze(render(answer, options))));
    return message;
  };
}
