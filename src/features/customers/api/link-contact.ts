import { useMutation, useQueryClient } from '@tanstack/react-query';
import { linkContact } from '@/contract/endpoints/contacts';
import { api } from '@/lib/api-client';
import { contactQueryOptions } from './get-contact';

export interface LinkInput {
  contactId: string;
  /** Null unlinks. */
  customerId: string | null;
}

export function linkContactTo({ contactId, customerId }: LinkInput) {
  return api(linkContact, { params: { contactId }, body: { customerId } });
}

/** Links the contact in hand to a customer, or unlinks it. */
export function useLinkContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkContactTo,
    onSuccess: (contact) => queryClient.setQueryData(contactQueryOptions(contact.contactId).queryKey, contact),
  });
}
