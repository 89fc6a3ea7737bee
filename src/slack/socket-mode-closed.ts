import type { SocketModeReceiver } from '@slack/bolt';

type SocketModeClient = SocketModeReceiver['client'];

/**
 * Resolves once the Socket Mode client reports `disconnected`. Subscribe before stopping Bolt:
 * SocketModeReceiver.stop() resolves as soon as the WebSocket close frame is sent, and the client
 * then waits up to 30 s for Slack's answering frame on a timer that kept `npm test` (and a
 * stopping bot) alive after everything else had ended. If no answer comes within `timeoutMs`,
 * disconnecting again makes the client drop the socket at once (its "close frame sent but no
 * response" path) and clear that timer.
 */
export function socketModeClosed(client: SocketModeClient, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void client.disconnect(), timeoutMs);
    client.once('disconnected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
