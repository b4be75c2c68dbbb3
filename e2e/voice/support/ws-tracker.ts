declare global {
  interface Window {
    /** Every WebSocket the page opened, in order (see trackWebSockets). */
    __sockets: WebSocket[];
    /**
     * Drops the page's network to the SIP proxy: closes every open WebSocket, as a lost link would,
     * and while `down` stays true new ones fail at once (connection refused). `false` restores it.
     */
    __sipNetwork: (down: boolean) => void;
  }
}

/**
 * Init script (runs before any page script): lets a test cut one page's connection to the proxy
 * while Kamailio and the far end stay up, which is what a flaky agent network does.
 * Serialised by page.addInitScript, so it must be self-contained.
 */
export function trackWebSockets(): void {
  const w = window as unknown as { __sockets?: WebSocket[]; __sipNetwork: (down: boolean) => void; WebSocket: typeof WebSocket };
  if (w.__sockets) return;
  const sockets: WebSocket[] = [];
  w.__sockets = sockets;
  let down = false;
  const Native = w.WebSocket;
  w.WebSocket = new Proxy(Native, {
    construct(target, args: ConstructorParameters<typeof WebSocket>) {
      // Port 9 (discard) has no listener in the test's network namespace: refused at once.
      const ws = new target(down ? 'ws://127.0.0.1:9' : args[0], args[1]);
      sockets.push(ws);
      return ws;
    },
  });
  w.__sipNetwork = (next) => {
    down = next;
    if (next) for (const ws of sockets) if (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) ws.close();
  };
}
