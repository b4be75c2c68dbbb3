import { useTranslation } from 'react-i18next';
import { useTheme } from '@mui/material/styles';
import type { Bill, Currency } from '@/contract/schemas/customer';
import { formatMoney, formatPeriod } from '../lib/format';

export interface BillsChartProps {
  bills: readonly Bill[];
  currency: Currency;
  width?: number;
  height?: number;
}

/**
 * The last bills as small bars (oldest left), unpaid ones in the error colour. Drawn as SVG here: a chart
 * library would cost ~100 kB for six bars. One accessible name reads the whole series.
 */
export function BillsChart({ bills, currency, width = 300, height = 76 }: BillsChartProps) {
  const { t, i18n } = useTranslation('customers');
  const theme = useTheme();
  const lng = i18n.language;
  const max = Math.max(1, ...bills.map((b) => b.amount));
  const labelH = 14;
  const valueH = 12;
  const plotH = height - labelH - valueH;
  const slot = width / Math.max(1, bills.length);
  const barW = Math.min(28, slot * 0.6);
  const list = bills
    .map((b) => t('accounts.bill_item', { period: formatPeriod(b.period, lng), amount: formatMoney(b.amount, currency, lng), state: b.paid ? t('accounts.paid') : t('accounts.unpaid') }))
    .join(', ');
  const compact = (amount: number) => new Intl.NumberFormat(lng, { notation: 'compact', maximumFractionDigits: 0 }).format(amount);

  return (
    <svg role="img" aria-label={t('accounts.bills_label', { count: bills.length, list })} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ display: 'block', maxWidth: width * 1.4 }}>
      {bills.map((bill, i) => {
        const h = Math.max(2, (bill.amount / max) * plotH);
        const x = i * slot + (slot - barW) / 2;
        const y = valueH + plotH - h;
        const fill = bill.paid ? theme.palette.primary.main : theme.palette.error.main;
        return (
          <g key={bill.period}>
            <rect x={x} y={y} width={barW} height={h} rx={2} fill={fill} opacity={bill.paid ? 0.75 : 1} />
            <text x={x + barW / 2} y={y - 2} textAnchor="middle" fontSize={10} fill={bill.paid ? theme.palette.text.secondary : theme.palette.error.main}>
              {compact(bill.amount)}
            </text>
            <text x={x + barW / 2} y={height - 2} textAnchor="middle" fontSize={10} fill={theme.palette.text.secondary}>
              {formatPeriod(bill.period, lng)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
