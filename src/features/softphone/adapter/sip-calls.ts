import { SoftphoneError } from '../lib/softphone-error';
import { applyTracks } from './apply-tracks';
import { playCallAudio, releaseCallAudio } from './call-audio';
import { createLeg, type Leg, type LegFields, type LegOrigin } from './call-leg';
import type { CallLegs } from './call-legs';
import type { CallQualitySampler } from './call-quality-sampler';
import { mediaErrorCode } from './media-error-code';
import { readIvrHeaders } from './read-ivr-headers';
import { localStreamOf } from './session-media';
import type { SipInvitation, SipJs, SipUri, SipUserAgent } from './sip-js-api';
import { sipStatusCode } from './sip-status-code';
import type { SoftphoneEmitter } from './softphone-emitter';
import { watchLegSession } from './watch-leg-session';

export interface SipCallsDeps {
  sipJs: SipJs;
  legs: CallLegs;
  events: SoftphoneEmitter;
  quality: CallQualitySampler;
  /** Where the hidden <audio> elements for remote audio go; document.body by default. */
  audioHost?: HTMLElement;
  outputId(): string | null;
  requireRegisteredUa(): SipUserAgent;
  targetUri(target: string): SipUri;
  /** What a leg's end sets off beyond itself: a conference shrinks, a consulted customer comes back. */
  afterEnd(leg: Leg, reason: string): Promise<void>;
}

/** Calls from ring or dial to their end: each a leg, whose session's state drives what the UI is told. */
export class SipCalls {
  constructor(private readonly deps: SipCallsDeps) {}

  onInvite(invitation: SipInvitation): void {
    const request = invitation.request;
    const remote = invitation.remoteIdentity;
    const leg = this.add(
      { invitation, inviter: null },
      {
        direction: 'inbound',
        remoteUri: remote.uri.toString(),
        remoteNumber: remote.uri.user ?? '',
        displayName: remote.displayName || null,
        state: 'ringing',
        ivr: readIvrHeaders((name) => request.getHeader(name)),
        consultFor: null,
      },
    );
    invitation.delegate = {
      ...invitation.delegate,
      onCancel: () => {
        leg.localEnd ??= 'remote_cancel';
      },
    };
    this.deps.legs.emitCall(leg);
  }

  async dial(target: string, consultFor: string | null): Promise<string> {
    const ua = this.deps.requireRegisteredUa();
    const uri = this.deps.targetUri(target);
    const inviter = this.deps.sipJs.createInviter(ua, uri, {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
    });
    const leg = this.add(
      { invitation: null, inviter },
      { direction: 'outbound', remoteUri: uri.toString(), remoteNumber: uri.user ?? target, displayName: null, state: 'dialing', ivr: null, consultFor },
    );
    this.deps.legs.emitCall(leg);
    inviter
      .invite({
        requestDelegate: {
          onProgress: (response) => {
            if ((response.message.statusCode ?? 0) >= 180 && leg.info.state === 'dialing') this.deps.legs.update(leg, { state: 'early' });
          },
          onReject: (response) => {
            leg.localEnd ??= sipStatusCode(response.message.statusCode ?? 0, 'call');
          },
        },
      })
      .catch((error: unknown) => {
        leg.localEnd ??= mediaErrorCode(error) ?? 'call_failed';
        if (inviter.state !== 'Terminated') void inviter.dispose();
      });
    return leg.id;
  }

  async answer(callId: string): Promise<void> {
    const leg = this.deps.legs.require(callId);
    if (!leg.invitation || leg.invitation.state !== 'Initial') throw new SoftphoneError('not_ringing');
    try {
      await leg.invitation.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
    } catch (error) {
      const code = mediaErrorCode(error) ?? 'answer_failed';
      leg.localEnd ??= code;
      this.deps.events.emit({ type: 'error', callId, code });
      throw new SoftphoneError(code);
    }
  }

  async reject(callId: string): Promise<void> {
    const leg = this.deps.legs.require(callId);
    if (!leg.invitation || leg.invitation.state !== 'Initial') throw new SoftphoneError('not_ringing');
    leg.localEnd = 'rejected';
    await leg.invitation.reject({ statusCode: 486 });
  }

  /** Ends a leg whatever its state (cancel, reject or BYE) and resolves once its end has had its effects. */
  async end(leg: Leg, reason: string): Promise<void> {
    const session = leg.session;
    leg.localEnd ??= reason;
    switch (session.state) {
      case 'Initial':
      case 'Establishing':
        if (leg.inviter) await leg.inviter.cancel();
        else if (leg.invitation) await leg.invitation.reject({ statusCode: 486 });
        break;
      case 'Established':
        await session.bye();
        break;
      default:
        break;
    }
    await leg.ended;
  }

  private add(origin: LegOrigin, fields: LegFields): Leg {
    const leg = createLeg(origin, fields, Date.now());
    this.deps.legs.add(leg);
    watchLegSession(leg, {
      onEstablished: () => this.onEstablished(leg),
      onTerminated: () => void this.onTerminated(leg),
      onDtmf: (tone) => this.deps.events.emit({ type: 'dtmf', callId: leg.id, tone }),
    });
    return leg;
  }

  private onEstablished(leg: Leg): void {
    leg.mic = localStreamOf(leg.session)?.getAudioTracks()[0] ?? null;
    leg.audio = playCallAudio(leg, this.deps.audioHost, this.deps.outputId());
    leg.quality.expectSilence(Date.now());
    applyTracks(leg);
    this.deps.legs.update(leg, { state: 'active', answeredAt: Date.now() });
    this.deps.quality.start();
  }

  private async onTerminated(leg: Leg): Promise<void> {
    const { legs, events } = this.deps;
    if (!legs.has(leg.id)) return;
    legs.delete(leg.id);
    // sip.js moves to Terminated before it calls the request delegate's onReject: let that set the reason first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    releaseCallAudio(leg);
    const reason = leg.localEnd ?? (leg.info.answeredAt === null ? 'not_answered' : 'remote_hangup');
    legs.update(leg, { state: 'ended', endReason: reason, conferenceWith: [] });
    // A dialed number that did not take the call says why (a consult's failure is told as consult_*, on the customer).
    if (leg.info.direction === 'outbound' && !leg.info.consultFor && (reason.startsWith('call_target_') || reason === 'call_failed')) {
      events.emit({ type: 'error', callId: leg.id, code: reason });
    }
    // The customer hung up while the agent consulted: the consult leg becomes an ordinary call, not an orphan.
    for (const other of legs.values()) if (other.info.consultFor === leg.id) legs.update(other, { consultFor: null });
    try {
      await this.deps.afterEnd(leg, reason);
    } finally {
      if (legs.size === 0) this.deps.quality.stop();
      leg.resolveEnded();
    }
  }
}
