import type { SoftphonePort } from '../port/softphone-port';
import type { SipJsSoftphoneOptions } from './sip-js-softphone';

/**
 * The only entry the app may import: sip.js (~250 kB) stays out of the main bundle and is
 * fetched when the desktop first needs a real phone.
 */
export async function createSipJsSoftphone(options: SipJsSoftphoneOptions = {}): Promise<SoftphonePort> {
  const [{ SipJsSoftphone }, sipJs] = await Promise.all([
    import('./sip-js-softphone'),
    options.sipJs ?? import('./real-sip-js').then((m) => m.realSipJs),
  ]);
  return new SipJsSoftphone({ ...options, sipJs });
}
