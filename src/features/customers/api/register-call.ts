import { registerCall } from '@/contract/endpoints/contacts';
import { api } from '@/lib/api-client';

/** A call that reached the phone without an offer becomes a contact, so it can be linked and verified. */
export function registerUnofferedCall(callId: string, from: string) {
  return api(registerCall, { body: { callId, from } });
}
