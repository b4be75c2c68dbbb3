import { afterAll, beforeAll, describe } from 'vitest';
import { setupServer } from 'msw/node';
import { bearerTarget } from '@/testing/contract-suite/bearer-target';
import { runContractSuite } from '@/testing/contract-suite/run-contract-suite';
import { handlers } from './handlers';

// The contract suite against the MSW handlers, through HTTP and the socket only (as against the BFF).
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('contract suite: MSW mocks', () => {
  runContractSuite(() => bearerTarget('msw', location.origin));
});
