import { useTranslation } from 'react-i18next';
import { useSoftphoneState } from '@/features/softphone/hooks/use-softphone';
import type { SoftphoneState } from '@/features/softphone/stores/softphone-store';

/**
 * The rule "Ready needs a phone that can ring": with no microphone, or (in the tab that owns the phone) no
 * registration, Ready is refused and the agent is told why instead of missing calls.
 */
export function readyBlockedBy(phone: Pick<SoftphoneState, 'registration' | 'microphone' | 'tabRole'>): 'no_microphone' | 'phone_offline' | null {
  if (phone.microphone === 'denied' || phone.microphone === 'no_device') return 'no_microphone';
  // A mirror tab shows the owner's registration; it is not this tab's to judge.
  if (phone.tabRole === 'owner' && phone.registration !== 'registered') return 'phone_offline';
  return null;
}

/** Why Ready cannot be chosen now, translated; null when it can. */
export function useReadyBlockedReason(): string | null {
  const { t } = useTranslation('session');
  const reason = useSoftphoneState((s) => readyBlockedBy(s));
  return reason ? t(`ready_blocked.${reason}`) : null;
}
