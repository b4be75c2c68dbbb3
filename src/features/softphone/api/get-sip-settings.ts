import { getSipSettings } from '@/contract/endpoints/softphone';
import { type SipSettings } from '@/contract/schemas/sip';
import { api } from '@/lib/api-client';

/**
 * This seat's SIP settings, fetched fresh at every registration (credentials may rotate), so not
 * cached in TanStack Query. Pass it to SoftphoneProvider as `fetchSettings`.
 */
export function fetchSipSettings(): Promise<SipSettings> {
  return api(getSipSettings);
}
