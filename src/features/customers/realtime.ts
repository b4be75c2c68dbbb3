import type { RealtimeRegistration } from '@/realtime/realtime-registration';
import { contactKey } from './api/contact-key';
import { usePopStore } from './stores/pop-store';

/**
 * A contact in hand changed (linked, verified) in this tab, another tab or by another service: the cache
 * follows, so an identity check is never asked twice, and this tab's pop shows the customer it was linked to.
 */
export const registerCustomersRealtime: RealtimeRegistration = ({ client, queryClient }) =>
  client.on('contact.updated', ({ contact }) => {
    queryClient.setQueryData(contactKey(contact.contactId), contact);
    const pops = usePopStore.getState();
    const pop = pops.pops.find((p) => p.contactId === contact.contactId);
    if (pop && pop.customerId !== contact.customerId) {
      pops.patch(pop.key, contact.customerId ? { customerId: contact.customerId, status: 'matched' } : { customerId: null, status: 'unknown' });
    }
  });
