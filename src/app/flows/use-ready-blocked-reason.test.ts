import { describe, expect, it } from 'vitest';
import { readyBlockedBy } from './use-ready-blocked-reason';

describe('flow: Ready needs a phone that can ring', () => {
  it('blocks Ready without a microphone, in any tab', () => {
    expect(readyBlockedBy({ registration: 'registered', microphone: 'denied', tabRole: 'owner' })).toBe('no_microphone');
    expect(readyBlockedBy({ registration: 'registered', microphone: 'no_device', tabRole: 'mirror' })).toBe('no_microphone');
  });

  it('blocks Ready while the owner tab’s phone is not registered', () => {
    expect(readyBlockedBy({ registration: 'failed', microphone: 'ok', tabRole: 'owner' })).toBe('phone_offline');
    expect(readyBlockedBy({ registration: 'registering', microphone: 'ok', tabRole: 'owner' })).toBe('phone_offline');
  });

  it('leaves the judgement to the owner in a mirror tab, and allows Ready when the phone can ring', () => {
    expect(readyBlockedBy({ registration: 'unregistered', microphone: 'ok', tabRole: 'mirror' })).toBeNull();
    expect(readyBlockedBy({ registration: 'registered', microphone: 'ok', tabRole: 'owner' })).toBeNull();
  });
});
