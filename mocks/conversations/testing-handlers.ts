import { customerLeaves, customerTypes, customerWrites, customerWritesIn, setConversationPolicy } from '@/contract/endpoints/testing';
import { handle } from '@mocks/core/handle';
import { conversationControls } from './controls';

/** The contract's test controls for the customer's side of conversations, over HTTP. */
export const conversationTestingHandlers = [
  handle(customerWritesIn, ({ body }) => conversationControls.injectConversation(body)),
  handle(customerWrites, ({ params, body }) => conversationControls.customerWrites(params.conversationId, body.text, body.html)),
  handle(customerTypes, ({ params, body }) => {
    conversationControls.customerTypes(params.conversationId, body.typing);
    return { ok: true as const };
  }),
  handle(customerLeaves, ({ params }) => {
    conversationControls.customerLeaves(params.conversationId);
    return { ok: true as const };
  }),
  handle(setConversationPolicy, ({ body }) => conversationControls.setConversationPolicy(body)),
];
