import { StringDecoder } from 'node:string_decoder';

/**
 * Yields each line of a stream, split on "\n" only (a trailing "\r" is dropped), so batch
 * mode writes exactly one output line per input line, whatever bytes the lines hold.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let at = pending.indexOf('\n');
    while (at >= 0) {
      yield pending.slice(0, at).replace(/\r$/, '');
      pending = pending.slice(at + 1);
      at = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending.replace(/\r$/, '');
}
