import { useMutation, useQueryClient } from '@tanstack/react-query';
import { verifyCaller } from '@/contract/endpoints/contacts';
import type { VerificationAttempt } from '@/contract/schemas/contact-view';
import { api } from '@/lib/api-client';
import { contactQueryOptions } from './get-contact';

/** One quick identity check; the contact's new state (verified, or attempts left) goes to the cache. */
export function useVerifyCaller(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attempt: VerificationAttempt) => api(verifyCaller, { params: { contactId }, body: attempt }),
    onSuccess: (contact) => queryClient.setQueryData(contactQueryOptions(contactId).queryKey, contact),
    // A wrong answer or a lock changed the attempts left: read them again.
    onError: () => void queryClient.invalidateQueries({ queryKey: contactQueryOptions(contactId).queryKey }),
  });
}
