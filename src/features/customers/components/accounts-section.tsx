import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { AccountView } from '@/contract/schemas/customer-view';
import { useAccounts } from '../api/get-accounts';
import { formatDate, formatMoney } from '../lib/format';
import { BillsChart } from './bills-chart';
import { MaskedValue } from './masked-value';
import { SECTION_SKELETON_HEIGHT } from '../lib/section-heights';
import { SectionBody } from './section-body';

export interface AccountsSectionProps {
  customerId: string;
}

function AccountItem({ customerId, account: a, figures }: { customerId: string; account: AccountView; figures: boolean }) {
  const { t, i18n } = useTranslation('customers');
  const lng = i18n.language;
  const money = (v: number) => formatMoney(v, a.currency, lng);
  const lastPayment = a.payments[0];
  return (
    <Box component="li" data-account={a.accountId} sx={{ py: 0.75, '& + &': { borderTop: 1, borderColor: 'divider' } }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {a.name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {a.accountId} · {t(`accounts.payment.${a.paymentMethod}`)} · {t('accounts.billing_day', { day: a.billingDay })}
        </Typography>
      </Box>
      {/* One account: its balance, arrears and credit are in the header already. */}
      {figures && (
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 1, m: 0, my: 0.5 }}>
        {(
          [
            [t('accounts.balance'), money(a.balance), a.balance > 0 ? 'success.main' : 'text.primary'],
            [t('accounts.arrears'), money(a.arrears), a.arrears > 0 ? 'error.main' : 'text.primary'],
            [t('accounts.credit'), money(a.creditLimit), 'text.primary'],
          ] as const
        ).map(([label, value, color]) => (
          <Box key={label} sx={{ minWidth: 0 }}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 700, color, fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      )}
      {a.bills.length > 0 && (
        <Box sx={{ mt: 0.5 }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('accounts.bills')}
          </Typography>
          <BillsChart bills={a.bills} currency={a.currency} />
        </Box>
      )}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.25, mt: 0.5 }}>
        <Typography variant="caption" color="text.secondary">
          {lastPayment ? t('accounts.last_payment', { amount: money(lastPayment.amount), date: formatDate(lastPayment.at, lng) }) : t('accounts.no_payment')}
        </Typography>
        {a.bankAccountMasked && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="caption" color="text.secondary">
              {t('accounts.bank')}
            </Typography>
            <MaskedValue customerId={customerId} field="bank_account" subjectId={a.accountId} masked={a.bankAccountMasked} />
          </Box>
        )}
        {a.numbersMasked.length > 0 && (
          <Typography variant="caption" color="text.secondary">
            {t('accounts.numbers')}: {a.numbersMasked.join(', ')}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

/** Every account behind the customer: balance, arrears, credit, the last bills, payment and bank details. */
export function AccountsSection({ customerId }: AccountsSectionProps) {
  const { t } = useTranslation('customers');
  const query = useAccounts(customerId);
  return (
    <SectionBody query={query} name={t('section.accounts')} height={SECTION_SKELETON_HEIGHT.accounts}>
      {(data) => (
        <Box component="ul" aria-label={t('section.accounts')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {data.items.map((a) => (
            <AccountItem key={a.accountId} customerId={customerId} account={a} figures={data.items.length > 1} />
          ))}
        </Box>
      )}
    </SectionBody>
  );
}
