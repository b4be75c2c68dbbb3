import { stateOnMissedOffer } from '@/domain/agent-state-machine';
import { applyAgentState } from './agent-state-service';
import type { BffDeps } from './bff-deps';
import { expireDueOffers } from './conversation-offers';
import { kickRouting } from './conversation-routing';

/**
 * Offers whose time ran out lapse (each a pass), then each seat that let one lapse goes Not ready for the
 * missed offer (src/domain's stateOnMissedOffer; pending while Busy): audited, announced, and its other
 * offers withdrawn. Routing runs after the seats are marked, so it does not offer more to a seat whose
 * agent is away. Answers how many seats missed an offer.
 */
export async function lapseDueOffers(deps: BffDeps): Promise<number> {
  const missedBy = await expireDueOffers(deps);
  if (missedBy.length === 0) return 0;
  const now = deps.now();
  for (const agentId of missedBy) await applyAgentState(deps, agentId, (current) => stateOnMissedOffer(current, now), 'missed_offer');
  await kickRouting(deps);
  return missedBy.length;
}
