import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '@/contract/endpoints/session';
import { api } from '@/lib/api-client';
import { forgetSession } from '@/lib/session-hint';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(logout),
    // Even if the server call fails, the agent asked to leave: drop the local session.
    onSettled: () => {
      forgetSession();
      queryClient.clear();
    },
  });
}
