import type { AudioDevices, SoftphonePort } from '../port/softphone-port';
import type { SoftphoneStore } from '../stores/softphone-store';
import { errorCode } from './softphone-error';
import { toDialable } from '@/domain/normalize-number';

const RACE_CODES: ReadonlySet<string> = new Set(['not_ringing', 'unknown_call']);

/**
 * What the UI (buttons, shortcuts, click-to-dial) calls. It forwards to whichever port this tab has
 * (the real one, or the remote one of a mirror tab) and turns failures into a store notice instead of
 * throwing into React. It never changes call state itself: that comes back as port events.
 */
export class SoftphoneController {
  private port: SoftphonePort | null = null;

  constructor(private readonly store: SoftphoneStore) {}

  setPort(port: SoftphonePort | null): void {
    this.port = port;
  }

  get hasPort(): boolean {
    return this.port !== null;
  }

  async dial(input: string): Promise<string | null> {
    const target = toDialable(input);
    if (!target) return this.fail('invalid_number');
    if (this.store.getState().registration !== 'registered') return this.fail('not_registered');
    return this.run(null, (p) => p.dial(target));
  }

  /**
   * Answering a second call parks the current one on hold first, so the customer never hears the other
   * conversation. Another tab (or auto-answer) may have won the race: a call no longer ringing is not an error.
   */
  async answer(callId: string) {
    const talking = Object.values(this.store.getState().calls).find((c) => c.state === 'active' && c.callId !== callId);
    if (talking) await this.run(talking.callId, (p) => p.hold(talking.callId));
    return this.run(callId, (p) => p.answer(callId), RACE_CODES);
  }

  reject(callId: string) {
    return this.run(callId, (p) => p.reject(callId), RACE_CODES);
  }

  /** Hangs up a call and, in a conference, every leg mixed with it. */
  async hangup(callId: string) {
    const call = this.store.getState().calls[callId];
    const legs = [callId, ...(call?.conferenceWith ?? [])];
    await Promise.all(legs.map((id) => this.run(id, (p) => p.hangup(id))));
  }

  async toggleHold(callId: string) {
    const s = this.store.getState();
    const call = s.calls[callId];
    if (!call || s.pending[callId]) return;
    const op = call.state === 'held' ? 'unhold' : 'hold';
    if (op === 'hold' && call.state !== 'active') return;
    if (op === 'unhold') {
      // Resuming a parked call parks the one in progress: one conversation at a time.
      const talking = Object.values(s.calls).find((c) => c.state === 'active' && c.callId !== callId && !call.conferenceWith.includes(c.callId) && c.consultFor !== callId);
      if (talking) await this.toggleHold(talking.callId);
    }
    s.setPending(callId, op);
    try {
      await this.run(callId, (p) => (op === 'hold' ? p.hold(callId) : p.unhold(callId)));
    } finally {
      this.store.getState().setPending(callId, null);
    }
  }

  toggleMute(callId: string) {
    const call = this.store.getState().calls[callId];
    if (!call || !this.port) return;
    this.port.mute(callId, !call.muted);
  }

  sendDtmf(callId: string, tones: string) {
    this.port?.sendDtmf(callId, tones);
  }

  async transferBlind(callId: string, input: string) {
    const target = toDialable(input);
    if (!target) return this.fail('invalid_number', callId);
    this.store.getState().setPending(callId, 'transfer');
    try {
      await this.run(callId, (p) => p.transferBlind(callId, target));
    } finally {
      this.store.getState().setPending(callId, null);
    }
    // A refused transfer leaves the customer with the agent: make sure they can hear each other.
    const after = this.store.getState().calls[callId];
    if (after?.state === 'held') await this.run(callId, (p) => p.unhold(callId));
  }

  async startConsult(callId: string, input: string) {
    const target = toDialable(input);
    if (!target) return this.fail('invalid_number', callId);
    this.store.getState().setPending(callId, 'consult');
    let consultId: string | null;
    try {
      consultId = await this.run(callId, (p) => p.startConsult(callId, target));
    } finally {
      this.store.getState().setPending(callId, null);
    }
    if (!consultId) {
      const after = this.store.getState().calls[callId];
      if (after?.state === 'held') await this.run(callId, (p) => p.unhold(callId));
    }
    return consultId;
  }

  completeConsult(callId: string, consultCallId: string) {
    return this.run(callId, (p) => p.completeConsult(callId, consultCallId));
  }

  cancelConsult(callId: string, consultCallId: string) {
    return this.run(callId, (p) => p.cancelConsult(callId, consultCallId));
  }

  conference(callIds: string[]) {
    return this.run(callIds[0] ?? null, (p) => p.conference(callIds));
  }

  async setDevices(devices: Partial<AudioDevices>) {
    this.store.getState().setDevices(devices);
    await this.run(null, (p) => p.setDevices(devices));
  }

  private async run<T>(callId: string | null, action: (port: SoftphonePort) => Promise<T>, ignore?: ReadonlySet<string>): Promise<T | null> {
    if (!this.port) return this.fail('no_phone', callId);
    try {
      return await action(this.port);
    } catch (error) {
      const code = errorCode(error);
      if (ignore?.has(code)) return null;
      return this.fail(code, callId);
    }
  }

  private fail(code: string, callId: string | null = null): null {
    this.store.getState().setError(code, callId);
    return null;
  }
}
