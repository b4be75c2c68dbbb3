import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { maskContactPoint } from '@/domain/mask-pii';
import { MIN_SEARCH_LENGTH, useCustomerSearch } from '../api/search-customers';
import { useDebounced } from '../hooks/use-debounced';
import { useLinkPop } from '../hooks/use-link-pop';
import type { Pop } from '../stores/pop-store';
import { CustomerSummaryLine } from './customer-summary-line';

export interface UnknownCallerProps {
  pop: Pop;
}

/**
 * Nobody uses this number, address or handle (or the lookup failed): search, and link the contact to whom
 * the caller, sender or visitor is. Worded per channel; the contact point masked as the conversation tabs mask it.
 */
export function UnknownCaller({ pop }: UnknownCallerProps) {
  const { t } = useTranslation('customers');
  const from = maskContactPoint(pop.from);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useCustomerSearch(q);
  const { link, isPending } = useLinkPop();
  const results = q.length >= MIN_SEARCH_LENGTH ? (search.data?.items ?? []) : [];

  return (
    <Box component="section" aria-labelledby="unknown-caller-title" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography id="unknown-caller-title" component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
        {t(`unknown.title.${pop.channel}`, { from })}
      </Typography>
      <Alert severity={pop.status === 'failed' ? 'warning' : 'info'} sx={{ py: 0 }}>
        {pop.status === 'failed' ? t('contact.lookup_failed', { from }) : t(`unknown.hint.${pop.channel}`)}
      </Alert>
      <TextField size="small" type="search" label={t('unknown.search')} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      {text.trim().length > 0 && text.trim().length < MIN_SEARCH_LENGTH && (
        <Typography variant="caption" color="text.secondary">
          {t('unknown.too_short')}
        </Typography>
      )}
      {q.length >= MIN_SEARCH_LENGTH && search.isSuccess && results.length === 0 && (
        <Typography variant="body2" color="text.secondary" role="status">
          {t('unknown.no_results')}
        </Typography>
      )}
      {results.length > 0 && (
        <Box component="ul" aria-label={t('search.results')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          {results.map((c) => (
            <Box component="li" key={c.customerId} sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 0.75, border: 1, borderColor: 'divider', borderRadius: 1 }}>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <CustomerSummaryLine customer={c} />
              </Box>
              <Button size="small" variant="outlined" disabled={isPending} onClick={() => link(pop, c.customerId, c.name)} aria-label={t('unknown.link_label', { name: c.name })}>
                {t('unknown.link')}
              </Button>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
