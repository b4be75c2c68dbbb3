import { FakeEmitter } from './fake-emitter';
import { FakeMediaStream, FakePeerConnection, type FakeTrack } from './fake-media';
import type {
  SipIncomingRequest,
  SipMediaHandler,
  SipRequestDelegate,
  SipSession,
  SipSessionDelegate,
  SipSessionState,
  SipUri,
} from './sip-js-api';

/** How a number reacts when called: answers, keeps ringing until told, or refuses with a final status. */
export type FakeOutcome = 'answer' | 'ring' | number;

/** What a fake session needs of its world (FakeSipJs). */
export interface FakeSessionWorld {
  outcomeFor(user: string | undefined): FakeOutcome;
  getMicrophone(constraints: MediaStreamConstraints): Promise<MediaStream>;
}

let counter = 0;

/** The far end answers one network hop later, as sip.js's callbacks do. */
export const later = (fn: () => void): void => void Promise.resolve().then(fn);

const request = (body = ''): SipIncomingRequest => ({ request: { body }, accept: () => Promise.resolve() });

/**
 * A sip.js Session with a scriptable far end: re-INVITEs answered (200 by default, or held for the test to
 * answer), REFER followed with NOTIFYs that report the target's outcome, BYE, INFO, and the far end's own
 * BYE, INFO and REFER. State changes and callbacks come in sip.js's order.
 */
export class FakeSipSession implements SipSession {
  readonly id = `fake-sip-${++counter}`;
  state: SipSessionState = 'Initial';
  readonly stateChange = new FakeEmitter<SipSessionState>();
  delegate: SipSessionDelegate | undefined;
  sessionDescriptionHandler: (SipMediaHandler & { peerConnection: RTCPeerConnection }) | undefined;
  sessionDescriptionHandlerOptionsReInvite: { hold?: boolean } = {};

  /** Status the far end answers re-INVITEs with, or 'manual' to keep them pending until answerReinvite(). */
  reinviteAnswer: number | 'manual' = 200;
  /** 'follow': 202, NOTIFY 100, then a NOTIFY with the target's outcome; a number refuses the REFER; 'silent' never answers. */
  referAnswer: 'follow' | number | 'silent' = 'follow';
  /** INFO requests fail (e.g. 'Invalid session state'). */
  infoFails = false;

  /** What we sent: the hold flag of each re-INVITE, INFO bodies, REFER targets, whether we sent BYE. */
  readonly reinvites: { hold: boolean }[] = [];
  readonly infos: string[] = [];
  readonly refers: (SipUri | SipSession)[] = [];
  byeSent = false;
  private pendingReinvite: ((status: number) => void) | null = null;

  constructor(
    protected readonly world: FakeSessionWorld,
    readonly remote: SipUri,
  ) {}

  get peerConnection(): FakePeerConnection | null {
    return (this.sessionDescriptionHandler?.peerConnection as unknown as FakePeerConnection | undefined) ?? null;
  }

  get reinvitePending(): boolean {
    return this.pendingReinvite !== null;
  }

  invite(options: { requestDelegate: SipRequestDelegate }): Promise<unknown> {
    if (this.state !== 'Established') return Promise.reject(new Error(`Invalid session state ${this.state}`));
    if (this.pendingReinvite) return Promise.reject(new Error('Reinvite in progress. Please wait until complete, then try again.'));
    const hold = this.sessionDescriptionHandlerOptionsReInvite.hold === true;
    this.reinvites.push({ hold });
    this.pendingReinvite = (status) => {
      this.pendingReinvite = null;
      if (status >= 200 && status < 300) {
        this.applyRemoteHold(hold);
        options.requestDelegate.onAccept?.({ message: { statusCode: status } });
      } else {
        options.requestDelegate.onReject?.({ message: { statusCode: status } });
      }
    };
    const answer = this.reinviteAnswer;
    if (answer !== 'manual') later(() => this.pendingReinvite?.(answer));
    return Promise.resolve();
  }

  /** The far end answers the pending re-INVITE. */
  answerReinvite(status = 200): void {
    const answer = this.pendingReinvite;
    if (answer) later(() => answer(status));
  }

