import { SoftphoneError } from '../lib/softphone-error';
import type { Leg } from './call-leg';

/**
 * SIP INFO application/dtmf-relay: reaches any SIP peer, unlike RFC 4733 which needs an RTP-aware far end.
 * Queued behind the leg's re-INVITEs, one INFO per tone.
 */
export function sendDtmf(leg: Leg, tones: string, onFailure: () => void): void {
  if (!/^[0-9A-D#*]+$/i.test(tones)) throw new SoftphoneError('invalid_dtmf');
  if (leg.session.state !== 'Established') throw new SoftphoneError('not_active');
  for (const tone of tones.toUpperCase()) {
    leg.reinvites = leg.reinvites.then(() =>
      leg.session
        .info({
          requestOptions: {
            body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160\r\n` },
          },
        })
        .catch(onFailure),
    );
  }
}
