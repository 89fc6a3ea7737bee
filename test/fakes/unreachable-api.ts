import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * An address that refuses every connection. Port 1 (tcpmux) is never handed out for port 0, so
 * unlike a fake closed to free its port, no other test file's fake can take it and answer 401
 * (which reads as a rejected token).
 */
export const refusedApiUrl = (path: string): string => `http://127.0.0.1:1${path}`;

/**
 * An API that accepts connections and never answers, as behind a proxy that hangs: start-up has
 * to give up on its own clock rather than wait on the request.
 */
export async function startSilentApi(path: string): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
