import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '@/contract/endpoints/session';
import { api } from '@/lib/api-client';
import { setToken } from '@/lib/auth-token';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(logout),
    // Even if the server call fails, the agent asked to leave: drop the local session.
    onSettled: () => {
      setToken(null);
      queryClient.clear();
    },
  });
}