  refer(referTo: SipUri | SipSession, options: { requestDelegate: SipRequestDelegate; onNotify: (n: SipIncomingRequest) => void }): Promise<unknown> {
    if (this.state !== 'Established') return Promise.reject(new Error(`Invalid session state ${this.state}`));
    this.refers.push(referTo);
    const answer = this.referAnswer;
    if (typeof answer === 'number') later(() => options.requestDelegate.onReject?.({ message: { statusCode: answer } }));
    if (answer !== 'follow') return Promise.resolve();
    const user = referTo instanceof FakeSipSession ? referTo.remote.user : (referTo as SipUri).user;
    // An attended transfer's target already took our consult call: it answers the Replaces INVITE.
    const outcome = referTo instanceof FakeSipSession ? 'answer' : this.world.outcomeFor(user);
    const notify = (sipfrag: string) => {
      if (this.state === 'Established') options.onNotify(request(sipfrag));
    };
    later(() => {
      options.requestDelegate.onAccept?.({ message: { statusCode: 202 } });
      notify('SIP/2.0 100 Trying\r\n');
      later(() => {
        if (outcome === 'answer') notify('SIP/2.0 200 OK\r\n');
        else if (outcome === 'ring') notify('SIP/2.0 180 Ringing\r\n');
        else notify(`SIP/2.0 ${outcome} Refused\r\n`);
      });
    });
    return Promise.resolve();
  }

  bye(): Promise<unknown> {
    if (this.state !== 'Established') return Promise.reject(new Error(`Invalid session state ${this.state}`));
    this.byeSent = true;
    this.end();
    return Promise.resolve();
  }

  info(options: { requestOptions: { body: { content: string } } }): Promise<unknown> {
    if (this.state !== 'Established' || this.infoFails) return Promise.reject(new Error(`Invalid session state ${this.state}`));
    this.infos.push(options.requestOptions.body.content);
    return Promise.resolve();
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }

  /** The far end hangs up an established call (BYE). */
  farEndHangsUp(): void {
    if (this.state !== 'Established') return;
    if (this.delegate?.onBye) this.delegate.onBye(request());
    this.end();
  }

  /** The far end presses a key (INFO application/dtmf-relay). */
  farEndSendsDtmf(tone: string): void {
    if (this.state === 'Established') this.delegate?.onInfo?.(request(`Signal=${tone}\r\nDuration=160\r\n`));
  }

  /** The far end asks us to transfer (REFER); resolves true if we refused it. */
  farEndRefers(): Promise<boolean> {
    return new Promise((resolve) => this.delegate?.onRefer?.({ reject: async () => resolve(true) }));
  }

  /** The tones we sent as INFO. */
  get sentTones(): string[] {
    return this.infos.map((body) => /Signal=(.)/.exec(body)?.[1] ?? '?');
  }

  protected transition(state: SipSessionState): void {
    this.state = state;
    this.stateChange.emit(state);
  }

  protected end(): void {
    this.peerConnection?.close();
    this.transition('Terminated');
  }

  /** Media as sip.js's Web handler sets it up: our microphone goes out, the far end's track comes in. */
  protected async openMedia(): Promise<void> {
    const local = (await this.world.getMicrophone({ audio: true, video: false })) as unknown as FakeMediaStream;
    const pc = new FakePeerConnection(local.getAudioTracks()[0] ?? null);
    this.sessionDescriptionHandler = {
      peerConnection: pc as unknown as RTCPeerConnection,
      localMediaStream: local as unknown as MediaStream,
      remoteMediaStream: new FakeMediaStream(pc.receivers.map((r) => r.track)) as unknown as MediaStream,
    };
  }

  /** sip.js takes the far end's track out of its remote stream while held, and puts it back on unhold. */
  private applyRemoteHold(hold: boolean): void {
    const pc = this.peerConnection;
    const remote = this.sessionDescriptionHandler?.remoteMediaStream as unknown as FakeMediaStream | undefined;
    if (!pc || !remote) return;
    for (const { track } of pc.receivers) {
      remote.removeTrack(track as FakeTrack);
      if (!hold) remote.addTrack(track as FakeTrack);
    }
  }
}
