import type { Account, CustomerLevel } from '@/contract/schemas/customer';
import type { TicketSummary } from '@/contract/schemas/ticket';

const DAY_MS = 86_400_000;

/** The parts of a freshly drawn customer the showcase may change. */
export interface ShowcaseDraft {
  customerId: string;
  name: string;
  gender: 'female' | 'male';
  level: CustomerLevel;
  marketingOptOut: boolean;
  account: Account;
  tickets: TicketSummary[];
}

/**
 * A few customers with known traits, so demos and tests can name them: a diamond VIP (王建国), one with
 * an open complaint and arrears (刘丽, no offers allowed), one who opted out of marketing, and an
 * English-speaking gold customer. Applied to the drawn customer before its details are added, so its
 * email and ID match its showcase name. (Other named customers: the long history in contact-history.ts,
 * shared numbers in shared-numbers.ts.)
 */
export function applyShowcase(draft: ShowcaseDraft, anchorMs: number): void {
  switch (draft.customerId) {
    case 'c-cn-0001':
      Object.assign(draft, { name: '王建国', gender: 'male', level: 'diamond', marketingOptOut: false });
      return;
    case 'c-cn-0002': {
      draft.name = '刘丽';
      draft.gender = 'female';
      draft.account.arrears = Math.max(draft.account.arrears, 86.5);
      draft.account.balance = 0;
      const lastBill = draft.account.bills[0];
      if (lastBill) Object.assign(lastBill, { paid: false, amount: Math.max(lastBill.amount, draft.account.arrears) });
      draft.tickets.unshift({
        ticketId: 'tk-showcase-cn-1',
        title: '客户投诉不明扣费，要求退费',
        category: 'complaint',
        status: 'open',
        priority: 'high',
        queueId: 'q-cn-complaints',
        createdAt: new Date(anchorMs - 2 * DAY_MS).toISOString(),
        updatedAt: new Date(anchorMs - DAY_MS).toISOString(),
      });
      return;
    }
    case 'c-cn-0003':
      draft.marketingOptOut = true;
      return;
    case 'c-intl-0001':
      Object.assign(draft, { name: 'Sarah Thompson', gender: 'female', level: 'gold', marketingOptOut: false });
  }
}
