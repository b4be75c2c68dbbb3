import type { ReactNode } from 'react';
import type { User } from '@/contract/http/session';

export interface ShellServicesProps {
  user: User;
  children: ReactNode;
}

/** Session-long services (realtime socket, softphone) mounted once per signed-in agent. */
export function ShellServices({ children }: ShellServicesProps) {
  return <>{children}</>;
}
