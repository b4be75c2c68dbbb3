import { expireSessions } from '@mocks/core/sessions';
import { getMockDb } from '@mocks/core/mock-db';

/** Sessions: expire them to try the re-authentication dialog. */
export const sessionControls = {
  /** Expires every live session (or one user's); the next API call answers 401. Returns how many. */
  expireSession(userId?: string): number {
    return expireSessions(getMockDb(), userId);
  },
};
