import { nameKey } from '@/domain/name-keys';
import { LONG_HISTORY_CUSTOMER } from '@mocks/seed/contact-history';
import { streamSeed } from '@mocks/seed/stream-seed';

/**
 * For bench/customer.bench.mjs (bundled with the BFF): customers of the large dataset to open, as an agent
 * would know them — a calling number, a name as typed (a Chinese surname and the first character of the
 * given name; an English first name and the surname's first letters), an account. Every `every`-th
 * customer, and the one with 5,000 contacts. Prints JSON.
 */
const every = Number(process.argv[2] ?? 50);
const out: { tenant: string; customerId: string; msisdn: string; name: string; accountId: string }[] = [];
let i = 0;
for (const c of streamSeed({ size: 'large' }).customers) {
  if (i++ % every !== 0 && c.customerId !== LONG_HISTORY_CUSTOMER) continue;
  const key = nameKey(c.name);
  const name = c.tenant === 'cn' ? key.slice(0, 2) : key.slice(0, key.indexOf(' ') + 3);
  out.push({ tenant: c.tenant, customerId: c.customerId, msisdn: c.subscriptions[0]!.msisdn, name, accountId: c.accounts[0]!.accountId });
}
process.stdout.write(JSON.stringify(out));
