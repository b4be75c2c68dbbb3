import type { SipUserAgent, SipUserAgentOptions } from './sip-js-api';

/** sip.js's UserAgent: a transport that connects if the proxy is reachable, and that the test can drop. */
export class FakeSipUserAgent implements SipUserAgent {
  connected = false;
  stopped = false;
  starts = 0;
  reconnects = 0;

  constructor(
    readonly options: SipUserAgentOptions,
    private readonly reachable: () => boolean,
  ) {}

  async start(): Promise<void> {
    this.starts += 1;
    if (!this.reachable()) throw new Error('WebSocket closed (fake: proxy unreachable)');
    this.connected = true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.connected = false;
  }

  isConnected(): boolean {
    return this.connected;
  }

  async reconnect(): Promise<void> {
    this.reconnects += 1;
    if (!this.reachable()) throw new Error('WebSocket closed (fake: proxy unreachable)');
    this.connected = true;
  }

  /** The WebSocket to the proxy drops under us. */
  dropTransport(): void {
    this.connected = false;
    this.options.onDisconnect(new Error('WebSocket closed (fake: transport lost)'));
  }
}
