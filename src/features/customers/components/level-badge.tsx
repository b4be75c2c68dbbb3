import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import type { CustomerLevel } from '@/contract/schemas/customer';

// Metal tones a little muted for a long shift; text contrast is checked by axe in both themes.
const tone: Record<CustomerLevel, { light: string; dark: string }> = {
  standard: { light: '#e6e9ee', dark: '#2c323a' },
  silver: { light: '#dfe3e8', dark: '#3a414a' },
  gold: { light: '#f6e7b8', dark: '#5a4a1a' },
  diamond: { light: '#dbe7fb', dark: '#20365c' },
};

export interface LevelBadgeProps {
  level: CustomerLevel;
  vip: boolean;
}

/** 普通 / 银卡 / 金卡 / 钻石, and VIP, as one compact badge beside the name. */
export function LevelBadge({ level, vip }: LevelBadgeProps) {
  const { t } = useTranslation('customers');
  return (
    <Box
      component="span"
      data-level={level}
      sx={(theme) => ({
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        px: 0.75,
        borderRadius: 0.75,
        fontSize: '0.75rem',
        fontWeight: 700,
        lineHeight: '20px',
        whiteSpace: 'nowrap',
        bgcolor: tone[level][theme.palette.mode],
        color: 'text.primary',
      })}
    >
      {t(`level.${level}`)}
      {vip && (
        <Box component="span" sx={{ px: 0.5, borderRadius: 0.5, bgcolor: 'primary.main', color: 'primary.contrastText', fontSize: '0.6875rem', lineHeight: '16px' }}>
          {t('flag.vip')}
        </Box>
      )}
    </Box>
  );
}
