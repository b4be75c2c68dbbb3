import { useTranslation } from 'react-i18next';
import { useSoftphoneState } from '@/features/softphone/hooks/use-softphone';

/** Ready is refused while the phone could not ring: the agent is told why instead of missing calls. */
export function useReadyBlockedReason(): string | null {
  const { t } = useTranslation('session');
  const registration = useSoftphoneState((s) => s.registration);
  const microphone = useSoftphoneState((s) => s.microphone);
  const mirror = useSoftphoneState((s) => s.tabRole !== 'owner');
  if (microphone === 'denied' || microphone === 'no_device') return t('ready_blocked.no_microphone');
  // A mirror tab shows the owner's registration; it is not this tab's to judge.
  if (!mirror && registration !== 'registered') return t('ready_blocked.phone_offline');
  return null;
}
