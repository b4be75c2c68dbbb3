import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * Serves the built desktop: hashed assets cached for a year, and every page address (/, /customers/…)
 * answered with index.html so the desktop's own router takes it from there. The customer's chat widget
 * (its own build in widget/) is answered the same way under /widget/.
 */
export function serveDesktop(app: Hono, root: string): void {
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    console.warn(`[bff] no built desktop in ${root} (run \`npm run build\`): serving the API only`);
    return;
  }
  const index = readFileSync(indexPath, 'utf8');
  for (const assets of ['/assets/*', '/widget/assets/*']) {
    app.use(
      assets,
      serveStatic({
        root,
        onFound: (_path, c) => {
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
  }
  const widgetIndexPath = join(root, 'widget', 'index.html');
  if (existsSync(widgetIndexPath)) {
    const widgetIndex = readFileSync(widgetIndexPath, 'utf8');
    // Its assets are addressed from /widget/: without the slash they would resolve against the site root.
    app.get('/widget', (c) => c.redirect(`/widget/${new URL(c.req.url).search}`));
    app.get('/widget/*', (c, next) => {
      if (c.req.path.startsWith('/widget/assets/')) return next();
      c.header('Cache-Control', 'no-cache');
      return c.html(widgetIndex);
    });
  }
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.html(index);
  });
}
