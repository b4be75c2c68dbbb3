import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useAccounts } from '../api/get-accounts';
import { formatMoney } from '../lib/format';

export interface MoneyStripProps {
  customerId: string;
}

/**
 * Balance, arrears and credit of the main account in the header, so the agent sees money without
 * scrolling, whatever the sections' order. A fixed height: loading and failing never move the page.
 */
export function MoneyStrip({ customerId }: MoneyStripProps) {
  const { t, i18n } = useTranslation('customers');
  const accounts = useAccounts(customerId);
  const main = accounts.data?.items[0];
  const more = (accounts.data?.items.length ?? 0) - 1;

  const figure = (label: string, value: string, tone?: 'error' | 'success') => (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="div" variant="caption" color="text.secondary" sx={{ lineHeight: 1.2 }}>
        {label}
      </Typography>
      <Typography component="div" variant="subtitle2" sx={{ fontWeight: 700, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums', color: tone ? `${tone}.main` : undefined, whiteSpace: 'nowrap' }}>
        {value}
      </Typography>
    </Box>
  );

  return (
    <Box data-testid="money-strip" sx={{ height: 40, display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr)) auto', gap: 1, alignItems: 'center', px: 1, borderRadius: 1, bgcolor: 'action.hover' }}>
      {accounts.isPending ? (
        <>
          <Skeleton variant="rounded" height={28} />
          <Skeleton variant="rounded" height={28} />
          <Skeleton variant="rounded" height={28} />
        </>
      ) : !main ? (
        <Typography variant="caption" color="text.secondary" sx={{ gridColumn: '1 / -1' }}>
          {t('header.money_failed')}
        </Typography>
      ) : (
        <>
          {figure(t('header.balance'), formatMoney(main.balance, main.currency, i18n.language), main.balance > 0 ? 'success' : undefined)}
          {figure(t('header.arrears'), formatMoney(main.arrears, main.currency, i18n.language), main.arrears > 0 ? 'error' : undefined)}
          {figure(t('header.credit'), formatMoney(main.creditLimit, main.currency, i18n.language))}
          {more > 0 && (
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {t('header.accounts_more', { count: more })}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
