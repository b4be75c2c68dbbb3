import type { DemoAccount } from '@/features/session/components/demo-accounts';

/** The seeded demo users offered on the login page (demo data: mock mode and the BFF's seed). */
export const demoAccounts: readonly DemoAccount[] = [
  { username: 'zhang.wei', role: 'agent' },
  { username: 'li.na', role: 'expert' },
  { username: 'wang.fang', role: 'supervisor' },
  { username: 'emma.clark', role: 'agent' },
];
export const demoPassword = 'zuoxi123';
