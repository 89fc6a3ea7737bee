/**
 * pino writes a terminal's pretty logs (stdout a TTY) through pino-pretty in a worker
 * thread started from thread-stream's own lib/worker.js, a file the production bundle does not
 * hold: it failed with "Cannot find module dist/lib/worker.js". pino and thread-stream read
 * this global, meant for bundlers, for the worker's path; it points at the installed file,
 * resolved only when a worker is started, so the JSON logs of a server cost no lookup.
 */
export function pointPinoAtInstalledWorker(): void {
  const overrides = {};
  Object.defineProperty(overrides, 'thread-stream-worker', { enumerable: true, get: () => require.resolve('thread-stream/lib/worker.js') });
  Object.defineProperty(globalThis, '__bundlerPathsOverrides', { value: overrides, configurable: true });
}
