import { z } from 'zod/mini';

export const TicketStatus = z.enum(['open', 'pending', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const TicketCategory = z.enum(['complaint', 'fault', 'billing_dispute', 'service_request', 'callback']);
export type TicketCategory = z.infer<typeof TicketCategory>;

export const TicketPriority = z.enum(['low', 'normal', 'high', 'urgent']);
export type TicketPriority = z.infer<typeof TicketPriority>;

/** A ticket (工单) as lists show it: the customer view's ticket section and the tickets feature share it. */
export const TicketSummary = z.object({
  ticketId: z.string(),
  title: z.string(),
  category: TicketCategory,
  status: TicketStatus,
  priority: TicketPriority,
  queueId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TicketSummary = z.infer<typeof TicketSummary>;
