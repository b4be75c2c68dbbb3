import type { CannedResponse, ConversationChannel } from '@/contract/schemas/conversation';
import type { Locale } from '@/contract/schemas/identity';

/** A canned response as a store keeps it: the contract's, and the centre it belongs to. */
export type StoredCannedResponse = CannedResponse & { tenant: 'cn' | 'intl' };

/**
 * Fills `{name}`, `{plan}`, `{agent}`… from what is known. A variable nobody knows (or one that has no
 * value for this customer) is left as written, braces and all, so the agent sees the gap before sending
 * instead of a customer reading "Dear ,".
 */
export function fillCanned(body: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return body.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === null || value === '' ? whole : value;
  });
}

/** The variables a customer and an agent fill: the customer's name, their first line's plan and number, the agent. */
export function cannedValues(input: { customerName?: string | null; plan?: string | null; number?: string | null; agentName?: string | null; workNumber?: string | null }): Record<string, string | null> {
  return { name: input.customerName ?? null, plan: input.plan ?? null, number: input.number ?? null, agent: input.agentName ?? null, workNumber: input.workNumber ?? null };
}

/**
 * Canned responses for a channel, matching the words (title, keywords or body, case-insensitive), the
 * preferred language first, then by title. No words: all of them for the channel.
 */
export function searchCanned(items: readonly StoredCannedResponse[], query: { q?: string; channel?: ConversationChannel }, preferred: Locale): CannedResponse[] {
  const words = (query.q ?? '').trim().toLowerCase();
  return items
    .filter((item) => !query.channel || item.channels.includes(query.channel))
    .filter((item) => !words || [item.title, item.body, ...item.keywords].some((text) => text.toLowerCase().includes(words)))
    .sort((a, b) => Number(b.locale === preferred) - Number(a.locale === preferred) || a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id))
    .map(({ tenant: _tenant, ...item }) => item);
}
