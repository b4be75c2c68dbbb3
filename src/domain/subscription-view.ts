import type { Subscription } from '@/contract/schemas/customer';
import type { SubscriptionView } from '@/contract/schemas/customer-view';
import { maskNumber } from './mask-pii';

/** A line as a store keeps it: the contract's subscription, the account it bills to, what it includes. */
export interface SubscriptionRecord extends Subscription {
  accountId: string;
  smsUsed: number;
  allowance: { dataGb: number; voiceMinutes: number; sms: number };
}

export function subscriptionView(sub: SubscriptionRecord): SubscriptionView {
  const { msisdn, allowance, accountId, smsUsed, ...rest } = sub;
  return {
    ...rest,
    msisdnMasked: maskNumber(msisdn),
    accountId,
    dataGb: allowance.dataGb,
    voiceMinutes: allowance.voiceMinutes,
    smsUsed,
    smsIncluded: allowance.sms,
  };
}
