import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/logger';

/** The production logger writing into an array, as the bench's /dev/null destination would. */
function captured() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', pretty: false, destination }), lines };
}

describe('logger with a destination', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a top-level token', { token: 'xoxb-1' }, { token: '[redacted]' }],
    ['a token one level down', { slack: { botToken: 'xoxb-1', port: 3000 } }, { slack: { botToken: '[redacted]', port: 3000 } }],
    ['an authorization header', { req: { headers: { authorization: 'Bearer x', host: 'h' } } }, { req: { headers: { authorization: '[redacted]', host: 'h' } } }],
    ['the Slack config', { config: { slack: { signingSecret: 's' }, logLevel: 'info' } }, { config: { slack: '[redacted]', logLevel: 'info' } }],
    ['the Redis URL', { redis: { url: 'redis://:pw@h' } }, { redis: { url: '[redacted]' } }],
    ['a question line (nothing secret)', { platform: 'slack', user: 'U1', frameworks: ['flask'] }, { platform: 'slack', user: 'U1', frameworks: ['flask'] }],
  ])('redacts as the stdout logger does: %s', async (_, fields, expected) => {
    const { logger, lines } = captured();
    logger.info(fields, 'line');
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual([expect.objectContaining({ ...expected, app: 'whichpy', msg: 'line', level: 30 })]);
  });
});
