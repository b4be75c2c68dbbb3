import { useTranslation } from 'react-i18next';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { LoginForm } from '@/features/session/components/login-form';

export interface SessionExpiredDialogProps {
  open: boolean;
  username: string | undefined;
  onSignedIn: () => void;
}

export function SessionExpiredDialog({ open, username, onSignedIn }: SessionExpiredDialogProps) {
  const { t } = useTranslation('session');
  return (
    <Dialog open={open} aria-labelledby="session-expired-title" maxWidth="xs" fullWidth>
      <DialogTitle id="session-expired-title">{t('expired.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('expired.body')}</DialogContentText>
        <LoginForm lockedUsername={username} onSuccess={onSignedIn} />
      </DialogContent>
    </Dialog>
  );
}
