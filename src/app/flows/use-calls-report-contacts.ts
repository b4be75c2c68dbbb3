import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { endContact, startContact } from '@/contract/endpoints/session';
import type { AgentState } from '@/contract/schemas/agent-state';
import { agentStateQueryOptions } from '@/features/session/api/get-agent-state';
import { useSoftphone } from '@/features/softphone/hooks/use-softphone';
import type { CallInfo } from '@/features/softphone/port/softphone-port';
import { api } from '@/lib/api-client';

/** A call is a contact from the moment it is the agent's (answered, or dialled); a ringing one is only offered. */
export function isHandled(call: CallInfo): boolean {
  return call.state !== 'ringing' && call.state !== 'ended';
}

/** What to tell the server: calls now handled that it does not know of, and known ones that are gone. */
export function contactChanges(known: ReadonlySet<string>, calls: Record<string, CallInfo>): { start: CallInfo[]; end: string[] } {
  const handled = Object.values(calls).filter(isHandled);
  return {
    start: handled.filter((call) => !known.has(call.callId)),
    end: [...known].filter((callId) => !handled.some((call) => call.callId === callId)),
  };
}

const RETRY_MS = 5_000;

/**
 * The rule "a call makes the seat Busy, its end starts after-call work": the tab that owns the phone tells
 * the server when each call starts and ends (the server runs the seat's state), and shows what it answers.
 * A report that fails is sent again; its Idempotency-Key makes a repeat harmless.
 */
export function useCallsReportContacts(): void {
  const { store } = useSoftphone();
  const queryClient = useQueryClient();

  useEffect(() => {
    // Call ids may repeat across page loads (the fake phone counts from 1): keys are this load's own.
    const run = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);
    const known = new Set<string>();
    const inFlight = new Set<string>();
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const show = (state: AgentState) => {
      const key = agentStateQueryOptions().queryKey;
      const current = queryClient.getQueryData(key);
      if (!current || current.version <= state.version) queryClient.setQueryData(key, state);
    };

    const send = (callId: string, request: () => Promise<AgentState>, done: () => void) => {
      inFlight.add(callId);
      request().then(
        (state) => {
          inFlight.delete(callId);
          done();
          show(state);
        },
        () => {
          inFlight.delete(callId);
          if (stopped) return;
          clearTimeout(retry);
          retry = setTimeout(sync, RETRY_MS);
        },
      );
    };

    function sync() {
      const { calls, tabRole } = store.getState();
      // A mirror tab sees the owner's calls; only the owner reports them, once.
      if (tabRole !== 'owner' || stopped) return;
      const { start, end } = contactChanges(known, calls);
      for (const call of start) {
        if (inFlight.has(call.callId)) continue;
        const body = { contactId: call.callId, channel: 'voice' as const, queueId: call.ivr?.queueId ?? null };
        send(call.callId, () => api(startContact, { body, idempotencyKey: `contact-start-${run}-${call.callId}` }), () => known.add(call.callId));
      }
      for (const callId of end) {
        if (inFlight.has(callId)) continue;
        send(callId, () => api(endContact, { params: { contactId: callId }, idempotencyKey: `contact-end-${run}-${callId}` }), () => known.delete(callId));
      }
    }

    sync();
    const unsubscribe = store.subscribe(sync);
    return () => {
      stopped = true;
      clearTimeout(retry);
      unsubscribe();
    };
  }, [store, queryClient]);
}
