import type { CallInfo } from '../port/softphone-port';
import type { SoftphoneState } from './softphone-store';

const LIVE: CallInfo['state'][] = ['dialing', 'early', 'active', 'held'];

/** Inbound calls still ringing, oldest first. */
export function selectRinging(s: SoftphoneState): CallInfo[] {
  return Object.values(s.calls).filter((c) => c.state === 'ringing' && c.direction === 'inbound');
}

/**
 * The customer-facing call the controls act on: a live call that is not a consult leg, preferring one
 * the agent is talking on over one on hold (call waiting: the answered second call comes first).
 */
export function selectActiveCall(s: SoftphoneState): CallInfo | null {
  const candidates = Object.values(s.calls).filter((c) => LIVE.includes(c.state) && !c.consultFor);
  return candidates.find((c) => c.state !== 'held') ?? candidates[0] ?? null;
}

/** Live calls besides the active one, its consult leg and its conference: e.g. a first call parked on hold. */
export function selectOtherCalls(s: SoftphoneState): CallInfo[] {
  const active = selectActiveCall(s);
  if (!active) return [];
  return Object.values(s.calls).filter(
    (c) =>
      LIVE.includes(c.state) &&
      c.callId !== active.callId &&
      c.consultFor !== active.callId &&
      !active.conferenceWith.includes(c.callId),
  );
}

/** The consult leg of the active call, if the agent is consulting. */
export function selectConsultCall(s: SoftphoneState): CallInfo | null {
  const active = selectActiveCall(s);
  if (!active) return null;
  return Object.values(s.calls).find((c) => c.consultFor === active.callId && c.state !== 'ringing') ?? null;
}

export function selectHasLiveCall(s: SoftphoneState): boolean {
  return Object.values(s.calls).some((c) => c.state !== 'ended');
}

export function selectAutoAnswer(s: SoftphoneState): boolean {
  return s.autoAnswer ?? s.defaultAutoAnswer;
}
