import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSoftphoneStorageKey, SoftphoneStorage } from './softphone-storage';

afterEach(() => vi.unstubAllGlobals());

const recentCall = { callId: 'c1', direction: 'inbound', number: '10086', displayName: null, startedAt: 1, answeredAt: null, endedAt: 2, endReason: 'rejected' };

describe('SoftphoneStorage', () => {
  it('keeps devices per machine and the agent’s own choices per agent', () => {
    const storage = new SoftphoneStorage('agt-1');
    expect(storage.key('devices')).toBe('zuoxi.softphone.devices');
    expect(storage.key('recent')).toBe('zuoxi.softphone.recent.agt-1');
    expect(storage.key('autoAnswer')).toBe('zuoxi.softphone.autoAnswer.agt-1');
    expect(storage.key('notifyAlways')).toBe('zuoxi.softphone.notifyAlways.agt-1');
    expect(new SoftphoneStorage(null).key('recent')).toBe('zuoxi.softphone.recent');
  });

  it('tells which of its values a storage key is, and ignores other agents’ and other features’ keys', () => {
    const storage = new SoftphoneStorage('agt-1');
    expect(storage.nameOf('zuoxi.softphone.autoAnswer.agt-1')).toBe('autoAnswer');
    expect(storage.nameOf('zuoxi.softphone.autoAnswer.agt-2')).toBeNull();
    expect(isSoftphoneStorageKey('zuoxi.softphone.devices')).toBe(true);
    expect(isSoftphoneStorageKey('zuoxi.locale')).toBe(false);
  });

  it('round-trips what it wrote', () => {
    const storage = new SoftphoneStorage('agt-1');
    storage.write('devices', { inputId: 'headset', outputId: null, ringerId: 'speakers' });
    storage.write('recent', [recentCall as never]);
    storage.write('autoAnswer', true);
    expect(storage.read('devices', { inputId: null, outputId: null, ringerId: null })).toEqual({ inputId: 'headset', outputId: null, ringerId: 'speakers' });
    expect(storage.read('recent', [])).toEqual([recentCall]);
    expect(storage.read('autoAnswer', null)).toBe(true);
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong type', '"yes"'],
    ['an array for an object', '[1,2]'],
  ])('reads %s as absent', (_what, raw) => {
    const storage = new SoftphoneStorage('agt-1');
    for (const name of ['devices', 'recent', 'autoAnswer', 'notifyAlways'] as const) localStorage.setItem(storage.key(name), raw);
    expect(storage.read('devices', { inputId: null, outputId: null, ringerId: null })).toEqual({ inputId: null, outputId: null, ringerId: null });
    expect(storage.read('autoAnswer', null)).toBeNull();
    expect(storage.read('notifyAlways', false)).toBe(false);
    expect(storage.read('recent', [])).toEqual([]);
  });

  it('drops recent-call entries it cannot show and keeps the rest', () => {
    const storage = new SoftphoneStorage('agt-1');
    localStorage.setItem(storage.key('recent'), JSON.stringify([recentCall, { callId: 'half' }, null, 'x']));
    expect(storage.read('recent', [])).toEqual([recentCall]);
  });

  it('works without storage at all (disabled, or access throws)', () => {
    vi.stubGlobal('localStorage', undefined);
    const storage = new SoftphoneStorage('agt-1');
    storage.write('autoAnswer', true);
    expect(storage.read('autoAnswer', null)).toBeNull();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const blocked = new SoftphoneStorage('agt-1');
    expect(() => blocked.write('notifyAlways', true)).not.toThrow();
    expect(blocked.read('notifyAlways', false)).toBe(false);
  });
});
