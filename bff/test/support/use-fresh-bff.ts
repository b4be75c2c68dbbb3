import { afterAll, beforeAll, beforeEach } from 'vitest';
import { resetBackend } from '@/contract/endpoints/testing';
import { call } from '@/testing/contract-suite/call';
import type { ContractTarget } from '@/testing/contract-suite/contract-target';
import type { RunningBff } from '../../server/start-bff';
import { bffTarget, startTestBff } from '../start-test-bff';

export interface FreshBff {
  bff: RunningBff;
  target: ContractTarget;
}

/**
 * One BFF for the test file, its data back to the seed before every test: the file's tests never see each
 * other's conversations. `onStart` hands the running server to the file once it is up.
 */
export function useFreshBff(onStart: (running: FreshBff) => void): void {
  let running: FreshBff | undefined;
  beforeAll(async () => {
    const bff = await startTestBff();
    running = { bff, target: bffTarget(bff) };
    onStart(running);
  }, 60_000);
  afterAll(async () => {
    await running?.bff.close();
  });
  beforeEach(async () => {
    await call(running!.target.anonymous(), resetBackend);
  });
}
