/** Counts work in progress so shutdown can wait for replies already being answered. */
export interface InFlight {
  /** Runs `work` as tracked; rejects new work once draining started. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Stops taking new work and resolves when in-flight work is done or `timeoutMs` passed (true = all done). */
  drain(timeoutMs: number): Promise<boolean>;
  readonly accepting: boolean;
  readonly count: number;
}

/** Thrown by `run` after shutdown began; adapters treat it as "do not answer". */
export class ShuttingDownError extends Error {
  readonly code = 'SHUTTING_DOWN';
  constructor() {
    super('whichpy is shutting down and takes no new questions');
  }
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
      if (!accepting) throw new ShuttingDownError();
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
