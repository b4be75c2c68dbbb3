import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** MSW for Vitest: `server.listen({ onUnhandledRequest: 'error' })` in a setup file or a test. */
export const server = setupServer(...handlers);
