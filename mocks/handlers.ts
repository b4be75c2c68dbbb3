import { realtimeHandlers } from './core/realtime-server';
import { sessionHandlers } from './session/handlers';
import { softphoneHandlers } from './softphone/handlers';
import { supervisorHandlers } from './supervisor/handlers';
import { testingHandlers } from './testing/handlers';

/** Every mock handler, HTTP and realtime, by feature; browser.ts and node.ts both start from this list. */
export const handlers = [...sessionHandlers, ...supervisorHandlers, ...softphoneHandlers, ...testingHandlers, ...realtimeHandlers];
