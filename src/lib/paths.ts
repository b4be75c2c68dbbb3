/**
 * Every page of the desktop: its path pattern and an href builder. Shared (features link to a customer,
 * a conversation or a ticket); the app's route table maps each pattern to what renders it.
 */
const seg = (value: string) => encodeURIComponent(value);

export const paths = {
  login: { path: '/login', href: (next?: string) => (next && next !== '/login' ? `/login?next=${encodeURIComponent(next)}` : '/login') },
  workspace: { path: '/', href: () => '/' },
  supervisor: { path: '/supervisor', href: () => '/supervisor' },
  customer: { path: '/customers/:customerId', href: (customerId: string) => `/customers/${seg(customerId)}` },
  conversation: { path: '/conversations/:conversationId', href: (conversationId: string) => `/conversations/${seg(conversationId)}` },
  ticket: { path: '/tickets/:ticketId', href: (ticketId: string) => `/tickets/${seg(ticketId)}` },
} as const;

export type PageName = keyof typeof paths;
