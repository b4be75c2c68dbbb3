import { Suspense } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import { matchRoute } from '@/lib/router/match-route';
import { usePathname } from '@/lib/router/router';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteBoundary } from './routes/route-boundary';
import { routes } from './routes/route-table';
import { AuthenticatedShell } from './shell/authenticated-shell';

export function AppRouter() {
  const pathname = usePathname();
  const match = matchRoute(routes, pathname);
  if (!match) return <NotFoundRoute />;
  const page = <RouteBoundary location={pathname}>{match.route.render(match.params)}</RouteBoundary>;
  if (!match.route.shell) return page;
  return (
    <AuthenticatedShell>
      <Suspense fallback={<LinearProgress />}>{page}</Suspense>
    </AuthenticatedShell>
  );
}
