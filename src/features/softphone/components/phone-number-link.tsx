import { useContext } from 'react';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { SoftphoneContext } from '../softphone-context';
import { toDialable } from '@/domain/normalize-number';

export interface PhoneNumberLinkProps {
  number: string;
  /** What to show; the number itself by default. */
  children?: React.ReactNode;
}

/**
 * Click-to-dial for any number shown in the desktop. Other features receive it from src/app; outside
 * a SoftphoneProvider, or for text that is not a dialable number, it renders plain text.
 */
export function PhoneNumberLink({ number, children }: PhoneNumberLinkProps) {
  const { t } = useTranslation('softphone');
  const softphone = useContext(SoftphoneContext);
  const dialable = toDialable(number);
  if (!softphone || !dialable) return <span>{children ?? number}</span>;
  return (
    <Link
      component="button"
      type="button"
      underline="hover"
      aria-label={t('dial.click_to_dial', { number })}
      onClick={() => void softphone.controller.dial(dialable)}
      sx={{ fontVariantNumeric: 'tabular-nums', verticalAlign: 'baseline', minHeight: 24 }}
    >
      {children ?? number}
    </Link>
  );
}
