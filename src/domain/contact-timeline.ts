import type { Channel } from '@/contract/schemas/channel';
import type { ContactRecord } from '@/contract/schemas/customer';

/**
 * The contact history's order: newest first, the contact id breaking ties. The key grows down the list
 * (the time inverted), so it is a cursor for `paginate` and a column a store can index beside the
 * customer id.
 */
export function timelineKey(record: Pick<ContactRecord, 'at' | 'contactId'>): string {
  return `${String(8_640_000_000_000_000 - Date.parse(record.at)).padStart(16, '0')}|${record.contactId}`;
}

export interface TimelineFilter {
  channel?: Channel;
  /** Words in the intent or the summary. */
  q?: string;
}

/** The filter's words, as every backend compares them: trimmed and lower-cased; empty means none. */
export function timelineWords(q: string | undefined): string | null {
  const words = q?.trim().toLowerCase() ?? '';
  return words === '' ? null : words;
}

export function timelineMatches(record: Pick<ContactRecord, 'channel' | 'intent' | 'summary'>, filter: TimelineFilter): boolean {
  if (filter.channel && record.channel !== filter.channel) return false;
  const words = timelineWords(filter.q);
  return words === null || record.intent.toLowerCase().includes(words) || record.summary.toLowerCase().includes(words);
}
