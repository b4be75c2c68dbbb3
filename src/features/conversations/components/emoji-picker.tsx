import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import InsertEmoticon from '@mui/icons-material/InsertEmoticon';

// The ones agents use in service chats; a full picker (thousands, with search) would weigh more than the
// whole composer.
const EMOJI = ['😊', '🙂', '😀', '😄', '👍', '👌', '🙏', '👏', '🤝', '💪', '🎉', '✅', '❤️', '🌹', '☕', '📱', '📶', '💳', '📦', '📧', '⏰', '📅', '🔔', '⚠️', '❓', '💡', '😅', '😔', '😢', '🙇', '👋', '🌟'];

export interface EmojiPickerProps {
  onPick: (emoji: string) => void;
}

/** A small grid of emoji; the picked one goes in at the cursor and the composer keeps its focus. */
export function EmojiPicker({ onPick }: EmojiPickerProps) {
  const { t } = useTranslation('conversations');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <IconButton size="small" aria-label={t('composer.emoji')} title={t('composer.emoji')} aria-haspopup="dialog" aria-expanded={!!anchor} onClick={(e) => setAnchor(e.currentTarget)}>
        <InsertEmoticon fontSize="small" />
      </IconButton>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'top', horizontal: 'left' }} transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Box role="dialog" aria-label={t('composer.emoji')} sx={{ p: 0.5, display: 'grid', gridTemplateColumns: 'repeat(8, 32px)', gap: 0.25 }}>
          {EMOJI.map((e) => (
            <Box
              key={e}
              component="button"
              type="button"
              onClick={() => {
                onPick(e);
                setAnchor(null);
              }}
              sx={{ all: 'unset', width: 32, height: 32, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 20, cursor: 'pointer', borderRadius: 1, '&:hover, &:focus-visible': { bgcolor: 'action.hover', outline: 'none' } }}
            >
              {e}
            </Box>
          ))}
        </Box>
      </Popover>
    </>
  );
}
