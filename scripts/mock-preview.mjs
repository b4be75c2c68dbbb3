// The mock build served by `vite preview` on a free loopback port, for the benches and screenshot scripts
// that drive the desktop in mock mode (the mock server runs in the page). Rebuilds dist-mock/ first when a
// source is newer than it.
import { spawn } from 'node:child_process';
import { ensureBuilds, ROOT } from './ensure-builds.mjs';
import { freePort } from './free-port.mjs';

/** Starts the preview and resolves once it answers; `stop()` ends it (its whole process group). */
export async function startMockPreview() {
  ensureBuilds(['mock'], { log: (line) => console.error(line) });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = ['vite', 'preview', '--mode', 'mock', '--outDir', 'dist-mock', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const server = spawn('npx', args, { cwd: ROOT, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  // A loaded machine can take many seconds to start npx and Vite.
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${base}/login`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    if (tries > 600 || server.exitCode !== null) {
      stop();
      throw new Error(`vite preview did not answer on ${base}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
