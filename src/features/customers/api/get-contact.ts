import { queryOptions, useQuery } from '@tanstack/react-query';
import { getContact } from '@/contract/endpoints/contacts';
import { api } from '@/lib/api-client';
import { contactKey } from './contact-key';

export const contactQueryOptions = (contactId: string) =>
  queryOptions({
    queryKey: contactKey(contactId),
    queryFn: ({ signal }) => api(getContact, { signal, params: { contactId } }),
    // contact.updated keeps it current.
    staleTime: 5 * 60_000,
  });

/** A contact in hand: its customer link and whether the caller is verified. */
export function useContact(contactId: string | null) {
  return useQuery({ ...contactQueryOptions(contactId ?? ''), enabled: !!contactId });
}
