import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Role } from '@/contract/schemas/identity';

export interface DemoAccount {
  username: string;
  role: Role;
}

export interface DemoAccountsProps {
  accounts: readonly DemoAccount[];
  onPick: (username: string) => void;
}

/** Demo data only: one click signs in as a seeded user of each role. */
export function DemoAccounts({ accounts, onPick }: DemoAccountsProps) {
  const { t } = useTranslation('session');
  return (
    <Stack spacing={1} component="section" aria-labelledby="demo-accounts-title">
      <Typography id="demo-accounts-title" variant="subtitle2" color="text.secondary">
        {t('demo.title')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {accounts.map((account) => (
          <Button key={account.username} variant="outlined" size="small" onClick={() => onPick(account.username)}>
            {t('demo.pick', { username: account.username, role: t(`roles.${account.role}`) })}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}
