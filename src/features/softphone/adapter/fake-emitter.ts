import type { SipEmitter } from './sip-js-api';

/** sip.js's state-change emitter, for the fakes. */
export class FakeEmitter<T> implements SipEmitter<T> {
  private readonly listeners: ((data: T) => void)[] = [];

  addListener(listener: (data: T) => void): void {
    this.listeners.push(listener);
  }

  emit(data: T): void {
    for (const listener of [...this.listeners]) listener(data);
  }
}
