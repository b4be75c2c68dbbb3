import { describe, expect, it } from 'vitest';
import { idempotencyScope } from './idempotency';

describe('idempotency scope', () => {
  it('scopes a key to the endpoint and the user, and never replays reads', () => {
    expect(idempotencyScope('PUT', 'agent.state.set', 'a1', 'k1')).toBe('agent.state.set|a1|k1');
    expect(idempotencyScope('PUT', 'agent.state.set', 'a2', 'k1')).not.toBe(idempotencyScope('PUT', 'agent.state.set', 'a1', 'k1'));
    expect(idempotencyScope('GET', 'agent.state.get', 'a1', 'k1')).toBeNull();
    expect(idempotencyScope('POST', 'session.login', null, 'k1')).toBe('session.login|-|k1');
    expect(idempotencyScope('POST', 'x', 'a1', '  ')).toBeNull();
    expect(idempotencyScope('POST', 'x', 'a1', null)).toBeNull();
  });
});
