import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, sleep } from './kamailio';

/** `vite preview` of the mock-mode desktop build, as a child process we own. */
export async function startAppServer(outDir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--mode', 'mock', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const res = await fetch(`${url}/login`, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('vite preview did not start');
    await sleep(100);
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
