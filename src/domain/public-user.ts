import type { User } from '@/contract/schemas/identity';

/**
 * A user as the contract shows it: only the fields of `User`, whatever else the store keeps (a password,
 * a hash, the seed's starting state) never leaves the server.
 */
export function toPublicUser(record: User): User {
  const { id, username, displayName, role, skills, queueIds, workNumber, extension, tenant, locale } = record;
  return { id, username, displayName, role, skills: [...skills], queueIds: [...queueIds], workNumber, extension, tenant, locale };
}
