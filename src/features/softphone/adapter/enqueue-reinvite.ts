import type { Leg } from './call-leg';

/** Re-INVITEs on one dialog run one at a time (sip.js refuses a second while one is pending). */
export function enqueueReinvite(leg: Pick<Leg, 'reinvites'>, run: () => Promise<void>): Promise<void> {
  const next = leg.reinvites.then(run, run);
  leg.reinvites = next.catch(() => undefined);
  return next;
}
