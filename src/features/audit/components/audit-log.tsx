import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { AuditAction } from '@/contract/schemas/audit';
import { useAuditLog, type AuditFilter } from '../api/list-audit';
import { AuditDetails } from './audit-details';
import '../audit-locales';

export interface AuditLogProps {
  /** People the lead can filter by (their centre's seats), name first. */
  people: readonly { id: string; name: string }[];
}

const timeFormat = new Intl.DateTimeFormat(undefined, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Who did what in the centre (sign-ins, failed sign-ins, state changes), newest first, by person and action. */
export function AuditLog({ people }: AuditLogProps) {
  const { t } = useTranslation('audit');
  const [filter, setFilter] = useState<AuditFilter>({ actorId: null, action: null });
  const log = useAuditLog(filter);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack spacing={1.5} sx={{ minHeight: 0, height: '100%' }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }} component="form" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <TextField
          select
          size="small"
          label={t('person')}
          value={filter.actorId ?? ''}
          onChange={(e) => setFilter({ ...filter, actorId: e.target.value || null })}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t('anyone')}</MenuItem>
          {people.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={t('action')} value={filter.action ?? ''} onChange={(e) => setFilter({ ...filter, action: (e.target.value || null) as AuditFilter['action'] })} sx={{ minWidth: 200 }}>
          <MenuItem value="">{t('any_action')}</MenuItem>
          {AuditAction.options.map((a) => (
            <MenuItem key={a} value={a}>
              {t(`actions.${a}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {log.isPending && <LinearProgress aria-label={t('loading')} />}
      {log.isError && !log.data && (
        <Alert severity="error" role="alert" action={<Button color="inherit" size="small" onClick={() => void log.refetch()}>{t('retry')}</Button>}>
          {t('load_failed')}
        </Alert>
      )}
      {log.data && entries.length === 0 && <Typography color="text.secondary">{t('empty')}</Typography>}
      {entries.length > 0 && (
        <Box tabIndex={0} role="group" aria-label={t('table_label')} sx={{ minHeight: 0, overflow: 'auto', flex: 1 }}>
          <Table size="small" stickyHeader aria-label={t('table_label')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 140 }}>{t('time')}</TableCell>
                <TableCell sx={{ width: 160 }}>{t('person')}</TableCell>
                <TableCell sx={{ width: 160 }}>{t('action')}</TableCell>
                <TableCell>{t('details')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => (
                <TableRow key={entry.id} hover>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{timeFormat.format(new Date(entry.at))}</TableCell>
                  <TableCell component="th" scope="row">
                    {entry.actorName}
                  </TableCell>
                  <TableCell>{t(`actions.${entry.action}`)}</TableCell>
                  <TableCell>
                    <AuditDetails entry={entry} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {log.hasNextPage && (
            <Box sx={{ p: 1, textAlign: 'center' }}>
              <Button size="small" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
                {log.isFetchingNextPage ? t('loading') : t('more')}
              </Button>
            </Box>
          )}
        </Box>
      )}
    </Stack>
  );
}
