import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import { countSms } from '../lib/count-sms';

export interface SmsCounterProps {
  text: string;
  id: string;
}

/**
 * Live and short (it shares a line with Send): "68/70 · 1 SMS · Unicode", that the message will be
 * split and in how many parts, and a refusal past the most we send.
 */
export function SmsCounter({ text, id }: SmsCounterProps) {
  const { t } = useTranslation('conversations');
  const sms = countSms(text);
  const encoding = t(`sms.encoding_${sms.encoding}`);
  const tone = sms.tooLong ? 'error.main' : sms.segments > 1 ? 'warning.main' : 'text.secondary';
  return (
    <Typography id={id} variant="caption" noWrap data-testid="sms-counter" sx={{ minWidth: 0, color: tone, fontVariantNumeric: 'tabular-nums', fontWeight: sms.tooLong ? 700 : 400 }}>
      {sms.tooLong
        ? t('sms.too_long', { length: sms.units, max: sms.max })
        : sms.segments > 1
          ? t('sms.split', { length: sms.units, segments: sms.segments, per: sms.perSegment, encoding })
          : t('sms.single', { length: sms.units, left: sms.remaining, per: sms.perSegment, encoding })}
    </Typography>
  );
}
