import Chip, { type ChipProps } from '@mui/material/Chip';
import DotIcon from '@mui/icons-material/FiberManualRecord';
import { useTranslation } from 'react-i18next';
import type { RealtimeConnectionState } from '../realtime-status';
import { useRealtimeStatus } from '../use-realtime-status';

const colorOf: Record<RealtimeConnectionState, ChipProps['color']> = {
  connecting: 'default',
  open: 'success',
  reconnecting: 'warning',
  offline: 'error',
  closed: 'default',
};

/** The top bar's small chip telling the agent whether screen updates are live. */
export function ConnectionStatus() {
  const { t } = useTranslation('realtime');
  const { state, attempt } = useRealtimeStatus();
  const label =
    state === 'open'
      ? t('status.live')
      : state === 'reconnecting'
        ? attempt > 0
          ? t('status.reconnectingAttempt', { attempt })
          : t('status.reconnecting')
        : t(`status.${state}`);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colorOf[state]}
      icon={<DotIcon fontSize="small" />}
      label={label}
      data-state={state}
    />
  );
}
