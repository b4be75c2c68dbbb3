import { afterAll, beforeAll, describe } from 'vitest';
import { setupServer } from 'msw/node';
import { cookieTarget } from '@/testing/contract-suite/cookie-target';
import { runContractSuite } from '@/testing/contract-suite/run-contract-suite';
import { handlers } from './handlers';

// The contract suite against the MSW handlers, through HTTP and the socket only (as against the BFF).
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('contract suite: MSW mocks', () => {
  // jsdom's WebSocket cannot carry headers; mock mode's socket goes by the CSRF token in hello.
  runContractSuite(() => cookieTarget('msw', location.origin, (url) => new WebSocket(url)));
});
