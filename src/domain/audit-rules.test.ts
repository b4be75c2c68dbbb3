import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/contract/schemas/audit';
import { auditMatches, auditSortKey, auditVisibleTo } from './audit-rules';

const entry = (id: string, at: string, over: Partial<AuditEntry> = {}): AuditEntry => ({ id, at, action: 'sign_in', actorId: 'a1', actorName: 'a', tenant: 'cn', details: {}, ...over });

describe('audit rules', () => {
  it('shows a team lead their centre, an admin every centre, and an agent nothing', () => {
    expect(auditVisibleTo({ role: 'supervisor', tenant: 'cn' }, entry('1', '2026-01-01T00:00:00Z'))).toBe(true);
    expect(auditVisibleTo({ role: 'supervisor', tenant: 'intl' }, entry('1', '2026-01-01T00:00:00Z'))).toBe(false);
    expect(auditVisibleTo({ role: 'admin', tenant: 'intl' }, entry('1', '2026-01-01T00:00:00Z', { tenant: null }))).toBe(true);
    expect(auditVisibleTo({ role: 'agent', tenant: 'cn' }, entry('1', '2026-01-01T00:00:00Z'))).toBe(false);
  });

  it('filters by person and action', () => {
    const e = entry('1', '2026-01-01T00:00:00Z', { action: 'sign_out' });
    expect(auditMatches(e, {})).toBe(true);
    expect(auditMatches(e, { actorId: 'a1', action: 'sign_out' })).toBe(true);
    expect(auditMatches(e, { action: 'sign_in' })).toBe(false);
    expect(auditMatches(e, { actorId: 'a2' })).toBe(false);
  });

  it('sorts newest first, and of two in the same millisecond the later id first', () => {
    const keys = [entry('au-000001', '2026-01-01T00:00:00Z'), entry('au-000002', '2026-01-02T00:00:00Z'), entry('au-000003', '2026-01-02T00:00:00Z')].map(auditSortKey);
    expect([...keys].sort()).toEqual([keys[2], keys[1], keys[0]]);
  });
});
