import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { initialAgentState } from '@/domain/agent-state-machine';
import type { AgentState } from '@/contract/schemas/agent-state';
import { i18n } from '@/lib/i18n';
import { MissedOfferAnnounceEffect } from '../components/missed-offer-announce-effect';

// The live regions are announce()'s to fill (tested with it); here only what is said, and how often.
const announce = vi.hoisted(() => vi.fn());
vi.mock('@/lib/announce', () => ({ announce }));

const since = new Date(0).toISOString();
const ready = initialAgentState('agt-1001', 'ready', null, since);
const missed: AgentState = { ...ready, status: 'not_ready', reason: 'missed_offer', version: 2 };
const busy: AgentState = { ...ready, status: 'busy', contacts: ['c1'], version: 2 };
const busyMissed: AgentState = { ...busy, pending: { status: 'not_ready', reason: 'missed_offer' }, version: 3 };

/** Renders the effect with each state in turn (effects run within render), as the query would bring them. */
function showInTurn(...states: (AgentState | undefined)[]) {
  const view = render(<MissedOfferAnnounceEffect state={states[0]} />);
  for (const state of states.slice(1)) view.rerender(<MissedOfferAnnounceEffect state={state} />);
}

describe('MissedOfferAnnounceEffect', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  beforeEach(() => announce.mockClear());

  it('says once, assertively, that a lapsed offer put the seat Not ready', () => {
    showInTurn(undefined, ready, missed, { ...missed, version: 3 });
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith('An offer went unanswered, so you are now Not ready. Choose Ready when you are back.', 'assertive');
  });

  it('during a call says it applies after the call, and not again when it does', () => {
    showInTurn(busy, busyMissed, missed);
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith('An offer went unanswered: you will be Not ready after this call.', 'assertive');
  });

  it('says it again for the next missed offer, after the agent was back', () => {
    showInTurn(ready, missed, ready, missed);
    expect(announce).toHaveBeenCalledTimes(2);
  });

  it('says nothing for the state a page loads with', () => {
    showInTurn(undefined, missed);
    expect(announce).not.toHaveBeenCalled();
  });
});
