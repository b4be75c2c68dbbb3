import type { SoftphonePort } from '../port/softphone-port';
import type { SipJsSoftphoneOptions } from './sip-js-softphone';

/**
 * The only entry the app may import: sip.js (~250 kB) stays out of the main bundle and is
 * fetched when the desktop first needs a real phone.
 */
export async function createSipJsSoftphone(options: SipJsSoftphoneOptions = {}): Promise<SoftphonePort> {
  const { SipJsSoftphone } = await import('./sip-js-softphone');
  return new SipJsSoftphone(options);
}
