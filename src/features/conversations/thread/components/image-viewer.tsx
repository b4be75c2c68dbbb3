import { useTranslation } from 'react-i18next';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Close from '@mui/icons-material/Close';

export interface ImageViewerProps {
  url: string;
  name: string;
  onClose: () => void;
}

/** The image at full size, over the desktop; Escape or the close button returns to the thread. */
export function ImageViewer({ url, name, onClose }: ImageViewerProps) {
  const { t } = useTranslation('conversations');
  return (
    <Dialog open onClose={onClose} maxWidth={false} slotProps={{ paper: { 'aria-label': name, sx: { position: 'relative', bgcolor: 'background.default' } } }}>
      <IconButton aria-label={t('thread.image.close')} onClick={onClose} sx={{ position: 'absolute', top: 4, right: 4, bgcolor: 'background.paper' }}>
        <Close fontSize="small" />
      </IconButton>
      <img src={url} alt={name} style={{ display: 'block', maxWidth: '90vw', maxHeight: '85vh', objectFit: 'contain' }} />
    </Dialog>
  );
}
