import type { Leg } from './call-leg';
import { enqueueReinvite } from './enqueue-reinvite';

/**
 * After the WebSocket to the proxy dropped mid-call, the far end still sends its in-dialog requests
 * (its BYE above all) to the old connection, named in our Contact (Kamailio's `;alias=`): its hang-up
 * would never reach us and the call would stay up here forever. A re-INVITE over the new connection is
 * a target refresh, so the far end learns the new route. Media never stopped (it is peer to peer), and
 * the re-INVITE keeps the hold state. A 481 (or 408) means the far end hung up during the outage.
 */
export function refreshDialogs(legs: Iterable<Leg>): void {
  for (const leg of legs) {
    const run = async () => {
      const session = leg.session;
      if (session.state !== 'Established') return;
      await new Promise<void>((resolve) => {
        session
          .invite({
            requestDelegate: {
              onAccept: () => resolve(),
              onReject: (response) => {
                const status = response.message.statusCode ?? 0;
                if (status === 481 || status === 408) {
                  leg.localEnd ??= 'remote_hangup';
                  if (session.state === 'Established') void session.bye().catch(() => undefined);
                }
                resolve();
              },
            },
          })
          .catch(() => resolve());
      });
    };
    void enqueueReinvite(leg, run);
  }
}
