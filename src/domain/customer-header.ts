import type { CustomerHeader } from '@/contract/schemas/customer-view';
import type { IdType } from '@/contract/schemas/customer';
import type { Locale, Tenant } from '@/contract/schemas/identity';
import { customerFlags, flagFactsOf, type FlagSource } from './customer-flags';
import { maskAddress, maskEmail, maskIdNumber, maskNumber } from './mask-pii';
import type { PostalAddress } from './postal-address';

/** What a store must hold of a customer for its header. */
export interface HeaderSource extends FlagSource {
  customerId: string;
  tenant: Tenant;
  name: string;
  gender: 'female' | 'male';
  city: string;
  preferredLanguage: Locale;
  customerSince: string;
  idType: IdType;
  idNumber: string;
  address: PostalAddress;
  email: string | null;
  subscriptions: readonly { msisdn: string }[];
}

/** The header (who this is, level, flags), every personal field masked. */
export function customerHeader(customer: HeaderSource, now: number): CustomerHeader {
  const primary = customer.subscriptions[0]?.msisdn;
  return {
    customerId: customer.customerId,
    tenant: customer.tenant,
    name: customer.name,
    gender: customer.gender,
    level: customer.level,
    segment: customer.segment,
    city: customer.city,
    preferredLanguage: customer.preferredLanguage,
    customerSince: customer.customerSince,
    idType: customer.idType,
    idNumberMasked: maskIdNumber(customer.idType, customer.idNumber),
    addressMasked: maskAddress(customer.address),
    emailMasked: customer.email ? maskEmail(customer.email) : null,
    primaryNumberMasked: primary ? maskNumber(primary) : '',
    flags: customerFlags(flagFactsOf(customer), now),
  };
}
