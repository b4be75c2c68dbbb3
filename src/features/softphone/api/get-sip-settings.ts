import { getSipSettings, type SipSettings } from '@/contract/http/sip-settings';
import { api } from '@/lib/api-client';

/**
 * This seat's SIP settings, fetched fresh at every registration (credentials may rotate), so not
 * cached in TanStack Query. Pass it to SoftphoneProvider as `fetchSettings`.
 */
export function fetchSipSettings(): Promise<SipSettings> {
  return api(getSipSettings);
}
