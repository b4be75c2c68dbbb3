import { describe, expect, it } from 'vitest';
import { sipFragStatus, sipStatusCode } from './sip-status-code';

describe('sipStatusCode', () => {
  it('names the failures the agent can act on', () => {
    expect(sipStatusCode(486, 'transfer')).toBe('transfer_target_busy');
    expect(sipStatusCode(404, 'call')).toBe('call_target_not_found');
    expect(sipStatusCode(480, 'call')).toBe('call_target_unavailable');
    expect(sipStatusCode(603, 'transfer')).toBe('transfer_target_declined');
    expect(sipStatusCode(500, 'transfer')).toBe('transfer_failed');
  });
});

describe('sipFragStatus', () => {
  it('reads the status line of a REFER NOTIFY body', () => {
    expect(sipFragStatus('SIP/2.0 200 OK\r\n')).toBe(200);
    expect(sipFragStatus('SIP/2.0 100 Trying')).toBe(100);
    expect(sipFragStatus('garbage')).toBeNull();
    expect(sipFragStatus(undefined)).toBeNull();
  });
});
