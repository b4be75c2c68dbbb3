// Kamailio for `npm start`: the same config and flags the voice tests use (bff/sip/kamailio.cfg, foreground,
// its own runtime folder), on the ports the desktop's phone is told about. Its SIP log goes to a file:
// it prints every request it routes, too much for the terminal.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WS_MODULE = '/usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so';

export function kamailioInstalled() {
  return spawnSync('sh', ['-c', 'command -v kamailio'], { stdio: 'ignore' }).status === 0 && existsSync(WS_MODULE);
}

/** Kamailio's WebSocket listener answers plain HTTP with 404: that is "up". */
async function answers(wsPort) {
  try {
    const res = await fetch(`http://127.0.0.1:${wsPort}/`, { signal: AbortSignal.timeout(500) });
    await res.body?.cancel();
    return res.status === 404;
  } catch {
    return false;
  }
}

/**
 * Starts Kamailio and resolves once it listens, with `stop()`; resolves null (having said why) when it
 * cannot start, so the desktop still runs, with the phone offline.
 */
export async function startDevKamailio({ root, wsPort, udpPort, logFile }) {
  if (await answers(wsPort)) {
    console.log(`[sip] something already answers on 127.0.0.1:${wsPort}: using it as the SIP server`);
    return { stop: async () => undefined };
  }
  const rundir = mkdtempSync(join(tmpdir(), 'zuoxi-kamailio-'));
  const log = createWriteStream(logFile, { flags: 'a' });
  const args = ['-f', join(root, 'bff/sip/kamailio.cfg'), '-DD', '-E', '-Y', rundir, '-m', '64', '-M', '8', '-A', `WS_PORT=${wsPort}`, '-A', `UDP_PORT=${udpPort}`];
  const child = spawn('kamailio', args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.pipe(log);
  const exited = new Promise((done) => child.once('exit', done));
  const cleanUp = () => {
    log.end();
    rmSync(rundir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await answers(wsPort))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      await exited;
      cleanUp();
      console.warn(`[sip] Kamailio did not start (see ${logFile}): the phone will show offline`);
      return null;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      cleanUp();
    },
  };
}
