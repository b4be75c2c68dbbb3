import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputBase from '@mui/material/InputBase';
import FormatQuote from '@mui/icons-material/FormatQuote';
import type { Draft } from '../stores/drafts-store';

export interface EmailFieldsProps {
  conversationId: string;
  draft: Draft;
  onChange: (change: Partial<Draft>) => void;
  /** Puts the customer's latest email under the reply; null when there is none to quote. */
  onQuote: (() => void) | null;
}

/** To, Cc and Subject: compact lines above the body, as a mail client shows them. */
export function EmailFields({ conversationId, draft, onChange, onQuote }: EmailFieldsProps) {
  const { t } = useTranslation('conversations');
  const row = (field: 'to' | 'cc' | 'subject') => (
    <Box key={field} sx={{ display: 'flex', alignItems: 'center', gap: 1, borderBottom: 1, borderColor: 'divider', px: 1, minHeight: 30 }}>
      <Box component="label" htmlFor={`email-${field}-${conversationId}`} sx={{ width: 56, flexShrink: 0, color: 'text.secondary', fontSize: 13 }}>
        {t(`email.${field}`)}
      </Box>
      <InputBase
        inputProps={{ id: `email-${field}-${conversationId}`, 'aria-label': t(`email.${field}_label`), spellCheck: field === 'subject' }}
        value={draft[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        placeholder={field === 'subject' ? '' : t('email.addresses_hint')}
        sx={{ flex: 1, fontSize: 14 }}
      />
      {field === 'subject' && onQuote && (
        <Button size="small" startIcon={<FormatQuote fontSize="small" />} onClick={onQuote} sx={{ whiteSpace: 'nowrap', minHeight: 26 }}>
          {t('email.quote')}
        </Button>
      )}
    </Box>
  );
  return <Box>{(['to', 'cc', 'subject'] as const).map(row)}</Box>;
}
