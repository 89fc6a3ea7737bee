/**
 * Counts work in progress (a question being answered and its reply being sent) so shutdown can
 * wait for replies already under way before the platforms disconnect.
 */
export interface InFlight {
  /** Runs `work` counted as in flight. Work that arrives while draining still runs (it gets the
   * "restarting" notice from the handler) so no message goes unanswered. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Stops accepting questions and resolves when in-flight work is done or `timeoutMs` passed
   * (true = all done). */
  drain(timeoutMs: number): Promise<boolean>;
  /** False once draining began: new questions get a "restarting, ask again" notice. */
  readonly accepting: boolean;
  readonly count: number;
}

export function createInFlight(): InFlight {
  let count = 0;
  let accepting = true;
  let idle: (() => void)[] = [];

  const settle = () => {
    count--;
    if (count === 0) {
      const waiting = idle;
      idle = [];
      for (const w of waiting) w();
    }
  };

  return {
    async run(work) {
      count++;
      try {
        return await work();
      } finally {
        settle();
      }
    },
    drain(timeoutMs) {
      accepting = false;
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        idle.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
    get accepting() {
      return accepting;
    },
    get count() {
      return count;
    },
  };
}
