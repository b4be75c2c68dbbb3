import type { AgentState } from '@/contract/schemas/agent-state';
import type { AuditAction, AuditEntry } from '@/contract/schemas/audit';
import type { Tenant } from '@/contract/schemas/identity';

interface Actor {
  id: string;
  displayName: string;
  tenant: Tenant;
}

/** An audit entry as every backend writes it (the id comes from the store). */
export function auditEntry(id: string, action: AuditAction, actor: Actor | { name: string }, details: Record<string, unknown>, now: number): AuditEntry {
  const known = 'id' in actor;
  return {
    id,
    at: new Date(now).toISOString(),
    action,
    actorId: known ? actor.id : null,
    actorName: known ? actor.displayName : actor.name,
    tenant: known ? actor.tenant : null,
    details,
  };
}

/** A state change is audited with what it was and what it became; a repeat that changed nothing is not. */
export function stateChangeDetails(before: AgentState, after: AgentState): Record<string, unknown> | null {
  if (before.status === after.status && before.reason === after.reason) return null;
  return { from: { status: before.status, reason: before.reason }, to: { status: after.status, reason: after.reason } };
}
