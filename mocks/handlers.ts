import { auditHandlers } from './audit/handlers';
import { contactHandlers } from './contacts/handlers';
import { customerHandlers } from './customers/handlers';
import { realtimeHandlers } from './core/realtime-server';
import { sessionHandlers } from './session/handlers';
import { softphoneHandlers } from './softphone/handlers';
import { supervisorHandlers } from './supervisor/handlers';
import { systemHandlers } from './system/handlers';
import { testingHandlers } from './testing/handlers';

/** Every mock handler, HTTP and realtime, by feature; browser.ts and node.ts both start from this list. */
export const handlers = [...sessionHandlers, ...auditHandlers, ...customerHandlers, ...contactHandlers, ...systemHandlers, ...supervisorHandlers, ...softphoneHandlers, ...testingHandlers, ...realtimeHandlers];
