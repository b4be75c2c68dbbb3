import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CallMade from '@mui/icons-material/CallMade';
import CallMissed from '@mui/icons-material/CallMissed';
import CallReceived from '@mui/icons-material/CallReceived';
import Redo from '@mui/icons-material/Redo';
import DeleteSweep from '@mui/icons-material/DeleteSweep';
import { Hint } from '@/components/hint';
import { useTranslation } from 'react-i18next';
import { useSoftphone, useSoftphoneState } from '../hooks/use-softphone';
import { maskCaller } from '../lib/mask-caller';
import type { RecentCall } from '../stores/softphone-store';

function kind(call: RecentCall): 'inbound' | 'outbound' | 'missed' {
  if (call.direction === 'outbound') return 'outbound';
  return call.answeredAt == null ? 'missed' : 'inbound';
}

const ICONS = { inbound: CallReceived, outbound: CallMade, missed: CallMissed };

/**
 * The last 50 calls of this browser (persisted), newest first, each with Redial. Numbers are shown masked,
 * in the Redial button's name too; the entry keeps the whole number, which is what Redial dials.
 */
export function RecentCallsList() {
  const { t, i18n } = useTranslation('softphone');
  const { controller, store } = useSoftphone();
  const recent = useSoftphoneState((s) => s.recent);
  const canDial = useSoftphoneState((s) => s.registration === 'registered');
  const time = new Intl.DateTimeFormat(i18n.language, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const titleId = 'softphone-recent-title';

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Typography id={titleId} variant="caption" component="h3" color="text.secondary" sx={{ fontWeight: 600, flex: 1 }}>
          {t('recent.title')}
        </Typography>
        {recent.length > 0 && (
          <Hint title={t('recent.clear')}>
            <IconButton aria-label={t('recent.clear')} onClick={() => store.getState().clearRecent()}>
              <DeleteSweep fontSize="small" />
            </IconButton>
          </Hint>
        )}
      </Box>
      {recent.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('recent.empty')}
        </Typography>
      ) : (
        <Box component="ul" aria-labelledby={titleId} sx={{ listStyle: 'none', m: 0, p: 0, maxHeight: 240, overflow: 'auto' }}>
          {recent.map((call) => {
            const k = kind(call);
            const Icon = ICONS[k];
            const caller = maskCaller(call.number, call.displayName);
            return (
              <Box component="li" key={call.callId} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, py: 0.25 }}>
                <Icon fontSize="small" color={k === 'missed' ? 'error' : 'action'} titleAccess={t(`recent.${k}`)} />
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="body2" noWrap sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {caller.name ? `${caller.name} · ${caller.number}` : caller.number}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {time.format(call.startedAt)}
                  </Typography>
                </Box>
                <Hint title={t('recent.redial', { number: caller.number })}>
                  <span>
                    <IconButton aria-label={t('recent.redial', { number: caller.number })} disabled={!canDial} onClick={() => void controller.dial(call.number)}>
                      <Redo fontSize="small" />
                    </IconButton>
                  </span>
                </Hint>
              </Box>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
