import type { Account, CustomerSegment, Plan, Subscription } from '@/contract/schemas/customer';
import type { Payment } from '@/contract/schemas/customer-view';
import type { Region } from './customer-identity';
import { cnBanks, ukBanks, usBanks } from './places';
import type { Prng } from './prng';
import type { SeedAccount, SeedSubscription } from './seed-customer';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round2 = (n: number) => Math.round(n * 100) / 100;

const accountNames: Record<'cn' | 'en', { single: string; family: readonly string[]; enterprise: readonly string[] }> = {
  cn: { single: '个人账户', family: ['家庭主账户', '子女账户', '父母账户'], enterprise: ['集团主账户', '市场部', '销售部', '研发中心'] },
  en: { single: 'Main account', family: ['Family account', "Kids' lines", 'Second household'], enterprise: ['Head office', 'Sales team', 'Field engineers', 'Operations'] },
};

/** Periods `back` months before the anchor's month: 2026-10 for 1 back from November. */
function period(anchorMs: number, back: number): string {
  const d = new Date(anchorMs);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}`;
}

function bankFor(prng: Prng, region: Region): SeedAccount['bank'] {
  if (region === 'cn') {
    const [bankName, bin] = prng.pick(cnBanks);
    return { bankName, accountNumber: `${bin}${prng.digits(bankName === '中国工商银行' ? 13 : 10)}` };
  }
  if (region === 'uk') {
    const [bankName, sort] = prng.pick(ukBanks);
    return { bankName, accountNumber: `${sort}-${prng.digits(2)}-${prng.digits(2)} ${prng.digits(8)}` };
  }
  const [bankName, routing] = prng.pick(usBanks);
  return { bankName, accountNumber: `${routing} ${prng.digits(10)}` };
}

const needsBank = (method: Account['paymentMethod']) => method === 'direct_debit' || method === 'bank_transfer';

/** Payments of the paid bills: on the billing day after each period, a top-up rounded up for prepaid. */
function paymentsFor(prng: Prng, account: Account, anchorMs: number): Payment[] {
  return account.bills
    .filter((b) => b.paid)
    .map((b) => {
      const [y, m] = b.period.split('-').map(Number) as [number, number];
      const at = Math.min(anchorMs - 3_600_000, Date.UTC(y, m, account.billingDay) + prng.int(0, 5 * 24 * 60) * 60_000);
      const amount = account.paymentMethod === 'prepaid_topup' ? Math.ceil(b.amount / 50) * 50 : b.amount;
      return { at: new Date(at).toISOString(), amount, method: account.paymentMethod };
    })
    .sort((a, b) => (a.at < b.at ? 1 : -1));
}

/** SMS a plan includes: a Chinese plan by its fee, an English-speaking one unlimited (as its minutes). */
function smsIncluded(plan: Plan | undefined, region: Region): number {
  if (!plan) return 0;
  if (region !== 'cn') return plan.voiceMinutes;
  return plan.monthlyFee >= 198 ? 200 : plan.monthlyFee >= 58 ? 100 : 50;
}

export interface AccountsInput {
  customerNo: string;
  region: Region;
  segment: CustomerSegment;
  /** The account the original stream drew (its last three bills, newest first): kept as the main account. */
  main: Account;
  subscriptions: Subscription[];
  plans: readonly Plan[];
  anchorMs: number;
}

/**
 * A customer's accounts and lines as a BOSS keeps them: the main account (as first drawn, now with six
 * bills, bank details where the payment method needs them, and payments); a family may have a second
 * account, a business two or three (departments); every line bills to one of them and carries its plan's
 * allowances and this month's SMS.
 */
export function customerAccounts(prng: Prng, input: AccountsInput): { accounts: SeedAccount[]; subscriptions: SeedSubscription[] } {
  const { customerNo, region, segment, main, subscriptions, plans, anchorMs } = input;
  const names = accountNames[region === 'cn' ? 'cn' : 'en'];
  const lines = subscriptions.length;
  const count = segment === 'enterprise' ? Math.min(lines, prng.int(2, 3)) : segment === 'family' && lines >= 2 && prng.chance(0.5) ? 2 : 1;
  const feeOf = (s: Subscription) => plans.find((p) => p.planId === s.planId)?.monthlyFee ?? 0;
  const scale = region === 'cn' ? 1 : 0.15;

  // Line i < count opens account i, so no account is left without a line; the rest go anywhere.
  const accountOf = subscriptions.map((_s, i) => (i < count ? i : prng.int(0, count - 1)));
  const accounts: Account[] = [];
  for (let a = 0; a < count; a++) {
    if (a === 0) {
      const older = [4, 5, 6].map((back) => ({ period: period(anchorMs, back), amount: round2((main.bills[2]?.amount ?? 0) + prng.float(-15, 15) * scale), paid: true }));
      accounts.push({ ...main, bills: [...main.bills, ...older.map((b) => ({ ...b, amount: Math.max(0, b.amount) }))] });
      continue;
    }
    const monthly = subscriptions.filter((_s, i) => accountOf[i] === a).reduce((sum, s) => sum + feeOf(s), 0);
    const inArrears = prng.chance(0.1);
    const bills = [1, 2, 3, 4, 5, 6].map((back, i) => ({ period: period(anchorMs, back), amount: round2(monthly + prng.float(0, 40 * scale)), paid: !(inArrears && i === 0) }));
    accounts.push({
      accountId: `acc-${customerNo}-${a + 1}`,
      currency: main.currency,
      balance: inArrears ? 0 : round2(prng.float(0, region === 'cn' ? 300 : 40)),
      arrears: inArrears ? bills[0]!.amount : 0,
      creditLimit: main.creditLimit,
      paymentMethod: region === 'cn' ? prng.pick(['bank_transfer', 'direct_debit', 'alipay'] as const) : prng.pick(['direct_debit', 'card'] as const),
      billingDay: main.billingDay,
      bills,
    });
  }
  const seedAccounts: SeedAccount[] = accounts.map((account, a) => ({
    ...account,
    name: count === 1 ? names.single : (segment === 'enterprise' ? names.enterprise : names.family)[a] ?? names.single,
    bank: needsBank(account.paymentMethod) ? bankFor(prng, region) : null,
    payments: paymentsFor(prng, account, anchorMs),
  }));
  const seedSubscriptions: SeedSubscription[] = subscriptions.map((s, i) => {
    const plan = plans.find((p) => p.planId === s.planId);
    const sms = smsIncluded(plan, region);
    return {
      ...s,
      accountId: seedAccounts[accountOf[i]!]!.accountId,
      smsUsed: s.status === 'active' ? prng.int(0, Math.min(sms, 150)) : 0,
      allowance: { dataGb: plan?.dataGb ?? 0, voiceMinutes: plan?.voiceMinutes ?? 0, sms },
    };
  });
  return { accounts: seedAccounts, subscriptions: seedSubscriptions };
}
