import { SoftphoneError } from '../lib/softphone-error';
import { applyTracks } from './apply-tracks';
import type { Leg } from './call-leg';
import type { CallLegs } from './call-legs';
import { enqueueReinvite } from './enqueue-reinvite';

/** `held` is reported only once the far end answered the re-INVITE. */
export function setHold(legs: CallLegs, leg: Leg, hold: boolean): Promise<void> {
  const run = async () => {
    if (leg.held === hold) return;
    if (leg.session.state !== 'Established') throw new SoftphoneError('not_active');
    const session = leg.session;
    session.sessionDescriptionHandlerOptionsReInvite = { ...session.sessionDescriptionHandlerOptionsReInvite, hold };
    await new Promise<void>((resolve, reject) => {
      session
        .invite({
          requestDelegate: {
            onAccept: () => {
              leg.held = hold;
              applyTracks(leg);
              if (!hold) leg.quality.expectSilence(Date.now());
              legs.update(leg, { state: hold ? 'held' : 'active' });
              resolve();
            },
            onReject: (response) => {
              session.sessionDescriptionHandlerOptionsReInvite = { ...session.sessionDescriptionHandlerOptionsReInvite, hold: !hold };
              reject(new SoftphoneError(`${hold ? 'hold' : 'unhold'}_rejected_${response.message.statusCode ?? 0}`));
            },
          },
        })
        .catch((error: unknown) => reject(error instanceof Error ? error : new SoftphoneError('hold_failed')));
    });
  };
  return enqueueReinvite(leg, run);
}
