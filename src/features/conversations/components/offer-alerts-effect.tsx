import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '@/lib/announce';
import { setAttentionCount } from '@/lib/attention-badge';
import { setTitleBadge } from '@/lib/page-title';
import { useOffers } from '../api/get-offers';
import { useOpenConversations } from '../api/get-open-conversations';
import { playChime, unlockChimeOnFirstGesture } from '../lib/chime';
import { desktopInFront, showOfferNotification } from '../lib/offer-notification';
import { useNotifyPrefsStore } from '../stores/notify-prefs-store';

/** While an offer waits, the chime (and the notification when the desktop is not in front) come back this often. */
export const OFFER_REPEAT_MS = 30_000;

export interface OfferAlertsEffectProps {
  /** The conversation on screen: its unread messages are being read, not waiting. */
  activeId: string | null;
}

/**
 * What an offered conversation does besides its card: a chime, a desktop notification when the desktop
 * is not in front (or always, by the agent's choice), both repeated every 30 s while an offer waits; a
 * polite announcement; the count of offers and unread conversations in the tab title and on the favicon.
 */
export function OfferAlertsEffect({ activeId }: OfferAlertsEffectProps) {
  const { t } = useTranslation('conversations');
  const offersData = useOffers().data;
  const offers = useMemo(() => offersData ?? [], [offersData]);
  const open = useOpenConversations().data ?? [];
  const notifyAlways = useNotifyPrefsStore((s) => s.notifyAlways);
  const seen = useRef(new Set<string>());
  const closeNotification = useRef<(() => void) | null>(null);
  const unread = open.filter((c) => c.unread > 0 && c.conversationId !== activeId).length;

  useEffect(() => unlockChimeOnFirstGesture(), []);

  useEffect(() => {
    const parts = [offers.length ? t('title_badge.offers', { count: offers.length }) : null, unread ? t('title_badge.unread', { count: unread }) : null].filter(Boolean);
    setTitleBadge('conversations', parts.length ? parts.join(' · ') : null);
    setAttentionCount('conversations', offers.length + unread);
  }, [offers.length, unread, t]);
  useEffect(
    () => () => {
      setTitleBadge('conversations', null);
      setAttentionCount('conversations', 0);
    },
    [],
  );

  const count = offers.length;
  const newest = offers[offers.length - 1];
  const alert = useRef<() => void>(() => undefined);
  useEffect(() => {
    alert.current = () => {
      if (!newest) return;
      playChime();
      if (notifyAlways || !desktopInFront()) {
        closeNotification.current?.();
        const who = newest.customer.name ?? newest.customer.fromMasked;
        closeNotification.current = showOfferNotification(t('notification.title', { count }), t('notification.body', { channel: t(`channel.${newest.channel}`), who, preview: newest.preview }));
      }
    };
  });

  // A new offer: chime, notify, announce at once.
  useEffect(() => {
    let fresh = false;
    for (const offer of offers) {
      if (seen.current.has(offer.offerId)) continue;
      seen.current.add(offer.offerId);
      fresh = true;
      announce(t('offers.announce', { channel: t(`channel.${offer.channel}`), who: offer.customer.name ?? offer.customer.fromMasked }));
    }
    if (fresh) alert.current();
    const ids = new Set(offers.map((o) => o.offerId));
    for (const id of seen.current) if (!ids.has(id)) seen.current.delete(id);
  }, [offers, t]);

  // Still waiting: again every 30 s; none left, the notification goes.
  useEffect(() => {
    if (count === 0) {
      closeNotification.current?.();
      closeNotification.current = null;
      return;
    }
    const timer = setInterval(() => alert.current(), OFFER_REPEAT_MS);
    return () => clearInterval(timer);
  }, [count]);

  useEffect(() => () => closeNotification.current?.(), []);
  return null;
}
