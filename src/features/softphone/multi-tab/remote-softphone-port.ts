import type { AudioDevices, CallInfo, SoftphoneEvent, SoftphonePort } from '../port/softphone-port';
import { SoftphoneError } from '../lib/softphone-error';
import type { RemoteMethod, TabChannel, TabMessage } from './tab-protocol';

/**
 * The SoftphonePort of a tab that does not own the phone: it mirrors the owner's events and sends
 * control commands to it over BroadcastChannel. Audio never plays here.
 */
export class RemoteSoftphonePort implements SoftphonePort {
  private readonly listeners = new Set<(event: SoftphoneEvent) => void>();
  private readonly known = new Map<string, CallInfo>();
  private readonly waiting = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  private counter = 0;
  private readonly onMessage = (event: MessageEvent<TabMessage>) => this.receive(event.data);

  constructor(
    private readonly channel: TabChannel,
    private readonly tabId: string,
    private readonly timeoutMs = 5000,
  ) {
    channel.addEventListener('message', this.onMessage);
  }

  async register(): Promise<void> {
    this.channel.postMessage({ kind: 'hello', from: this.tabId });
  }

  async unregister(): Promise<void> {}

  dial(target: string): Promise<string> {
    return this.command('dial', [target]) as Promise<string>;
  }
  async answer(callId: string): Promise<void> {
    await this.command('answer', [callId]);
  }
  async reject(callId: string): Promise<void> {
    await this.command('reject', [callId]);
  }
  async hangup(callId: string): Promise<void> {
    await this.command('hangup', [callId]);
  }
  async hold(callId: string): Promise<void> {
    await this.command('hold', [callId]);
  }
  async unhold(callId: string): Promise<void> {
    await this.command('unhold', [callId]);
  }
  mute(callId: string, muted: boolean): void {
    void this.command('mute', [callId, muted]).catch(() => {});
  }
  sendDtmf(callId: string, tones: string): void {
    void this.command('sendDtmf', [callId, tones]).catch(() => {});
  }
  async transferBlind(callId: string, target: string): Promise<void> {
    await this.command('transferBlind', [callId, target]);
  }
  startConsult(callId: string, target: string): Promise<string> {
    return this.command('startConsult', [callId, target]) as Promise<string>;
  }
  async completeConsult(callId: string, consultCallId: string): Promise<void> {
    await this.command('completeConsult', [callId, consultCallId]);
  }
  async cancelConsult(callId: string, consultCallId: string): Promise<void> {
    await this.command('cancelConsult', [callId, consultCallId]);
  }
  async conference(callIds: string[]): Promise<void> {
    await this.command('conference', [callIds]);
  }
  /** Devices belong to the tab that plays the audio: a choice made here is applied there. */
  async setDevices(devices: Partial<AudioDevices>): Promise<void> {
    await this.command('setDevices', [devices]);
  }

  subscribe(listener: (event: SoftphoneEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    this.channel.removeEventListener('message', this.onMessage);
    for (const [, w] of this.waiting) {
      clearTimeout(w.timer);
      w.reject(new SoftphoneError('other_tab_unavailable'));
    }
    this.waiting.clear();
    this.listeners.clear();
  }

  private command(method: RemoteMethod, args: unknown[]): Promise<unknown> {
    this.counter += 1;
    const id = `${this.tabId}:${this.counter}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new SoftphoneError('other_tab_unavailable'));
      }, this.timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      this.channel.postMessage({ kind: 'command', from: this.tabId, id, method, args });
    });
  }

  private receive(message: TabMessage): void {
    switch (message.kind) {
      case 'event':
        if (message.event.type === 'call') this.track(message.event.call);
        this.emit(message.event);
        return;
      case 'owner':
        this.channel.postMessage({ kind: 'hello', from: this.tabId });
        return;
      case 'snapshot': {
        if (message.to !== this.tabId) return;
        const live = new Set(message.snapshot.calls.map((c) => c.callId));
        for (const stale of [...this.known.values()].filter((c) => !live.has(c.callId))) this.endLocally(stale, 'other_tab');
        this.emit({ type: 'registration', state: message.snapshot.registration, error: message.snapshot.error });
        for (const call of message.snapshot.calls) {
          this.track(call);
          this.emit({ type: 'call', call });
        }
        return;
      }
      case 'bye':
        this.emit({ type: 'registration', state: 'unregistered', error: 'owner_tab_closed' });
        for (const call of [...this.known.values()]) this.endLocally(call, 'owner_tab_closed');
        return;
      case 'result': {
        if (message.to !== this.tabId) return;
        const w = this.waiting.get(message.id);
        if (!w) return;
        clearTimeout(w.timer);
        this.waiting.delete(message.id);
        if (message.ok) w.resolve(message.value);
        else w.reject(new SoftphoneError(message.code));
        return;
      }
      default:
        return;
    }
  }

  private track(call: CallInfo): void {
    if (call.state === 'ended') this.known.delete(call.callId);
    else this.known.set(call.callId, call);
  }

  private endLocally(call: CallInfo, reason: string): void {
    this.known.delete(call.callId);
    this.emit({ type: 'call', call: { ...call, state: 'ended', endReason: reason } });
  }

  private emit(event: SoftphoneEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
