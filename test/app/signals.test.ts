import { EventEmitter } from 'node:events';
import { stopOnSignals } from '../../src/app/signals';
import { silentLogger } from '../../src/logging/logger';

function wired() {
  const target = new EventEmitter();
  const calls: string[] = [];
  const exits: number[] = [];
  const app = {
    stop: async (o?: { graceMs?: number }) => (calls.push(`stop ${JSON.stringify(o ?? {})}`), true),
    knowledge: { reload: () => calls.push('reload') } as never,
    reopenLogs: () => calls.push('reopen'),
  };
  stopOnSignals({ app, logger: silentLogger(), exit: (c) => exits.push(c), target: target as unknown as NodeJS.Process });
  return { target, calls, exits };
}

describe('signals', () => {
  it.each<[string, string]>([
    ['SIGTERM', 'stop {}'], // with the configured grace period: the load balancer takes the replica out
    ['SIGINT', 'stop {"graceMs":0}'], // a person's Ctrl-C does not wait
  ])('%s stops the app and exits 0', async (signal, call) => {
    const { target, calls, exits } = wired();
    target.emit(signal);
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([call]);
    expect(exits).toEqual([0]);
  });

  it('SIGHUP reloads the knowledge and reopens the gap log (after logrotate moved it)', () => {
    const { target, calls } = wired();
    target.emit('SIGHUP');
    expect(calls).toEqual(['reload', 'reopen']);
  });
});
