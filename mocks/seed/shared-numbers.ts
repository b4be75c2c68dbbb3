import type { Prng } from './prng';
import type { SeedCustomer } from './seed-customer';

/**
 * Numbers several customers answer to (so a screen pop may find several and must let the agent choose):
 * a family member who registered the family line as their contact number, an employee the company line.
 * Drawn while streaming, from the customers just generated: nothing is held but a short window.
 */

/** Named ones for tests and demos: [holder, which of its lines, customers that registered it]. */
export const showcaseSharedLines: readonly (readonly [holder: string, line: number, sharers: readonly string[]])[] = [
  // Family: 王雪's second line is also her relative's registered contact number.
  ['c-cn-0005', 1, ['c-cn-0006']],
  // Enterprise: a line of 梁军's company, registered by two employees.
  ['c-cn-0010', 1, ['c-cn-0011', 'c-cn-0012']],
  ['c-intl-0002', 1, ['c-intl-0003']],
];

export const RECENT_WINDOW = 16;

export function sharedContactNumbers(prng: Prng, customer: Pick<SeedCustomer, 'customerId' | 'tenant' | 'segment'>, recent: readonly SeedCustomer[]): string[] {
  const named = showcaseSharedLines.filter(([, , sharers]) => sharers.includes(customer.customerId));
  const roll = prng.next();
  if (named.length) {
    return named.flatMap(([holder, line]) => {
      const number = recent.find((c) => c.customerId === holder)?.subscriptions[line]?.msisdn;
      return number ? [number] : [];
    });
  }
  if (customer.segment === 'family' || customer.segment === 'enterprise' || roll >= 0.05) return [];
  const holders = recent.filter((c) => c.tenant === customer.tenant && (c.segment === 'family' || c.segment === 'enterprise') && c.subscriptions.length > 0);
  if (!holders.length) return [];
  const holder = prng.pick(holders);
  return [prng.pick(holder.subscriptions).msisdn];
}
