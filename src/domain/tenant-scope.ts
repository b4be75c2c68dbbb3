import type { Role, Tenant } from '@/contract/schemas/identity';

/** The least a scoping rule needs to know of a user. */
export interface ScopedUser {
  id: string;
  role: Role;
  tenant: Tenant;
  queueIds: readonly string[];
}

/** A team lead watches their own centre: a cn lead never sees the intl floor, and the other way round. */
export function sameCentre(viewer: Pick<ScopedUser, 'tenant'>, subject: { tenant: Tenant }): boolean {
  return viewer.tenant === subject.tenant;
}

/** The items of the viewer's centre, in their order. */
export function inCentreOf<T extends { tenant: Tenant }>(viewer: Pick<ScopedUser, 'tenant'>, items: Iterable<T>): T[] {
  return [...items].filter((item) => sameCentre(viewer, item));
}

/** Seats that take contacts (agents and experts), as opposed to team leads and admins. */
export function takesContacts(user: Pick<ScopedUser, 'role'>): boolean {
  return user.role === 'agent' || user.role === 'expert';
}

/** Seats on the floor (what a team lead's board lists): everyone but admins, who run the system. */
export function isSeat(user: Pick<ScopedUser, 'role'>): boolean {
  return user.role !== 'admin';
}
