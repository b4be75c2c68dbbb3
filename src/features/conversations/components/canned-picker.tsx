import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputBase from '@mui/material/InputBase';
import LinearProgress from '@mui/material/LinearProgress';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import ShortText from '@mui/icons-material/ShortText';
import type { CannedResponse, ConversationChannel } from '@/contract/schemas/conversation';
import { useCannedResponses } from '../api/search-canned';
import { fillCanned } from '@/domain/canned-responses';

/** The values a canned response's `{name}`, `{plan}` … are filled with (the domain's rule fills them). */
export type TemplateVariables = Readonly<Record<string, string | null | undefined>>;

export interface CannedPickerProps {
  channel: ConversationChannel;
  variables: TemplateVariables;
  onPick: (text: string) => void;
}

/** Canned responses (常用语) by keyword, filled from the customer ({name}, {plan}) before they go in. */
export function CannedPicker({ channel, variables, onPick }: CannedPickerProps) {
  const { t } = useTranslation('conversations');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [q, setQ] = useState('');
  const canned = useCannedResponses(q, channel, !!anchor);
  const items = canned.data ?? [];
  const pick = (item: CannedResponse) => {
    onPick(fillCanned(item.body, variables));
    setAnchor(null);
    setQ('');
  };
  return (
    <>
      <Button size="small" startIcon={<ShortText fontSize="small" />} aria-haspopup="dialog" aria-expanded={!!anchor} onClick={(e) => setAnchor(e.currentTarget)} sx={{ minHeight: 28 }}>
        {t('canned.button')}
      </Button>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'top', horizontal: 'left' }} transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Box role="dialog" aria-label={t('canned.title')} sx={{ width: 360, maxWidth: 'calc(100vw - 32px)', display: 'flex', flexDirection: 'column' }}>
          <InputBase
            autoFocus
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing && items[0]) {
                e.preventDefault();
                pick(items[0]);
              }
            }}
            placeholder={t('canned.search_hint')}
            inputProps={{ 'aria-label': t('canned.search') }}
            sx={{ px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider' }}
          />
          {canned.isFetching && <LinearProgress aria-label={t('canned.loading')} sx={{ height: 2 }} />}
          <Box component="ul" aria-label={t('canned.results')} sx={{ listStyle: 'none', m: 0, p: 0.5, maxHeight: 320, overflow: 'auto' }}>
            {items.map((item) => (
              <li key={item.id}>
                <Box
                  component="button"
                  type="button"
                  onClick={() => pick(item)}
                  sx={{ all: 'unset', boxSizing: 'border-box', width: '100%', cursor: 'pointer', display: 'block', px: 1, py: 0.5, borderRadius: 1, '&:hover, &:focus-visible': { bgcolor: 'action.hover' } }}
                >
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {item.title}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                    {fillCanned(item.body, variables)}
                  </Typography>
                </Box>
              </li>
            ))}
            {!canned.isFetching && items.length === 0 && (
              <Typography component="li" variant="body2" color="text.secondary" sx={{ p: 1 }}>
                {canned.isError ? t('canned.failed') : t('canned.none')}
              </Typography>
            )}
          </Box>
        </Box>
      </Popover>
    </>
  );
}
