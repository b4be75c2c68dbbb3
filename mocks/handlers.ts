import { auditHandlers } from './audit/handlers';
import { contactHandlers } from './contacts/handlers';
import { conversationHandlers } from './conversations/handlers';
import { conversationTestingHandlers } from './conversations/testing-handlers';
import { widgetHandlers } from './conversations/widget-handlers';
import { customerHandlers } from './customers/handlers';
import { realtimeHandlers } from './core/realtime-server';
import { sessionHandlers } from './session/handlers';
import { softphoneHandlers } from './softphone/handlers';
import { supervisorHandlers } from './supervisor/handlers';
import { systemHandlers } from './system/handlers';
import { testingHandlers } from './testing/handlers';

/** Every mock handler, HTTP and realtime, by feature; browser.ts and node.ts both start from this list. */
export const handlers = [...sessionHandlers, ...auditHandlers, ...customerHandlers, ...contactHandlers, ...conversationHandlers, ...widgetHandlers, ...conversationTestingHandlers, ...systemHandlers, ...supervisorHandlers, ...softphoneHandlers, ...testingHandlers, ...realtimeHandlers];
