import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const KAMAILIO_CFG = join(REPO_ROOT, 'bff/sip/kamailio.cfg');

export interface KamailioOptions {
  wsPort: number;
  udpPort: number;
  /** Kamailio's stderr (every SIP request/reply it routes) goes here, to read after a failure. */
  logFile?: string;
}

/**
 * Kamailio as a child process we own (no systemd), so a test can kill it and bring it back
 * mid-run to prove the softphone recovers by itself.
 */
export class Kamailio {
  private child: ChildProcess | null = null;
  private rundir: string | null = null;
  private log: WriteStream | null = null;
  /** Kamailio's forked workers, recorded at start: a SIGKILLed parent leaves them holding the ports. */
  private workers: number[] = [];
  /** What this Kamailio logged since the last markLog(): every request it routed ("REQ <method> ..."). */
  private recent = '';

  constructor(readonly options: KamailioOptions) {}

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.options.wsPort}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** `sipPassword` replaces the seats' shared REGISTER password (to make the app's credentials wrong). */
  async start({ sipPassword }: { sipPassword?: string } = {}): Promise<void> {
    if (this.child) return;
    this.rundir = mkdtempSync(join(tmpdir(), 'zuoxi-kamailio-'));
    const args = ['-f', KAMAILIO_CFG, '-DD', '-E', '-Y', this.rundir, '-m', '64', '-M', '8', '-A', `WS_PORT=${this.options.wsPort}`, '-A', `UDP_PORT=${this.options.udpPort}`];
    if (sipPassword) args.push('-A', `SIP_PASSWORD="${sipPassword}"`);
    const child = spawn('kamailio', args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    if (this.options.logFile) {
      this.log ??= createWriteStream(this.options.logFile, { flags: 'a' });
      child.stderr?.pipe(this.log, { end: false });
    }
    child.stderr?.on('data', (chunk: Buffer) => {
      this.recent += chunk.toString();
      if (this.recent.length > 1_000_000) this.recent = this.recent.slice(-500_000);
    });
    this.child = child;
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`kamailio exited early (${code})`))));
    await Promise.race([this.waitForHttp(10000), exited]);
    this.workers = childPids(child.pid);
  }

  /** SIGKILL simulates a crash; SIGTERM is a clean stop. Resolves once every Kamailio process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const gone = new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));
    child.kill(signal);
    await gone;
    // -DD keeps the main process in the foreground, but its children may outlive a SIGKILL of the parent.
    if (signal === 'SIGKILL') killPids(this.workers);
    this.workers = [];
    await this.waitForPortClosed(5000);
    if (this.rundir) rmSync(this.rundir, { recursive: true, force: true });
    this.rundir = null;
  }

  async restart(signal: NodeJS.Signals = 'SIGKILL', options: { sipPassword?: string } = {}): Promise<void> {
    await this.stop(signal);
    await this.start(options);
  }

  markLog(): void {
    this.recent = '';
  }

  /** How many requests of `method` Kamailio received since markLog(). */
  countRequests(method: string): number {
    return this.requests(method).length;
  }

  /** The log lines of the requests of `method` Kamailio received since markLog(). */
  requests(method: string): string[] {
    return this.recent.split('\n').filter((line) => line.includes(`REQ ${method} `));
  }

  async dispose(): Promise<void> {
    await this.stop('SIGTERM');
    this.log?.end();
  }

  private async waitForHttp(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${this.options.wsPort}/`, { signal: AbortSignal.timeout(500) });
        await res.body?.cancel();
        if (res.status === 404) return;
      } catch {
        // not listening yet
      }
      await sleep(20);
    }
    throw new Error(`kamailio did not answer on ${this.options.wsPort} within ${timeoutMs} ms`);
  }

  private async waitForPortClosed(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${this.options.wsPort}/`, { signal: AbortSignal.timeout(300) });
        await res.body?.cancel();
      } catch {
        return;
      }
      await sleep(50);
    }
  }
}

function childPids(parentPid: number | undefined): number[] {
  if (!parentPid) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parentPid) pids.push(Number(entry));
    } catch {
      // process already gone
    }
  }
  return pids;
}

function killPids(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
