import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { paths } from '@/lib/paths';
import type { NotFoundError } from '@/lib/router/not-found';
import { navigate } from '@/lib/router/router';

export interface NotFoundRouteProps {
  /** Inside the signed-in shell, which already has the page's `main`. */
  embedded?: boolean;
  /** The customer, conversation or ticket that was looked for. */
  entity?: NotFoundError['entity'];
}

export function NotFoundRoute({ embedded = false, entity = null }: NotFoundRouteProps) {
  const { t } = useTranslation('common');
  return (
    <Box
      component={embedded ? 'div' : 'main'}
      sx={{ minHeight: embedded ? '100%' : '100vh', display: 'grid', placeItems: 'center', textAlign: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Box>
        <Typography component="h1" variant="h4" sx={{ fontWeight: 700, mb: 1 }}>
          {entity ? t(`not_found.entity_title.${entity.kind}`) : t('not_found.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {entity ? t(`not_found.entity_body.${entity.kind}`, { id: entity.id }) : t('not_found.body')}
        </Typography>
        <Button variant="contained" onClick={() => navigate(paths.workspace.href())}>
          {t('not_found.home')}
        </Button>
      </Box>
    </Box>
  );
}
