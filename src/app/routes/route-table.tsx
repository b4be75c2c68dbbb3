import { lazy, type ReactNode } from 'react';
import { paths } from '@/lib/paths';
import { LoginRoute } from './login-route';

// The workspace is what an agent sees all day; the supervisor board is loaded only by those who open it.
const WorkspaceRoute = lazy(() => import('./workspace-route').then((m) => ({ default: m.WorkspaceRoute })));
const SupervisorRoute = lazy(() => import('./supervisor-route').then((m) => ({ default: m.SupervisorRoute })));

export interface AppRoute {
  /** A pattern from `paths`. */
  path: string;
  /** Behind sign-in, inside the shell (top bar, phone, realtime). */
  shell: boolean;
  render: (params: Record<string, string>) => ReactNode;
}

/**
 * Every page, first match wins. A customer, a conversation or a ticket lives in the URL: the workspace
 * opens on it, and a page whose entity does not exist throws NotFoundError for the 404 page.
 */
export const routes: readonly AppRoute[] = [
  { path: paths.login.path, shell: false, render: () => <LoginRoute /> },
  { path: paths.workspace.path, shell: true, render: () => <WorkspaceRoute /> },
  { path: paths.customer.path, shell: true, render: (p) => <WorkspaceRoute focus={{ kind: 'customer', id: p.customerId! }} /> },
  { path: paths.conversation.path, shell: true, render: (p) => <WorkspaceRoute focus={{ kind: 'conversation', id: p.conversationId! }} /> },
  { path: paths.ticket.path, shell: true, render: (p) => <WorkspaceRoute focus={{ kind: 'ticket', id: p.ticketId! }} /> },
  { path: paths.supervisor.path, shell: true, render: () => <SupervisorRoute /> },
];
