import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DemoAccount } from '@/contract/schemas/identity';

export interface DemoAccountsProps {
  accounts: readonly DemoAccount[];
  /** Their shared password, shown so a person trying the demo can sign in by hand too. */
  password: string;
  onPick: (username: string) => void;
}

/** Demo data only: one click signs in as a seeded user of each role. */
export function DemoAccounts({ accounts, password, onPick }: DemoAccountsProps) {
  const { t } = useTranslation('session');
  return (
    <Stack spacing={1} component="section" aria-labelledby="demo-accounts-title">
      <Typography id="demo-accounts-title" variant="subtitle2" color="text.secondary">
        {t('demo.title', { password })}
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
