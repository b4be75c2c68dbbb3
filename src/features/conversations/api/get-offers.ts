import { queryOptions, useQuery } from '@tanstack/react-query';
import { listOffers } from '@/contract/endpoints/conversations';
import type { ConversationOffer } from '@/contract/schemas/conversation';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

export const offersQueryOptions = () =>
  queryOptions({
    queryKey: conversationKeys.offers(),
    queryFn: ({ signal }) => api(listOffers, { signal }).then((r) => r.items),
    // Realtime keeps it current (conversation.offered / offer_withdrawn); a resync refetches.
    staleTime: Infinity,
  });

/** Conversations offered to this agent now, oldest first. */
export function useOffers() {
  return useQuery(offersQueryOptions());
}

export function sortOffers(offers: readonly ConversationOffer[]): ConversationOffer[] {
  return [...offers].sort((a, b) => a.waitingSince.localeCompare(b.waitingSince));
}
