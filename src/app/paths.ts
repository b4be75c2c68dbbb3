/** Route paths with href builders, in one place. */
export const paths = {
  login: { path: '/login', href: (next?: string) => (next && next !== '/login' ? `/login?next=${encodeURIComponent(next)}` : '/login') },
  workspace: { path: '/', href: () => '/' },
  supervisor: { path: '/supervisor', href: () => '/supervisor' },
} as const;
