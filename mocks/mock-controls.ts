import { resetMockDb } from '@mocks/core/mock-db';
import { resetRealtime } from '@mocks/core/realtime-server';
import { resetScenario } from '@mocks/core/scenario-state';
import { contactControls } from '@mocks/contacts/controls';
import { conversationControls } from '@mocks/conversations/controls';
import { cancelDeliveryTimers } from '@mocks/conversations/deliver-later';
import { cancelOfferTimers } from '@mocks/conversations/route-conversations';
import { resetSendFaults } from '@mocks/conversations/send-faults';
import { noticeControls } from '@mocks/notices/controls';
import { scenarioControls } from '@mocks/scenario/controls';
import { cancelSettleTimers } from '@mocks/core/agent-states';
import { sessionControls } from '@mocks/session/controls';
import { supervisorControls } from '@mocks/supervisor/controls';

export type { InjectContactInput, OfferedContact, VoiceOffer } from '@mocks/contacts/controls';
export type { InjectConversationInput, LiveConversation } from '@mocks/conversations/controls';
export type { NoticeSeverity } from '@mocks/notices/controls';

/**
 * Drives the mock backend from tests (import it) and from the page (`window.__zuoxiMock`, the dev panel).
 * Each feature's mocks contribute their own controls; every method is synchronous and returns plain data,
 * so Playwright's `page.evaluate` can call it. Over HTTP the same controls are the contract's test endpoints.
 */
export const mockControls = {
  /** Fresh seed data, no sessions, no faults, no latency, sockets closed. In-page listeners stay. */
  reset(): void {
    cancelSettleTimers();
    cancelOfferTimers();
    cancelDeliveryTimers();
    resetSendFaults();
    resetRealtime();
    resetScenario();
    resetMockDb();
  },
  ...scenarioControls,
  ...sessionControls,
  ...contactControls,
  ...conversationControls,
  ...noticeControls,
  ...supervisorControls,
};

export type MockControls = typeof mockControls;
