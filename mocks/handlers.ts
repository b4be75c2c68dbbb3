import { agentStateHandlers } from './handlers/agent-state';
import { sessionHandlers } from './handlers/session';
import { softphoneHandlers } from './handlers/softphone';
import { supervisorHandlers } from './handlers/supervisor';
import { realtimeHandlers } from './realtime/realtime-server';

/** Every mock handler, HTTP and realtime; browser.ts and node.ts both start from this list. */
export const handlers = [...sessionHandlers, ...agentStateHandlers, ...supervisorHandlers, ...softphoneHandlers, ...realtimeHandlers];
