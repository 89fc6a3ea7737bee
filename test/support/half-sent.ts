import { request, type ClientRequest } from 'node:http';
import { signedHeaders } from '../fakes/fake-slack';
import { SIGNING_SECRET, slashCommandForm } from '../fakes/slack-payloads';

export interface Pending {
  req: ClientRequest;
  rest: string;
  reply: Promise<{ status: number | null; body: string; error?: string }>;
}

/** A signed slash command whose headers and first half of the body are sent now, the rest later. */
export function halfSent(port: number, text: string, user: string, responseUrl: string): Pending {
  const body = slashCommandForm(text, responseUrl, user);
  const headers = { ...signedHeaders(SIGNING_SECRET, body, 'application/x-www-form-urlencoded'), 'content-length': String(Buffer.byteLength(body)) };
  const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers, agent: false });
  const reply = new Promise<{ status: number | null; body: string; error?: string }>((resolve) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? null, body: text }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ status: null, body: '', error: err.code ?? err.message }));
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { req, rest: body.slice(half), reply };
}

/** Resolves once nothing listens on `port` any more (new connections refused), or after `ms`. */
export async function portClosed(port: number, ms = 10_000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 20) {
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then(() => false, () => true)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
