import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MIN_SEARCH_LENGTH, useCustomerSearch } from '../api/search-customers';
import { useDebounced } from '../hooks/use-debounced';
import { CustomerSummaryLine } from './customer-summary-line';
import '../customers-locales';

export interface CustomerSearchDialogProps {
  open: boolean;
  onClose: () => void;
  /** The agent chose a customer. */
  onOpenCustomer: (customerId: string) => void;
}

/**
 * Find a customer by number, name, ID number, account or customer id, from anywhere (Ctrl+K, ⌘K or "/").
 * A combobox: arrows move through the results, Enter opens one, Escape closes.
 */
export function CustomerSearchDialog({ open, onClose, onOpenCustomer }: CustomerSearchDialogProps) {
  const { t } = useTranslation('customers');
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 200);
  const search = useCustomerSearch(q);
  const results = q.length >= MIN_SEARCH_LENGTH ? (search.data?.items ?? []) : [];
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (customerId: string) => {
    onOpenCustomer(customerId);
    setText('');
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || results.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[Math.min(active, results.length - 1)];
      if (chosen) choose(chosen.customerId);
    }
  };

  let status: string | null = null;
  if (text.trim().length > 0 && text.trim().length < MIN_SEARCH_LENGTH) status = t('search.too_short');
  else if (q.length >= MIN_SEARCH_LENGTH && search.isError) status = t('search.failed');
  else if (q.length >= MIN_SEARCH_LENGTH && search.isSuccess && results.length === 0) status = t('search.no_results');

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={`${id}-title`} maxWidth="sm" fullWidth slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: '10vh' } } }}>
      <DialogTitle id={`${id}-title`} sx={{ pb: 1 }}>
        {t('search.title')}
      </DialogTitle>
      <DialogContent sx={{ pb: 1 }}>
        <TextField
          autoFocus
          fullWidth
          size="small"
          label={t('search.label')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          helperText={t('search.shortcut')}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-expanded': results.length > 0,
              'aria-controls': listId,
              'aria-autocomplete': 'list',
              'aria-activedescendant': results.length > 0 ? optionId(Math.min(active, results.length - 1)) : undefined,
            },
          }}
        />
        <Box sx={{ height: 2, mt: 0.5 }}>{search.isFetching && <LinearProgress aria-hidden sx={{ height: 2 }} />}</Box>
        <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: status ? 24 : 0 }}>
          {status}
        </Typography>
        <Box component="ul" id={listId} role="listbox" aria-label={t('search.results')} sx={{ listStyle: 'none', m: 0, p: 0, maxHeight: '50vh', overflow: 'auto' }}>
          {results.map((c, i) => (
            <Box
              component="li"
              key={c.customerId}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => choose(c.customerId)}
              onMouseMove={() => setActive(i)}
              sx={{ px: 1, py: 0.75, borderRadius: 1, cursor: 'pointer', bgcolor: i === active ? 'action.selected' : undefined, display: 'flex', alignItems: 'center', gap: 1 }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <CustomerSummaryLine customer={c} />
              </Box>
              <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {t(`search.matched_on.${c.matchedOn}`)}
              </Typography>
            </Box>
          ))}
        </Box>
      </DialogContent>
    </Dialog>
  );
}
