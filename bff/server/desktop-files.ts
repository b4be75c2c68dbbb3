import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * Serves the built desktop: hashed assets cached for a year, and every page address (/, /customers/…)
 * answered with index.html so the desktop's own router takes it from there.
 */
export function serveDesktop(app: Hono, root: string): void {
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    console.warn(`[bff] no built desktop in ${root} (run \`npm run build\`): serving the API only`);
    return;
  }
  const index = readFileSync(indexPath, 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.html(index);
  });
}
