import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { maskContactPoint } from '@/domain/mask-pii';
import { useLinkPop } from '../hooks/use-link-pop';
import type { Pop } from '../stores/pop-store';
import { CustomerSummaryLine } from './customer-summary-line';

export interface CallerPickerProps {
  pop: Pop;
}

/**
 * Several customers behind one number: the agent asks and picks. Nothing is shown until then, so never the
 * wrong one. The number masked, as everywhere in the panel.
 */
export function CallerPicker({ pop }: CallerPickerProps) {
  const { t } = useTranslation('customers');
  const { link, isPending } = useLinkPop();
  return (
    <Box component="section" aria-labelledby="caller-picker-title" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography id="caller-picker-title" component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
        {t('picker.title', { from: maskContactPoint(pop.from) })}
      </Typography>
      <Alert severity="info" sx={{ py: 0 }}>
        {t('picker.hint')}
      </Alert>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {pop.matches.map((m) => (
          <Box component="li" key={m.customerId}>
            <ButtonBase
              disabled={isPending}
              onClick={() => link(pop, m.customerId, m.name)}
              sx={{ width: '100%', justifyContent: 'flex-start', p: 1, border: 1, borderColor: 'divider', borderRadius: 1, '&:hover': { bgcolor: 'action.hover' }, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
            >
              <CustomerSummaryLine customer={m} />
            </ButtonBase>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
