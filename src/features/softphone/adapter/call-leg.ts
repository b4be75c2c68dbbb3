import type { CallInfo } from '../port/softphone-port';
import { CallQualityTracker } from './call-quality-tracker';
import type { SipInvitation, SipInviter, SipSession } from './sip-js-api';

/** One call as the adapter keeps it: its sip.js session, what the UI was last told, and the bookkeeping around it. */
export interface Leg {
  id: string;
  session: SipSession;
  /** Set on an inbound leg: the INVITE to answer or reject. */
  invitation: SipInvitation | null;
  /** Set on an outbound leg: the INVITE to cancel while unanswered. */
  inviter: SipInviter | null;
  info: CallInfo;
  held: boolean;
  /** Serialises re-INVITEs on this dialog (sip.js refuses a second one while one is pending). */
  reinvites: Promise<unknown>;
  audio: HTMLAudioElement | null;
  mic: MediaStreamTrack | null;
  quality: CallQualityTracker;
  /** Our own reason, set before we end the leg, so the Terminated handler can tell who hung up. */
  localEnd: string | null;
  /** A transfer of this leg (or with this leg as consult) is in flight: its end is expected. */
  transferring: boolean;
  /** Resolves when the after-effects of the leg's end (unhold of the consulted call) are done. */
  ended: Promise<void>;
  resolveEnded: () => void;
}

export type LegFields = Pick<CallInfo, 'direction' | 'remoteUri' | 'remoteNumber' | 'displayName' | 'state' | 'ivr' | 'consultFor'>;

export type LegOrigin = { invitation: SipInvitation; inviter: null } | { invitation: null; inviter: SipInviter };

export function createLeg(origin: LegOrigin, fields: LegFields, now: number): Leg {
  const session: SipSession = origin.invitation ?? origin.inviter;
  let resolveEnded = () => {};
  const ended = new Promise<void>((resolve) => (resolveEnded = resolve));
  return {
    id: session.id,
    session,
    invitation: origin.invitation,
    inviter: origin.inviter,
    info: { callId: session.id, muted: false, answeredAt: null, conferenceWith: [], endReason: null, ...fields },
    held: false,
    reinvites: Promise.resolve(),
    audio: null,
    mic: null,
    quality: new CallQualityTracker(session.id, now),
    localEnd: null,
    transferring: false,
    ended,
    resolveEnded,
  };
}
