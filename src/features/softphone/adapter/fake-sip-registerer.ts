import { FakeEmitter } from './fake-emitter';
import { later } from './fake-sip-session';
import type { FakeSipUserAgent } from './fake-sip-user-agent';
import type { SipRegisterer, SipRegistererState, SipRequestDelegate } from './sip-js-api';

/**
 * sip.js's Registerer against a scriptable registrar: it answers each REGISTER with `status()` (200, or a
 * refusal such as 401), or keeps it pending when it says 'manual'. A REGISTER sent without a transport is
 * lost and blocks this Registerer, as sip.js's does until Timer F.
 */
export class FakeSipRegisterer implements SipRegisterer {
  state: SipRegistererState = 'Initial';
  readonly stateChange = new FakeEmitter<SipRegistererState>();
  registers = 0;
  unregisters = 0;
  disposed = false;
  timersCleared = false;
  private pending: ((status: number) => void) | null = null;

  constructor(
    private readonly ua: FakeSipUserAgent,
    private readonly status: () => number | 'manual',
  ) {}

  register(options: { requestDelegate: SipRequestDelegate }): Promise<unknown> {
    if (this.state === 'Terminated' || this.disposed) throw new Error('Registerer terminated. Unable to register.');
    if (this.pending) return Promise.reject(new Error('REGISTER request already in progress, waiting for final response'));
    this.registers += 1;
    this.pending = (status) => {
      this.pending = null;
      if (status >= 200 && status < 300) {
        if (this.state !== 'Registered') this.transition('Registered');
        options.requestDelegate.onAccept?.({ message: { statusCode: status } });
      } else {
        if (this.state !== 'Unregistered') this.transition('Unregistered');
        options.requestDelegate.onReject?.({ message: { statusCode: status } });
      }
    };
    const status = this.status();
    if (this.ua.connected && status !== 'manual') later(() => this.pending?.(status));
    return Promise.resolve();
  }

  /** The registrar answers the pending REGISTER. */
  answer(status: number): void {
    const pending = this.pending;
    if (pending) later(() => pending(status));
  }

  async unregister(): Promise<unknown> {
    this.unregisters += 1;
    if (this.state !== 'Unregistered') this.transition('Unregistered');
    return undefined;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.state !== 'Terminated') this.transition('Terminated');
  }

  clearTimers(): void {
    this.timersCleared = true;
  }

  private transition(state: SipRegistererState): void {
    this.state = state;
    this.stateChange.emit(state);
  }
}
