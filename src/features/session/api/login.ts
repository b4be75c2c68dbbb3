import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login } from '@/contract/endpoints/session';
import { type Credentials } from '@/contract/schemas/identity';
import { api } from '@/lib/api-client';
import { rememberSession } from '@/lib/session-hint';
import { meQueryOptions } from './get-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api(login, { body: credentials }),
    onSuccess: (session) => {
      rememberSession(session.csrfToken);
      queryClient.setQueryData(meQueryOptions().queryKey, session.user);
    },
  });
}
