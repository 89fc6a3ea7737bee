import pino from 'pino';
import { Writable } from 'node:stream';
import { createBoltLogger } from '../../src/slack/bolt-logger';

/** A pino logger at `level` writing its JSON lines into an array. */
function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}

describe('Bolt logger', () => {
  // Bolt logs every request's whole body at debug; at info nothing of it is even put together.
  it.each([
    ['debug', 2, ['body {"n":1}', 'listening {"n":1}']],
    ['info', 0, []],
  ])('at level %s, Bolt debug and info lines are joined %i times and written as %j', async (level, joins, expected) => {
    const { logger, lines } = capture(level);
    let serialised = 0;
    const part = { toJSON: () => (serialised++, { n: 1 }) };
    const bolt = createBoltLogger(logger);
    bolt.debug('body', part);
    bolt.info('listening', part);
    await new Promise((r) => setImmediate(r));
    expect(serialised).toBe(joins);
    expect(lines.map((l) => l.msg)).toEqual(expected);
    expect(lines.every((l) => l.component === 'slack' && l.level === 20)).toBe(true);
  });

  it('still writes warnings and errors at info', async () => {
    const { logger, lines } = capture('info');
    const bolt = createBoltLogger(logger);
    bolt.warn('socket closed');
    bolt.error(new Error('listener failed'));
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[40, 'socket closed'], [50, 'listener failed']]);
  });
});
