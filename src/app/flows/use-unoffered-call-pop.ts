import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSoftphone } from '@/features/softphone/hooks/use-softphone';
import { loadScreenPop, screenPopDeps } from './screen-pop-registration';

/** How long a ringing call waits for its offer (the offer and the INVITE race) before it pops by itself. */
export const OFFER_GRACE_MS = 1000;

/**
 * The rule "a call that reaches the phone without an offer pops by its caller number all the same": each
 * new inbound ringing call gives its offer a moment to arrive; a call nobody offered is popped and
 * registered as a contact (screen-pop.ts `popCall`).
 */
export function useUnofferedCallPop(graceMs = OFFER_GRACE_MS): void {
  const { store } = useSoftphone();
  const queryClient = useQueryClient();

  useEffect(() => {
    const seen = new Set<string>();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const check = () => {
      for (const call of Object.values(store.getState().calls)) {
        if (call.direction !== 'inbound' || call.state !== 'ringing' || seen.has(call.callId)) continue;
        seen.add(call.callId);
        const input = { callId: call.callId, from: call.remoteNumber };
        if (!input.from) continue;
        const timer = setTimeout(() => {
          timers.delete(timer);
          void loadScreenPop().then((flow) => {
            // Ended meanwhile (rejected or cancelled while the offer had its moment): nothing to pop.
            if (!store.getState().calls[input.callId]) return;
            if (!flow.claimOfferForCall(input, Date.now())) void flow.popCall(screenPopDeps(queryClient), input);
          });
        }, graceMs);
        timers.add(timer);
      }
    };
    check();
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [store, queryClient, graceMs]);
}
