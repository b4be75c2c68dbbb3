import { FakeSipSession, later, type FakeSessionWorld } from './fake-sip-session';
import type { SipInviter, SipRequestDelegate, SipUri } from './sip-js-api';

/**
 * An outbound call as sip.js's Inviter. Once the INVITE is out the called number reacts as the world says
 * (answers after ringing, keeps ringing, or refuses with a status); the test can also answer or refuse it.
 */
export class FakeInviter extends FakeSipSession implements SipInviter {
  private delegateOfInvite: SipRequestDelegate | null = null;
  cancelled = false;

  constructor(world: FakeSessionWorld, target: SipUri) {
    super(world, target);
  }

  override invite(options: { requestDelegate: SipRequestDelegate }): Promise<unknown> {
    if (this.state !== 'Initial') return super.invite(options);
    return this.sendInvite(options.requestDelegate);
  }

  async cancel(): Promise<void> {
    if (this.state !== 'Initial' && this.state !== 'Establishing') throw new Error(`Invalid session state ${this.state}`);
    this.cancelled = true;
    this.transition('Terminating');
    if (!this.delegateOfInvite) this.transition('Terminated');
    else later(() => this.farEndRejects(487));
  }

  /** The called number answers (200). */
  farEndAnswers(): void {
    if (this.state !== 'Establishing') return;
    this.transition('Established');
    this.delegateOfInvite?.onAccept?.({ message: { statusCode: 200 } });
  }

  /** The called number refuses with a final status (sip.js ends the session before it tells the delegate). */
  farEndRejects(status: number): void {
    if (this.state !== 'Establishing' && this.state !== 'Terminating') return;
    this.transition('Terminated');
    this.delegateOfInvite?.onReject?.({ message: { statusCode: status } });
  }

  private async sendInvite(delegate: SipRequestDelegate): Promise<unknown> {
    try {
      await this.openMedia();
    } catch (error) {
      if (this.state !== 'Terminated') this.transition('Terminated');
      throw error;
    }
    this.transition('Establishing');
    this.delegateOfInvite = delegate;
    const outcome = this.world.outcomeFor(this.remote.user);
    later(() => {
      if (this.cancelled || this.state !== 'Establishing') return;
      if (typeof outcome === 'number') {
        this.farEndRejects(outcome);
        return;
      }
      delegate.onProgress?.({ message: { statusCode: 180 } });
      if (outcome === 'answer') later(() => this.farEndAnswers());
    });
    return undefined;
  }
}
