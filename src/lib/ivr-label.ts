import type { TFunction } from 'i18next';

/**
 * What the agent reads for a code the IVR put on a contact (an intent, a queue id): its translated label,
 * else the code itself, which is still better than nothing for a queue or intent added after this build.
 * The softphone's incoming card and the customer panel's contact bar both show it, so the labels live in
 * common.json. The desktop has no list of queue names for an agent (only a team lead's overview carries
 * them), so the known queues are translated there like the intents. Where the server sent a name with the
 * code (a conversation offer names its queue as the centre set it up), that name is the better fallback.
 */
export function ivrLabel(t: TFunction, group: 'queues' | 'intents', code: string, fallback: string = code): string {
  // Only a plain word is looked up: "." or ":" in a code would be read as a key path or a namespace.
  if (!/^[\w-]+$/.test(code)) return fallback;
  return t(`ivr.${group}.${code}`, { ns: 'common', defaultValue: fallback });
}
