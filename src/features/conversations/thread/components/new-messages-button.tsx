import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import ArrowDownward from '@mui/icons-material/ArrowDownward';

export interface NewMessagesButtonProps {
  unseen: number;
  onClick: () => void;
}

/** Floats over the thread's end while the agent reads further up: how many arrived, and a way down. */
export function NewMessagesButton({ unseen, onClick }: NewMessagesButtonProps) {
  const { t } = useTranslation('conversations');
  const label = unseen > 0 ? t('thread.new_messages', { count: unseen }) : t('thread.jump_latest');
  return (
    <Button
      size="small"
      variant={unseen > 0 ? 'contained' : 'outlined'}
      startIcon={<ArrowDownward fontSize="small" />}
      onClick={onClick}
      aria-label={unseen > 0 ? `${label} — ${t('thread.jump_latest')}` : label}
      sx={{ position: 'absolute', bottom: 8, left: '50%', transform: 'translateX(-50%)', borderRadius: 4, bgcolor: unseen > 0 ? undefined : 'background.paper', boxShadow: 2, minHeight: 28 }}
    >
      {unseen > 0 ? label : null}
    </Button>
  );
}
