import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { isApiError } from '@/lib/api-error';

export interface SectionBodyProps<T> {
  query: Pick<UseQueryResult<T>, 'data' | 'isPending' | 'isError' | 'error' | 'refetch' | 'isFetching'>;
  /** Translated section name, for the loading and error messages. */
  name: string;
  /** The skeleton's height: what the loaded section usually takes, so nothing jumps when it arrives. */
  height: number;
  children: (data: T) => ReactNode;
}

/** A section's own loading (a skeleton of its final size) and failure (a message and Retry in the section). */
export function SectionBody<T>({ query, name, height, children }: SectionBodyProps<T>) {
  const { t } = useTranslation('customers');
  if (query.isPending) {
    return (
      <Box role="progressbar" aria-label={t('section.loading', { section: name })} aria-busy="true" sx={{ height, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
        {Array.from({ length: Math.max(1, Math.floor(height / 28)) }, (_, i) => (
          <Skeleton key={i} variant="rounded" height={20} width={i % 2 ? '70%' : '100%'} />
        ))}
      </Box>
    );
  }
  if (query.isError) {
    const forbidden = isApiError(query.error) && query.error.status === 403;
    return (
      <Alert
        severity={forbidden ? 'warning' : 'error'}
        role="alert"
        sx={{ py: 0, alignItems: 'center' }}
        action={
          forbidden ? undefined : (
            <Button color="inherit" size="small" disabled={query.isFetching} onClick={() => void query.refetch()}>
              {t('section.retry')}
            </Button>
          )
        }
      >
        {forbidden ? t('section.forbidden', { section: name }) : t('section.failed', { section: name })}
      </Alert>
    );
  }
  return <>{children(query.data as T)}</>;
}
