import { useTranslation } from 'react-i18next';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { AgentState, AgentStateChange, NotReadyReason } from '@/contract/schemas/agent-state';
import { StatusDot } from './status-dot';

export interface AgentStateMenuProps {
  anchor: HTMLElement | null;
  state: AgentState | undefined;
  readyBlockedReason: string | null;
  /** The reasons an agent may pick (the system ones are set by the desktop alone). */
  reasons: readonly NotReadyReason[];
  onChoose: (change: AgentStateChange) => void;
  onClose: () => void;
}

/** The states an agent can pick; loaded apart from the top bar (see AgentStateControl). */
export function AgentStateMenu({ anchor, state, readyBlockedReason, reasons, onChoose, onClose }: AgentStateMenuProps) {
  const { t } = useTranslation('session');
  // During a call the choice waits for its end (the server keeps it); what is chosen shows as selected.
  const busy = state?.status === 'busy';
  const chosen = busy ? (state.pending ?? { status: 'ready' as const, reason: null }) : state;
  return (
    <Menu anchorEl={anchor} open={!!anchor} onClose={onClose} slotProps={{ list: { dense: true, 'aria-label': t('state.menu_label') } }}>
      {busy && (
        <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: 1.4, py: 0.75, maxWidth: 260 }}>
          {t('state.after_this_call')}
        </ListSubheader>
      )}
      <MenuItem selected={chosen?.status === 'ready'} disabled={!!readyBlockedReason} onClick={() => onChoose({ status: 'ready' })}>
        <StatusDot status="ready" />
        <ListItemText primary={t('status.ready')} secondary={readyBlockedReason} />
      </MenuItem>
      <Divider />
      {/* Transparent: the plain paper colour would show as a band across the raised menu in dark mode. */}
      <ListSubheader disableSticky sx={{ bgcolor: 'transparent' }}>
        {t('status.not_ready')}
      </ListSubheader>
      {reasons.map((reason) => (
        <MenuItem key={reason} selected={chosen?.status === 'not_ready' && chosen.reason === reason} onClick={() => onChoose({ status: 'not_ready', reason })}>
          <StatusDot status="not_ready" />
          <ListItemText>{t('state.with_reason', { status: t('status.not_ready'), reason: t(`reasons.${reason}`) })}</ListItemText>
        </MenuItem>
      ))}
      <Divider />
      <MenuItem selected={state?.status === 'after_call_work'} disabled={busy} onClick={() => onChoose({ status: 'after_call_work' })}>
        <StatusDot status="after_call_work" />
        <ListItemText>{t('status.after_call_work')}</ListItemText>
      </MenuItem>
    </Menu>
  );
}
