// @vitest-environment node
import { afterAll, beforeAll, describe } from 'vitest';
import { runContractSuite } from '@/testing/contract-suite/run-contract-suite';
import type { RunningBff } from '../server/start-bff';
import { bffTarget, startTestBff } from './start-test-bff';

// The same scenarios as mocks/contract-suite.test.ts, against the real server over HTTP and WebSocket.
let bff: RunningBff;
beforeAll(async () => {
  bff = await startTestBff();
}, 60_000);
afterAll(async () => {
  await bff?.close();
});

describe(`contract suite: BFF on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  runContractSuite(() => bffTarget(bff));
});
