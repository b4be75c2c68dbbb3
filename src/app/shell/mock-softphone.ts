import type { User } from '@/contract/schemas/identity';
import { createFakeSoftphone, type FakeSoftphone } from '@/features/softphone/port/fake-softphone';
import { ringFakeOnVoiceOffers } from '@/features/softphone/port/ring-fake-on-voice-offers';
import { mockControls } from '@mocks/mock-controls';

declare global {
  interface Window {
    /** Mock mode only: the fake phone, so tests and people can make the far end act (hang up, fail). */
    __zuoxiPhone?: FakeSoftphone;
  }
}

let fake: FakeSoftphone | null = null;
let unsubscribe: (() => void) | null = null;

/**
 * Mock mode's phone: the fake port, rung by the scenario controls' voice offers to this seat.
 * Loaded only in mock builds (a dynamic import behind the build-time mock flag).
 */
export function getMockSoftphone(user: User): FakeSoftphone {
  if (!fake) {
    fake = createFakeSoftphone();
    window.__zuoxiPhone = fake;
  }
  unsubscribe?.();
  unsubscribe = ringFakeOnVoiceOffers(fake, (listener) => mockControls.onVoiceOffer(listener), user.id);
  return fake;
}
