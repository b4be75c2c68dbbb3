import type { MarketingRecord, SurveyResult } from '@/contract/schemas/customer';
import type { Evaluations, MarketingView } from '@/contract/schemas/customer-view';
import type { TicketSummary } from '@/contract/schemas/ticket';

/**
 * The service and extended sections that are plain projections of what a store holds: ordering and a
 * figure or two, the same on every backend.
 */

const statusRank: Record<TicketSummary['status'], number> = { open: 0, pending: 1, resolved: 2, closed: 3 };
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Tickets open first (open, pending, then done), each group newest first. */
export function ticketsOpenFirst(tickets: readonly TicketSummary[]): TicketSummary[] {
  return [...tickets].sort((a, b) => statusRank[a.status] - statusRank[b.status] || newestFirst(a.updatedAt, b.updatedAt) || (a.ticketId < b.ticketId ? -1 : 1));
}

/** Survey scores newest first, complaints (open first) and the average score to one decimal. */
export function evaluationsView(surveys: readonly SurveyResult[], tickets: readonly TicketSummary[]): Evaluations {
  const scores = surveys.map((s) => s.score);
  return {
    surveys: [...surveys].sort((a, b) => newestFirst(a.at, b.at)),
    complaints: ticketsOpenFirst(tickets.filter((t) => t.category === 'complaint')),
    averageScore: scores.length ? Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10 : null,
  };
}

export function marketingView(optedOut: boolean, records: readonly MarketingRecord[]): MarketingView {
  return { optedOut, records: [...records].sort((a, b) => newestFirst(a.at, b.at)) };
}

/** Orders newest first. */
export function ordersNewestFirst<T extends { createdAt: string }>(orders: readonly T[]): T[] {
  return [...orders].sort((a, b) => newestFirst(a.createdAt, b.createdAt));
}
