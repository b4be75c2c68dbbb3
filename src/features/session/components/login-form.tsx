import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { PlainTextField } from '@/components/plain-text-field';
import { isApiError } from '@/lib/api-error';
import type { User } from '@/contract/schemas/identity';
import { useLogin } from '../api/login';
import type { DemoAccount } from '@/contract/schemas/identity';
import { DemoAccounts } from './demo-accounts';

export interface LoginFormProps {
  onSuccess: (user: User) => void;
  /** Pre-filled and locked when re-authenticating an expired session. */
  lockedUsername?: string;
  /** Seeded demo users and their shared password (demo data only). */
  demo?: { accounts: readonly DemoAccount[]; password: string };
}

export function LoginForm({ onSuccess, lockedUsername, demo }: LoginFormProps) {
  const { t } = useTranslation('session');
  const [username, setUsername] = useState(lockedUsername ?? '');
  const [password, setPassword] = useState('');
  const loginMutation = useLogin();

  const signIn = (name: string, secret: string) =>
    loginMutation.mutate(
      { username: name, password: secret },
      {
        onSuccess: (session) => onSuccess(session.user),
        // Keep the username, clear only the password: the agent retypes one field, not two.
        onError: () => setPassword(''),
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn(username.trim(), password);
  };

  const pickDemo = (name: string) => {
    if (!demo) return;
    setUsername(name);
    setPassword(demo.password);
    signIn(name, demo.password);
  };

  const error = loginMutation.error;
  const errorKey = error ? (isApiError(error) ? `errors.${error.code}` : 'errors.server_error') : null;

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={t('form_label')}>
      {errorKey && (
        <Alert severity="error" role="alert">
          {t(errorKey, { defaultValue: t('errors.server_error') })}
        </Alert>
      )}
      <PlainTextField
        label={t('username')}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="username"
        autoFocus={!lockedUsername}
        required
        disabled={!!lockedUsername}
        fullWidth
      />
      <PlainTextField
        label={t('password')}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        autoFocus={!!lockedUsername}
        required
        fullWidth
      />
      <Button type="submit" variant="contained" disabled={loginMutation.isPending || !username.trim() || !password}>
        {loginMutation.isPending ? t('signing_in') : t('sign_in')}
      </Button>
      {demo && !lockedUsername && <DemoAccounts accounts={demo.accounts} password={demo.password} onPick={pickDemo} />}
    </Stack>
  );
}
