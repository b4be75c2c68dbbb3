import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { announce } from '@/lib/announce';
import { useNoticeStore } from '../stores/notice-store';

/** Team-lead broadcasts, shown above the workspace and read out once without moving focus. */
export function NoticeBar() {
  const { t } = useTranslation('notices');
  const notices = useNoticeStore((s) => s.notices);
  const dismiss = useNoticeStore((s) => s.dismiss);
  const newest = notices[0];

  useEffect(() => {
    if (newest) announce(t('announce', { from: newest.from, text: newest.text }), newest.severity === 'critical' ? 'assertive' : 'polite');
  }, [newest, t]);

  if (notices.length === 0) return null;
  return (
    <Stack spacing={0.5} sx={{ px: 1, pt: 1 }}>
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          severity={notice.severity === 'critical' ? 'error' : notice.severity}
          onClose={() => dismiss(notice.id)}
          slotProps={{ closeButton: { 'aria-label': t('dismiss') } }}
        >
          {t('text', { from: notice.from, text: notice.text })}
        </Alert>
      ))}
    </Stack>
  );
}
