import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import { Hint } from '@/components/hint';
import { preloadable } from '@/components/preloadable';
import { agentNotReadyReasons, type AgentStateChange } from '@/contract/schemas/agent-state';
import { isApiError } from '@/lib/api-error';
import { formatDuration } from '@/lib/format-duration';
import { useNow } from '@/lib/use-now';
import { useAgentState } from '../api/get-agent-state';
import { useSetAgentState } from '../api/set-agent-state';
import { MissedOfferAnnounceEffect } from './missed-offer-announce-effect';
import { StatusDot } from './status-dot';

// The menu (and MUI's Menu, Popover and Modal under it) is not needed to paint the top bar.
const agentStateMenu = preloadable(() => import('./agent-state-menu').then((m) => m.AgentStateMenu));
const AgentStateMenu = agentStateMenu.Component;
export const preloadAgentStateMenu = agentStateMenu.preload;

export interface AgentStateControlProps {
  /** Why Ready cannot be chosen now (translated), e.g. the phone is offline; null when it can. */
  readyBlockedReason?: string | null;
}

/** The agent's own state (示闲 / 示忙 / 话后处理) with its timer, in the top bar. */
export function AgentStateControl({ readyBlockedReason = null }: AgentStateControlProps) {
  const { t } = useTranslation('session');
  const stateQuery = useAgentState();
  const setState = useSetAgentState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first open on, so later closes keep their transition.
  const [menuMounted, setMenuMounted] = useState(false);
  const now = useNow();

  const state = stateQuery.data;
  const choose = (change: AgentStateChange) => {
    setAnchor(null);
    setState.mutate(change);
  };

  if (stateQuery.isError && !state) {
    return (
      <Button color="inherit" size="small" startIcon={<ErrorOutline />} onClick={() => void stateQuery.refetch()}>
        {t('state.load_failed_retry')}
      </Button>
    );
  }

  // A seat starts the shift Not ready with no reason: say why rather than leave it bare.
  const reason = state?.status === 'not_ready' ? (state.reason ? t(`reasons.${state.reason}`) : t('state.signed_in')) : null;
  const current = state ? (reason ? t('state.with_reason', { status: t(`status.${state.status}`), reason }) : t(`status.${state.status}`)) : t('state.loading');
  // Chosen during a call, applied after it: say so where the agent looks for their state.
  const pending = state?.status === 'busy' && state.pending ? (state.pending.reason ? t(`reasons.${state.pending.reason}`) : t(`status.${state.pending.status}`)) : null;
  const label = pending ? t('state.then', { state: current, next: pending }) : current;
  const elapsed = state ? formatDuration((now - Date.parse(state.since)) / 1000) : '';
  const failure = setState.error;

  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <MissedOfferAnnounceEffect state={state} />
      <Button
        color="inherit"
        variant="outlined"
        size="small"
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        // The name starts with what the button shows (WCAG 2.5.3), so "Not ready" said or typed finds it.
        aria-label={state ? t('state.button_label', { state: label, elapsed }) : undefined}
        onClick={(e) => {
          setAnchor(e.currentTarget);
          setMenuMounted(true);
        }}
        disabled={!state}
        endIcon={<ArrowDropDown />}
        sx={{ borderColor: 'divider', minWidth: 0 }}
      >
        <StatusDot status={state?.status ?? 'offline'} />
        <span>{label}</span>{' '}
        <Typography component="span" variant="body2" sx={{ ml: 1, fontVariantNumeric: 'tabular-nums', opacity: 0.8 }}>
          {elapsed}
        </Typography>
      </Button>
      {failure && (
        <Hint title={t(isApiError(failure) ? `errors.${failure.code}` : 'errors.server_error', { defaultValue: t('errors.server_error') })}>
          <Typography role="alert" variant="caption" color="error" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <ErrorOutline fontSize="small" />
            {t('state.change_failed')}
          </Typography>
        </Hint>
      )}
      {menuMounted && <AgentStateMenu anchor={anchor} state={state} readyBlockedReason={readyBlockedReason} reasons={agentNotReadyReasons} onChoose={choose} onClose={() => setAnchor(null)} />}
    </Stack>
  );
}
