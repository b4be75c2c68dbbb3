import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { acceptOffer, rejectOffer } from '@/contract/endpoints/conversations';
import type { ConversationOffer, RejectReason } from '@/contract/schemas/conversation';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';
import { upsertConversation } from './get-open-conversations';

export function removeOffer(queryClient: QueryClient, offerId: string): void {
  queryClient.setQueryData<ConversationOffer[]>(conversationKeys.offers(), (list) => list?.filter((o) => o.offerId !== offerId));
}

/** Accepts an offer: it leaves the offers and opens as a tab. */
export function useAcceptOffer(agentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (offer: ConversationOffer) => api(acceptOffer, { params: { offerId: offer.offerId }, idempotencyKey: `accept-${offer.offerId}` }),
    onSuccess: (conversation, offer) => {
      removeOffer(queryClient, offer.offerId);
      upsertConversation(queryClient, conversation, agentId);
      void queryClient.invalidateQueries({ queryKey: conversationKeys.settings() });
    },
    // Gone (expired, taken, the customer left) or no room: the offer is not this agent's to take any more.
    onError: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.offers() }),
  });
}

export interface RejectInput {
  offer: ConversationOffer;
  reason: RejectReason;
}

/** Declines an offer with a reason; it moves on to the next agent. */
export function useRejectOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ offer, reason }: RejectInput) => api(rejectOffer, { params: { offerId: offer.offerId }, body: { reason }, idempotencyKey: `reject-${offer.offerId}` }),
    onSettled: (_r, _e, { offer }) => removeOffer(queryClient, offer.offerId),
  });
}
