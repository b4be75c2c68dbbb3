import { describe, expect, it } from 'vitest';
import type { CallInfo } from '../port/softphone-port';
import { createSoftphoneStore, RECENT_LIMIT } from './softphone-store';
import { selectActiveCall, selectConsultCall, selectRinging } from './softphone-selectors';

const call = (over: Partial<CallInfo>): CallInfo => ({
  callId: 'c1',
  direction: 'inbound',
  remoteUri: 'sip:1@x',
  remoteNumber: '13800138000',
  displayName: null,
  state: 'ringing',
  muted: false,
  answeredAt: null,
  ivr: null,
  consultFor: null,
  conferenceWith: [],
  endReason: null,
  ...over,
});

describe('softphone store', () => {
  it('is fed by port events: registration, calls, quality, errors', () => {
    const store = createSoftphoneStore(() => 5);
    const s = () => store.getState();
    s().apply({ type: 'registration', state: 'registered', error: null });
    s().apply({ type: 'call', call: call({}) });
    expect(selectRinging(s())).toHaveLength(1);
    s().apply({ type: 'call', call: call({ state: 'active', answeredAt: 5 }) });
    expect(selectActiveCall(s())?.callId).toBe('c1');
    s().apply({ type: 'call', call: call({ callId: 'c2', direction: 'outbound', state: 'active', consultFor: 'c1' }) });
    expect(selectConsultCall(s())?.callId).toBe('c2');
    s().apply({ type: 'quality', quality: { callId: 'c1', rttMs: 1, jitterMs: 1, lossPct: 0, mos: 4.4, inboundBytes: 1, outboundBytes: 1, inboundStalled: false } });
    expect(s().quality.c1?.mos).toBe(4.4);
    s().apply({ type: 'quality', quality: { callId: 'gone', rttMs: 1, jitterMs: 1, lossPct: 0, mos: 1, inboundBytes: 1, outboundBytes: 1, inboundStalled: false } });
    expect(s().quality.gone).toBeUndefined();
    s().apply({ type: 'error', callId: 'c1', code: 'transfer_busy' });
    expect(s().error).toEqual({ code: 'transfer_busy', callId: 'c1', at: 5 });
  });

  it('an ended call leaves the live map for the persisted recent list', () => {
    const store = createSoftphoneStore();
    store.getState().apply({ type: 'call', call: call({}) });
    store.getState().apply({ type: 'call', call: call({ state: 'ended', endReason: 'rejected' }) });
    expect(store.getState().calls).toEqual({});
    expect(store.getState().recent[0]).toMatchObject({ callId: 'c1', number: '13800138000', answeredAt: null });
    const reloaded = createSoftphoneStore();
    expect(reloaded.getState().recent).toHaveLength(1);
  });

  it(`keeps the last ${RECENT_LIMIT} calls, newest first, one entry per call`, () => {
    const store = createSoftphoneStore();
    for (let i = 0; i < RECENT_LIMIT + 5; i += 1) {
      store.getState().apply({ type: 'call', call: call({ callId: `c${i}`, state: 'ended' }) });
    }
    store.getState().apply({ type: 'call', call: call({ callId: `c${RECENT_LIMIT + 4}`, state: 'ended' }) });
    const recent = store.getState().recent;
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0]?.callId).toBe(`c${RECENT_LIMIT + 4}`);
    expect(new Set(recent.map((r) => r.callId)).size).toBe(RECENT_LIMIT);
  });

  it('persists devices and the auto-answer choice', () => {
    const store = createSoftphoneStore();
    store.getState().setDevices({ ringerId: 'speakers-2' });
    store.getState().setAutoAnswer(true);
    const reloaded = createSoftphoneStore();
    expect(reloaded.getState().devices.ringerId).toBe('speakers-2');
    expect(reloaded.getState().autoAnswer).toBe(true);
  });

  it('on a shared workstation, recent calls and choices are per agent while devices stay with the machine', () => {
    localStorage.setItem('zuoxi.softphone.recent', JSON.stringify([{ callId: 'old' }]));
    const first = createSoftphoneStore(Date.now, 'agent-1');
    expect(first.getState().recent, 'unattributable legacy entries are dropped').toEqual([]);
    expect(localStorage.getItem('zuoxi.softphone.recent')).toBeNull();
    first.getState().apply({ type: 'call', call: call({ state: 'ended' }) });
    first.getState().setAutoAnswer(true);
    first.getState().setDevices({ inputId: 'headset' });

    const next = createSoftphoneStore(Date.now, 'agent-2');
    expect(next.getState().recent).toEqual([]);
    expect(next.getState().autoAnswer).toBeNull();
    expect(next.getState().devices.inputId).toBe('headset');
    expect(createSoftphoneStore(Date.now, 'agent-1').getState().recent).toHaveLength(1);
  });

  it('adopts choices another tab made', () => {
    const store = createSoftphoneStore();
    localStorage.setItem('zuoxi.softphone.autoAnswer', 'true');
    localStorage.setItem('zuoxi.softphone.devices', JSON.stringify({ inputId: 'm', outputId: null, ringerId: 'r' }));
    store.getState().syncFromStorage('zuoxi.softphone.autoAnswer');
    store.getState().syncFromStorage('zuoxi.softphone.devices');
    expect(store.getState().autoAnswer).toBe(true);
    expect(store.getState().devices.ringerId).toBe('r');
  });
});
