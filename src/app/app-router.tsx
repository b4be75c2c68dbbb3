import { lazy, Suspense } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import { usePathname } from '@/lib/router';
import { paths } from './paths';
import { LoginRoute } from './routes/login-route';
import { NotFoundRoute } from './routes/not-found-route';
import { AuthenticatedShell } from './shell/authenticated-shell';

// The workspace is what an agent sees all day; the supervisor board is loaded only by those who open it.
const WorkspaceRoute = lazy(() => import('./routes/workspace-route').then((m) => ({ default: m.WorkspaceRoute })));
const SupervisorRoute = lazy(() => import('./routes/supervisor-route').then((m) => ({ default: m.SupervisorRoute })));

export function AppRouter() {
  const pathname = usePathname();
  if (pathname === paths.login.path) return <LoginRoute />;
  const known = pathname === paths.workspace.path || pathname === paths.supervisor.path;
  if (!known) return <NotFoundRoute />;
  return (
    <AuthenticatedShell>
      <Suspense fallback={<LinearProgress />}>{pathname === paths.supervisor.path ? <SupervisorRoute /> : <WorkspaceRoute />}</Suspense>
    </AuthenticatedShell>
  );
}
