import type { Account } from '@/contract/schemas/customer';
import type { AccountView, Payment } from '@/contract/schemas/customer-view';
import { maskBankAccount, maskNumber, type BankAccount } from './mask-pii';

/** An account as a store keeps it: the contract's account with its name, bank details and payments. */
export interface AccountRecord extends Account {
  name: string;
  /** Where direct debits and transfers come from; null when the payment method needs none. */
  bank: BankAccount | null;
  payments: Payment[];
}

export const BILLS_SHOWN = 6;

/**
 * An account's section: the last six bills oldest first (a chart reads left to right), payments newest
 * first, the bank and the numbers billed to it masked.
 */
export function accountView(account: AccountRecord, subscriptions: readonly { accountId: string; msisdn: string }[]): AccountView {
  const bills = [...account.bills].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)).slice(-BILLS_SHOWN);
  return {
    accountId: account.accountId,
    name: account.name,
    currency: account.currency,
    balance: account.balance,
    arrears: account.arrears,
    creditLimit: account.creditLimit,
    paymentMethod: account.paymentMethod,
    billingDay: account.billingDay,
    bankAccountMasked: account.bank ? maskBankAccount(account.bank) : null,
    bills: bills.map((b) => ({ ...b })),
    payments: [...account.payments].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
    numbersMasked: subscriptions.filter((s) => s.accountId === account.accountId).map((s) => maskNumber(s.msisdn)),
  };
}
