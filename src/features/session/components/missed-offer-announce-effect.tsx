import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentState } from '@/contract/schemas/agent-state';
import { announce } from '@/lib/announce';

export interface MissedOfferAnnounceEffectProps {
  state: AgentState | undefined;
}

type Missed = 'now' | 'after_call' | null;

/** Whether the server put the seat Not ready for a lapsed offer: now, or once the call or wrap-up ends. */
function missedOf(state: AgentState): Missed {
  if (state.status === 'not_ready' && state.reason === 'missed_offer') return 'now';
  if ((state.status === 'busy' || state.status === 'after_call_work') && state.pending?.reason === 'missed_offer') return 'after_call';
  return null;
}

/**
 * Says once, assertively (the agent is likely away and must learn it on return), that a lapsed offer put
 * the seat Not ready; the top bar shows it from then on. Only a change seen in this tab is announced: the
 * state a page loads with (a reload) is not, and "pending after the call" then "Not ready" is one story.
 */
export function MissedOfferAnnounceEffect({ state }: MissedOfferAnnounceEffectProps) {
  const { t } = useTranslation('session');
  const seen = useRef<Missed | undefined>(undefined);
  const missed = state ? missedOf(state) : undefined;
  useEffect(() => {
    if (missed === undefined) return;
    const before = seen.current;
    seen.current = missed;
    if (before === null && missed) announce(t(missed === 'now' ? 'state.missed_offer' : 'state.missed_offer_after_call'), 'assertive');
  }, [missed, t]);
  return null;
}
