import { useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AgentStateChange, NotReadyReason } from '@/contract/schemas/agent-state';
import { agentStateQueryOptions } from '@/features/session/api/get-agent-state';
import { useSetAgentState } from '@/features/session/api/set-agent-state';
import type { RegistrationState } from '@/features/softphone/port/softphone-port';

/**
 * The phone's own system reasons. The server's `missed_offer` is not one: a seat Not ready for a missed
 * offer when the phone drops is restored to it once the phone is back, like a reason the agent chose.
 */
const phoneReasons = ['phone_unregistered', 'no_microphone'] as const satisfies readonly NotReadyReason[];
type SystemReason = (typeof phoneReasons)[number];

function isSystemReason(reason: NotReadyReason | null): reason is SystemReason {
  return !!reason && (phoneReasons as readonly string[]).includes(reason);
}

/**
 * While the phone cannot take a call (unregistered, or no microphone) the seat is put Not ready with a
 * system reason, so the router sends nothing to a dead phone; once it can again, the state the agent
 * had chosen comes back. Runs in the tab that owns the phone only.
 */
export function usePhoneDrivenAgentState() {
  const queryClient = useQueryClient();
  const { mutate } = useSetAgentState();
  const restoreTo = useRef<AgentStateChange | null>(null);
  const problems = useRef({ phone: false, microphone: false });
  // 'unregistered' before the first registration is start-up, not an outage: the seat is not touched then.
  const everRegistered = useRef(false);

  return useMemo(() => {
    const currentState = () => queryClient.fetchQuery(agentStateQueryOptions());

    const goDown = async (reason: SystemReason) => {
      const state = await currentState().catch(() => null);
      if (!state || (state.status === 'not_ready' && state.reason === reason)) return;
      if (!(state.status === 'not_ready' && isSystemReason(state.reason))) {
        // Only what the agent can choose is restored; busy/offline are the server's to set.
        restoreTo.current = state.status === 'ready' || state.status === 'after_call_work' || state.status === 'not_ready' ? { status: state.status, reason: state.reason } : null;
      }
      mutate({ status: 'not_ready', reason });
    };

    const goUp = async () => {
      if (problems.current.phone) return goDown('phone_unregistered');
      if (problems.current.microphone) return goDown('no_microphone');
      const state = await currentState().catch(() => null);
      if (!state || state.status !== 'not_ready' || !isSystemReason(state.reason)) return;
      mutate(restoreTo.current ?? { status: 'not_ready', reason: null });
      restoreTo.current = null;
    };

    return {
      onRegistrationChange(state: RegistrationState) {
        if (state === 'registered') {
          everRegistered.current = true;
          problems.current.phone = false;
          void goUp();
        } else if (state === 'failed' || everRegistered.current) {
          problems.current.phone = true;
          void goDown('phone_unregistered');
        }
      },
      onMicrophoneProblem(code: string | null) {
        problems.current.microphone = !!code;
        void (code ? goDown('no_microphone') : goUp());
      },
    };
  }, [queryClient, mutate]);
}
