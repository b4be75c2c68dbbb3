import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';
import { ContactView, VerificationAttempt } from '../schemas/contact-view';

/** A contact in hand: its customer link and the caller's identity check (asked once, travels with it). */

const contactParams = z.object({ contactId: z.string().check(z.minLength(1), z.maxLength(200)) });

export const getContact = endpoint({
  id: 'contacts.get',
  summary: 'A contact: its customer link and whether the caller is verified',
  method: 'GET',
  path: '/api/contacts/:contactId',
  params: contactParams,
  response: ContactView,
  errors: { not_found: { status: 404, description: 'No such contact for this agent.' } },
});

export const verifyCaller = endpoint({
  id: 'contacts.verify',
  summary: "Check the caller's identity (last digits of the ID, a recent bill amount)",
  method: 'POST',
  path: '/api/contacts/:contactId/verification',
  params: contactParams,
  body: VerificationAttempt,
  response: ContactView,
  headers: { idempotencyKey: 'optional' },
  errors: {
    not_found: { status: 404, description: 'No such contact, or no customer linked to check against.' },
    verification_failed: { status: 422, details: z.object({ attemptsLeft: z.int() }), description: 'The answer did not match.' },
    verification_locked: { status: 409, description: 'No attempts left for this contact.' },
  },
});

export const linkContact = endpoint({
  id: 'contacts.link',
  summary: 'Link a contact to a customer (or unlink it: null)',
  method: 'PUT',
  path: '/api/contacts/:contactId/customer',
  params: contactParams,
  body: z.strictObject({ customerId: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))) }),
  response: ContactView,
  headers: { idempotencyKey: 'optional' },
  errors: { not_found: { status: 404, description: 'No such contact or customer.' } },
});

/**
 * A call that reached the softphone with no offer (dialled straight to the extension) becomes a contact
 * the same way, so it can be linked and verified: the desktop registers it by its call id and caller.
 */
export const registerCall = endpoint({
  id: 'contacts.register_call',
  summary: 'Register a call that arrived without an offer, so it can be linked and verified',
  method: 'POST',
  path: '/api/contacts/calls',
  body: z.strictObject({ callId: z.string().check(z.minLength(1), z.maxLength(200)), from: z.string().check(z.minLength(1), z.maxLength(128)) }),
  response: ContactView,
  headers: { idempotencyKey: 'optional' },
});
