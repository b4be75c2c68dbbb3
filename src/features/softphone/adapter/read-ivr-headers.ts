import type { CallInfo } from '../port/softphone-port';

/** What the IVR collected, carried by the PBX as X-headers on the inbound INVITE. */
export function readIvrHeaders(getHeader: (name: string) => string | undefined): CallInfo['ivr'] {
  const intent = getHeader('X-Zuoxi-Intent')?.trim() || null;
  const queueId = getHeader('X-Zuoxi-Queue')?.trim() || null;
  const verifiedRaw = getHeader('X-Zuoxi-Verified')?.trim().toLowerCase();
  if (intent === null && queueId === null && verifiedRaw === undefined) return null;
  return { intent, queueId, verified: verifiedRaw === 'true' || verifiedRaw === 'yes' || verifiedRaw === '1' };
}
