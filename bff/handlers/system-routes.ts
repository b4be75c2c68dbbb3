import { sql } from 'drizzle-orm';
import { getHealth } from '@/contract/endpoints/system';
import { route } from '../server/contract-route';

export const systemRoutes = [
  route(getHealth, async ({ deps }) => {
    // Healthy means able to answer: the store is asked (unreachable → 503 via the route's store check).
    await deps.db.execute(sql`SELECT 1`);
    return { ok: true as const, instance: deps.config.instance };
  }),
];
