import { useEffect } from 'react';
import { useSoftphone } from '@/features/softphone/hooks/use-softphone';
import { loadScreenPop } from './screen-pop-registration';

/**
 * The rule "a call that ends unanswered leaves no contact behind": an inbound call that leaves the phone
 * without having been answered (rejected, cancelled, missed) drops its pop, whether an offer or the phone
 * itself popped it (screen-pop.ts `dropUnansweredCall`). A call cleared without ending (the phone reset)
 * is left alone: nobody knows how it ended.
 */
export function useUnansweredCallDrop(): void {
  const { store } = useSoftphone();

  useEffect(() => {
    const live = new Map<string, string>();
    const check = () => {
      const { calls, recent } = store.getState();
      for (const [callId, from] of live) {
        if (calls[callId]) continue;
        live.delete(callId);
        const ended = recent.find((r) => r.callId === callId);
        if (!ended || ended.answeredAt !== null) continue;
        void loadScreenPop().then((flow) => flow.dropUnansweredCall({ callId, from }, Date.now()));
      }
      for (const call of Object.values(calls)) {
        if (call.direction === 'inbound') live.set(call.callId, call.remoteNumber);
      }
    };
    check();
    return store.subscribe(check);
  }, [store]);
}
