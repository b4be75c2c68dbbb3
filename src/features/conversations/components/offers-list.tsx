import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import type { ConversationOffer } from '@/contract/schemas/conversation';
import { isApiError } from '@/lib/api-error';
import { announce } from '@/lib/announce';
import { useAcceptOffer, useRejectOffer } from '../api/answer-offer';
import { sortOffers, useOffers } from '../api/get-offers';
import { OfferCard } from './offer-card';

export interface OffersListProps {
  agentId: string | null;
  /** An accepted offer opens as the active conversation. */
  onAccepted: (conversationId: string) => void;
}

/** The conversations offered to this agent now, oldest first; each is accepted or declined with a reason. */
export function OffersList({ agentId, onAccepted }: OffersListProps) {
  const { t } = useTranslation('conversations');
  const offers = useOffers().data ?? [];
  const accept = useAcceptOffer(agentId);
  const reject = useRejectOffer();
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (offers.length === 0) return null;

  const failed = (offer: ConversationOffer, error: unknown) => {
    const code = isApiError(error) ? error.code : 'unexpected';
    const text = code === 'offer_gone' || code === 'capacity_full' ? t(`offers.error.${code}`) : t('offers.error.other');
    announce(text);
    setErrors((e) => ({ ...e, [offer.offerId]: text }));
  };

  return (
    <Box component="section" aria-label={t('offers.heading', { count: offers.length })} sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, mb: 1 }}>
      {sortOffers(offers).map((offer) => (
        <OfferCard
          key={offer.offerId}
          offer={offer}
          busy={(accept.isPending && accept.variables?.offerId === offer.offerId) || (reject.isPending && reject.variables?.offer.offerId === offer.offerId)}
          error={errors[offer.offerId] ?? null}
          onAccept={() =>
            accept.mutate(offer, {
              onSuccess: (conversation) => onAccepted(conversation.conversationId),
              onError: (error) => failed(offer, error),
            })
          }
          onReject={(reason) => reject.mutate({ offer, reason }, { onSuccess: () => announce(t('offers.declined')) })}
        />
      ))}
    </Box>
  );
}
