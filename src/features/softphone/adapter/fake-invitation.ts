import { FakeSipSession, type FakeSessionWorld } from './fake-sip-session';
import type { SipInvitation, SipMediaOptions, SipUri } from './sip-js-api';

/** An inbound call as sip.js's Invitation: ringing until we accept or reject it, or the caller cancels. */
export class FakeInvitation extends FakeSipSession implements SipInvitation {
  readonly request: { getHeader(name: string): string | undefined };
  readonly remoteIdentity: { uri: SipUri; displayName: string };
  /** The final status we answered with if we refused the call (486 reject, 480 when our media failed). */
  rejectedWith: number | null = null;

  constructor(world: FakeSessionWorld, remote: SipUri, displayName: string, headers: Record<string, string>) {
    super(world, remote);
    const byName = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    this.request = { getHeader: (name) => byName.get(name.toLowerCase()) };
    this.remoteIdentity = { uri: remote, displayName };
  }

  async accept(_options: SipMediaOptions): Promise<void> {
    if (this.state !== 'Initial') throw new Error(`Invalid session state ${this.state}`);
    this.transition('Establishing');
    try {
      await this.openMedia();
    } catch (error) {
      // sip.js answers 480 and ends the call when it cannot produce an answer, then rethrows.
      this.rejectedWith = 480;
      this.transition('Terminated');
      throw error;
    }
    this.transition('Established');
  }

  async reject(options: { statusCode: number }): Promise<void> {
    if (this.state !== 'Initial' && this.state !== 'Establishing') throw new Error(`Invalid session state ${this.state}`);
    this.rejectedWith = options.statusCode;
    this.transition('Terminated');
  }

  /** The caller gives up while it rings (CANCEL), or hangs up an established call (BYE). */
  override farEndHangsUp(): void {
    if (this.state === 'Initial' || this.state === 'Establishing') {
      this.delegate?.onCancel?.();
      this.transition('Terminated');
      return;
    }
    super.farEndHangsUp();
  }
}
