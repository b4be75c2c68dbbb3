import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ExpandMore from '@mui/icons-material/ExpandMore';
import type { SectionId } from '../stores/section-layout-store';

export interface CustomerSectionProps {
  id: SectionId;
  /** A short figure beside the title (a count, a balance). */
  summary?: ReactNode;
  collapsed: boolean;
  onToggle: () => void;
  onMove: (by: -1 | 1) => void;
  /** Place in the agent's order, and how many sections there are. */
  index: number;
  count: number;
  children: ReactNode;
}

/**
 * One section of the customer view: its title folds it, two small arrows move it. The body loads and fails
 * on its own (see SectionBody); folding keeps nothing from loading, so unfolding is instant.
 */
export function CustomerSection({ id, summary, collapsed, onToggle, onMove, index, count, children }: CustomerSectionProps) {
  const { t } = useTranslation('customers');
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const first = index === 0;
  const last = index === count - 1;
  const move = (by: -1 | 1) => {
    onMove(by);
    // Moved to an end, the pressed arrow turns disabled and would drop focus: hand it to the other one.
    const other = by === -1 && index === 1 ? downRef : by === 1 && index === count - 2 ? upRef : null;
    if (other) requestAnimationFrame(() => other.current?.focus());
  };
  const title = t(`section.${id}`);
  const bodyId = `customer-section-${id}`;
  return (
    <Box component="section" aria-labelledby={`${bodyId}-title`} data-section={id} sx={{ borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minHeight: 32 }}>
        <Typography component="h4" variant="subtitle2" sx={{ flex: 1, minWidth: 0, m: 0 }}>
          <ButtonBase
            id={`${bodyId}-title`}
            onClick={onToggle}
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            sx={{ width: '100%', justifyContent: 'flex-start', gap: 0.5, py: 0.5, borderRadius: 0.5, font: 'inherit', fontWeight: 600, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
          >
            <ExpandMore aria-hidden fontSize="small" sx={{ transition: 'transform 120ms', transform: collapsed ? 'rotate(-90deg)' : 'none', color: 'text.secondary' }} />
            <span>{title}</span>
            {summary !== undefined && (
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5, fontWeight: 400, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {summary}
              </Typography>
            )}
          </ButtonBase>
        </Typography>
        <IconButton ref={upRef} aria-label={t('section.move_up', { section: title })} disabled={first} onClick={() => move(-1)} sx={{ color: 'text.secondary', width: 28, height: 28 }}>
          <ArrowUpward sx={{ fontSize: 16 }} />
        </IconButton>
        <IconButton ref={downRef} aria-label={t('section.move_down', { section: title })} disabled={last} onClick={() => move(1)} sx={{ color: 'text.secondary', width: 28, height: 28 }}>
          <ArrowDownward sx={{ fontSize: 16 }} />
        </IconButton>
      </Box>
      <Box id={bodyId} hidden={collapsed} sx={{ pb: 1 }}>
        {!collapsed && children}
      </Box>
    </Box>
  );
}
