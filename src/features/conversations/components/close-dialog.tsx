import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { useCloseConversation } from '../api/close-conversation';
import { useDispositions } from '../api/get-dispositions';
import { dispositionLabel } from '../lib/disposition-label';
import { newClientId } from '../lib/client-id';

export interface CloseDialogProps {
  conversation: ConversationSummary;
  agentId: string | null;
  /** Words not sent yet (a draft, or messages still in the outbox): the agent confirms losing them first. */
  unsent: boolean;
  onCancel: () => void;
  onClosed: () => void;
}

/** Closing asks what it was (a disposition, labelled in the agent's language) and an optional note. */
export function CloseDialog({ conversation, agentId, unsent, onCancel, onClosed }: CloseDialogProps) {
  const { t, i18n } = useTranslation('conversations');
  const [confirmedLoss, setConfirmedLoss] = useState(!unsent);
  const [disposition, setDisposition] = useState('');
  const [note, setNote] = useState('');
  const dispositions = useDispositions();
  const close = useCloseConversation(agentId);
  // One key per dialog: pressing Close again after a failure closes once.
  const key = useMemo(() => newClientId(), []);
  const titleId = `close-${conversation.conversationId}-title`;

  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId} sx={{ pb: 1 }}>
        {t('close.title', { who: conversation.title })}
      </DialogTitle>
      {!confirmedLoss ? (
        <>
          <DialogContent>
            <Alert severity="warning">{t('close.unsent')}</Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel} autoFocus>
              {t('close.keep_writing')}
            </Button>
            <Button color="warning" onClick={() => setConfirmedLoss(true)}>
              {t('close.discard_and_continue')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <form
          aria-label={t('close.form')}
          onSubmit={(e) => {
            e.preventDefault();
            if (!disposition) return;
            close.mutate({ conversationId: conversation.conversationId, disposition, note: note.trim() || undefined, key }, { onSuccess: onClosed });
          }}
        >
          <DialogContent sx={{ pt: 0 }}>
            {dispositions.isPending && <LinearProgress aria-label={t('close.loading')} />}
            {dispositions.isError && <Alert severity="error">{t('close.dispositions_failed')}</Alert>}
            <RadioGroup aria-label={t('close.disposition')} value={disposition} onChange={(e) => setDisposition(e.target.value)}>
              {(dispositions.data ?? []).map((d) => (
                <FormControlLabel key={d.code} value={d.code} control={<Radio size="small" />} label={dispositionLabel(dispositions.data ?? [], d.code, i18n.language)} />
              ))}
            </RadioGroup>
            <TextField label={t('close.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} fullWidth size="small" sx={{ mt: 1 }} slotProps={{ htmlInput: { maxLength: 2000 } }} />
            {close.isError && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {t('close.failed')}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t('close.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={!disposition || close.isPending}>
              {t('close.confirm')}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
