import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import Phone from '@mui/icons-material/Phone';
import PhoneDisabled from '@mui/icons-material/PhoneDisabled';
import SyncProblem from '@mui/icons-material/SyncProblem';
import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import { Hint } from '@/components/hint';
import { useTranslation } from 'react-i18next';
import type { RegistrationState } from '../port/softphone-port';
import { useSoftphoneState } from '../hooks/use-softphone';

const ICONS: Record<RegistrationState, typeof Phone> = {
  registered: Phone,
  registering: HourglassEmpty,
  unregistered: PhoneDisabled,
  failed: SyncProblem,
};

const COLORS: Record<RegistrationState, string> = {
  registered: 'success.main',
  registering: 'warning.main',
  unregistered: 'text.secondary',
  failed: 'error.main',
};

/** Compact top-bar indicator of the phone's registration; the full sentence is its accessible name. */
export function SoftphoneStatus() {
  const { t } = useTranslation('softphone');
  const registration = useSoftphoneState((s) => s.registration);
  const mirror = useSoftphoneState((s) => s.tabRole === 'mirror');
  const Icon = ICONS[registration];
  const label = t(mirror ? 'status.label_mirror' : 'status.label', { state: t(`status.state.${registration}`) });
  return (
    <Hint title={mirror ? `${label} — ${t('status.mirror_hint')}` : label}>
      <Box
        role="status"
        aria-label={label}
        tabIndex={0}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, minHeight: 24, px: 0.75, borderRadius: 1, color: COLORS[registration] }}
      >
        <Icon fontSize="small" aria-hidden />
        <Typography variant="caption" sx={{ fontWeight: 600, color: 'inherit' }} aria-hidden>
          {t(`status.short.${registration}`)}
        </Typography>
      </Box>
    </Hint>
  );
}
