import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import InputBase from '@mui/material/InputBase';
import type { Draft } from '../stores/drafts-store';

export interface EmailFieldsProps {
  conversationId: string;
  draft: Draft;
  onChange: (change: Partial<Draft>) => void;
}

/** To, Cc and Subject: compact lines above the body, as a mail client shows them. */
export function EmailFields({ conversationId, draft, onChange }: EmailFieldsProps) {
  const { t } = useTranslation('conversations');
  const row = (field: 'to' | 'cc' | 'subject') => (
    <Box key={field} component="label" sx={{ display: 'flex', alignItems: 'center', gap: 1, borderBottom: 1, borderColor: 'divider', px: 1, minHeight: 30 }}>
      <Box component="span" sx={{ width: 56, flexShrink: 0, color: 'text.secondary', fontSize: 13 }}>
        {t(`email.${field}`)}
      </Box>
      <InputBase
        id={`email-${field}-${conversationId}`}
        value={draft[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        placeholder={field === 'subject' ? '' : t('email.addresses_hint')}
        inputProps={{ 'aria-label': t(`email.${field}_label`), spellCheck: field === 'subject' }}
        sx={{ flex: 1, fontSize: 14 }}
      />
    </Box>
  );
  return <Box>{(['to', 'cc', 'subject'] as const).map(row)}</Box>;
}
