import { eq } from 'drizzle-orm';
import type { User } from '@/contract/schemas/identity';
import type { Db } from './open-store';
import { users } from './schema';

/** A user as the store keeps it: the contract's User and the password hash, which never leaves the server. */
export type UserRecord = User & { passwordHash: string };

function toRecord(row: typeof users.$inferSelect): UserRecord {
  return { ...row, role: row.role as User['role'], tenant: row.tenant as User['tenant'], locale: row.locale as User['locale'] };
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRecord | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row ? toRecord(row) : null;
}

export async function findUser(db: Db, id: string): Promise<UserRecord | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ? toRecord(row) : null;
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
  return (await db.select().from(users).orderBy(users.id)).map(toRecord);
}
