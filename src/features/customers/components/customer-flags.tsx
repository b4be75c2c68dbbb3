import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import DoNotDisturbOn from '@mui/icons-material/DoNotDisturbOn';
import MoneyOff from '@mui/icons-material/MoneyOff';
import type { CustomerFlag } from '@/contract/schemas/customer-view';

const RISKS = ['open_complaint', 'arrears', 'do_not_market'] as const satisfies readonly CustomerFlag[];
const TAGS = ['enterprise', 'family_plan', 'senior'] as const satisfies readonly CustomerFlag[];

const riskIcon = {
  open_complaint: <ErrorOutline />,
  arrears: <MoneyOff />,
  do_not_market: <DoNotDisturbOn />,
};

export interface CustomerFlagsProps {
  flags: readonly CustomerFlag[];
}

/** What to watch for (complaint, arrears, no marketing) before anything else, then the quieter tags. */
export function CustomerFlags({ flags }: CustomerFlagsProps) {
  const { t } = useTranslation('customers');
  const risks = RISKS.filter((f) => flags.includes(f));
  const tags = TAGS.filter((f) => flags.includes(f));
  if (risks.length === 0 && tags.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {risks.length > 0 && (
        <Box component="ul" aria-label={t('header.risks')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', m: 0, p: 0 }}>
          {risks.map((flag) => (
            <Box component="li" key={flag} sx={{ display: 'inline-flex' }}>
              <Chip
                size="small"
                icon={riskIcon[flag]}
                color={flag === 'do_not_market' ? 'warning' : 'error'}
                variant={flag === 'do_not_market' ? 'outlined' : 'filled'}
                label={t(`flag.${flag}`)}
                data-flag={flag}
                sx={{ fontWeight: 600 }}
              />
            </Box>
          ))}
        </Box>
      )}
      {tags.length > 0 && (
        <Box component="ul" aria-label={t('header.tags')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', m: 0, p: 0 }}>
          {tags.map((flag) => (
            <Box component="li" key={flag} sx={{ display: 'inline-flex' }}>
              <Chip size="small" variant="outlined" label={t(`flag.${flag}`)} data-flag={flag} />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
