import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { navigate } from '@/lib/router';
import { paths } from '../paths';

export function NotFoundRoute() {
  const { t } = useTranslation('common');
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', textAlign: 'center', p: 2, bgcolor: 'background.default' }}>
      <Box>
        <Typography component="h1" variant="h4" sx={{ fontWeight: 700, mb: 1 }}>
          {t('not_found.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('not_found.body')}
        </Typography>
        <Button variant="contained" onClick={() => navigate(paths.workspace.href())}>
          {t('not_found.home')}
        </Button>
      </Box>
    </Box>
  );
}
