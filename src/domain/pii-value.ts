import type { PiiField } from '@/contract/schemas/pii';
import { DomainError } from './domain-error';
import { formatBankAccount, type BankAccount } from './mask-pii';
import { formatAddress, type PostalAddress } from './postal-address';

/** What a store must hold of a customer to reveal any of its personal data. */
export interface PiiSource {
  customerId: string;
  idNumber: string;
  address: PostalAddress;
  email: string | null;
  subscriptions: readonly { subscriptionId: string; msisdn: string }[];
  accounts: readonly { accountId: string; bank: BankAccount | null }[];
}

/**
 * The full value of one masked field. `subjectId` picks which: a subscription for a number, an account for
 * bank details; absent, the customer's main number or first account with bank details. Nothing there
 * (no email on file, an unknown subscription) is a 404, as for an unknown customer.
 */
export function piiValue(customer: PiiSource, field: PiiField, subjectId: string | null): string {
  const missing = () => new DomainError('not_found', `${customer.customerId} has no ${field}${subjectId ? ` for ${subjectId}` : ''}`);
  switch (field) {
    case 'msisdn': {
      const sub = subjectId === null ? customer.subscriptions[0] : customer.subscriptions.find((s) => s.subscriptionId === subjectId);
      if (!sub) throw missing();
      return sub.msisdn;
    }
    case 'bank_account': {
      const account = subjectId === null ? customer.accounts.find((a) => a.bank) : customer.accounts.find((a) => a.accountId === subjectId);
      if (!account?.bank) throw missing();
      return formatBankAccount(account.bank);
    }
    case 'id_number':
      if (subjectId !== null) throw missing();
      return customer.idNumber;
    case 'address':
      if (subjectId !== null) throw missing();
      return formatAddress(customer.address);
    case 'email':
      if (subjectId !== null || !customer.email) throw missing();
      return customer.email;
  }
}
