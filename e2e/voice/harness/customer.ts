// The far end: a customer or an expert seat on a DIFFERENT SIP stack (JsSIP) than the agent's
// sip.js, so the tests prove interop rather than sip.js talking to itself.
import JsSIP from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';

interface SessionRecord {
  id: number;
  session: RTCSession;
  direction: 'incoming' | 'outgoing';
  status: 'progress' | 'confirmed' | 'ended' | 'failed';
  cause: string | null;
  statusCode: number | null;
  sendingAt: number | null;
  remoteHeld: boolean;
  dtmf: string[];
}

interface CustomerHarness {
  registered: boolean;
  sessions: SessionRecord[];
  call(target: string, headers?: string[]): number;
  answer(id: number): void;
  hangup(id: number): void;
  live(): SessionRecord[];
  pc(id: number): RTCPeerConnection | null;
  ready: Promise<void>;
}

declare global {
  interface Window {
    customer: CustomerHarness;
  }
}

const now = () => performance.timeOrigin + performance.now();
const params = new URLSearchParams(location.search);
const ws = params.get('ws') ?? 'ws://127.0.0.1:8088';
const user = params.get('user') ?? '5551';
const autoAnswer = params.get('autoAnswer') === '1';
const busy = params.get('busy') === '1';
const media = { mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } };

const ua = new JsSIP.UA({
  sockets: [new JsSIP.WebSocketInterface(ws)],
  uri: `sip:${user}@pbx.test`,
  display_name: `Phone ${user}`,
  // Seats and customers share the test Kamailio's one REGISTER password (bff/sip/kamailio.cfg).
  authorization_user: user,
  password: params.get('password') ?? 'zuoxi-dev',
  register: true,
  register_expires: 300,
  session_timers: false,
  connection_recovery_min_interval: 1,
  connection_recovery_max_interval: 3,
});

const sessions: SessionRecord[] = [];
const audioHost = document.body;

/** JsSIP's typings for event payloads are narrower than what it emits; listeners here take what they read. */
type On = (event: string, listener: (e: never) => void) => void;

function track(session: RTCSession, direction: 'incoming' | 'outgoing'): SessionRecord {
  const on = session.on.bind(session) as unknown as On;
  const record: SessionRecord = {
    id: sessions.length,
    session,
    direction,
    status: 'progress',
    cause: null,
    statusCode: null,
    sendingAt: null,
    remoteHeld: false,
    dtmf: [],
  };
  sessions.push(record);
  on('sending', () => (record.sendingAt = now()));
  on('confirmed', () => (record.status = 'confirmed'));
  on('ended', (e: { cause: string }) => {
    record.status = 'ended';
    record.cause = e.cause;
  });
  on('failed', (e: { cause: string; message?: { status_code?: number } }) => {
    record.status = 'failed';
    record.cause = e.cause;
    record.statusCode = e.message?.status_code ?? null;
  });
  on('hold', (e: { originator: string }) => {
    if (e.originator === 'remote') record.remoteHeld = true;
  });
  on('unhold', (e: { originator: string }) => {
    if (e.originator === 'remote') record.remoteHeld = false;
  });
  on('newDTMF', (e: { originator: string; dtmf: { tone: string } }) => {
    if (e.originator === 'remote') record.dtmf.push(String(e.dtmf.tone));
  });
  // Transferee: follow the agent's REFER (blind, or attended with Replaces).
  on('refer', (e: { accept: (cb?: unknown, options?: unknown) => void }) => e.accept(undefined, media));
  // Transfer target: let the customer's INVITE with Replaces take over the consult leg.
  on('replaces', (e: { accept: () => void }) => e.accept());
  // Play what we receive: Chromium decodes (and getStats measures energy of) played audio only.
  const play = (pc: RTCPeerConnection) =>
    pc.addEventListener('track', (t) => {
      const audio = document.createElement('audio');
      audio.autoplay = true;
      audio.srcObject = t.streams[0] ?? new MediaStream([t.track]);
      audioHost.appendChild(audio);
    });
  // ua.call() creates an outgoing session's peer connection before it returns.
  if (session.connection) play(session.connection);
  else on('peerconnection', (e: { peerconnection: RTCPeerConnection }) => play(e.peerconnection));
  return record;
}

ua.on('registered', () => {
  window.customer.registered = true;
  document.getElementById('registration')!.textContent = 'registered';
});
ua.on('unregistered', () => (window.customer.registered = false));
// Every session, ours (ua.call, or the new call a REFER makes us place) and theirs.
ua.on('newRTCSession', (e: { session: RTCSession; originator: string }) => {
  if (e.originator !== 'remote') {
    track(e.session, 'outgoing');
    return;
  }
  track(e.session, 'incoming');
  if (busy) e.session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
  else if (autoAnswer) e.session.answer(media);
});
ua.start();

window.customer = {
  registered: false,
  sessions,
  call(target, headers = []) {
    const session = ua.call(/^sip:/.test(target) ? target : `sip:${target}@pbx.test`, { ...media, extraHeaders: headers });
    return sessions.find((r) => r.session === session)!.id;
  },
  answer(id) {
    sessions[id]!.session.answer(media);
  },
  hangup(id) {
    const s = sessions[id]!.session;
    if (!s.isEnded()) s.terminate();
  },
  live() {
    return sessions.filter((s) => s.status === 'progress' || s.status === 'confirmed');
  },
  pc(id) {
    return sessions[id]?.session.connection ?? null;
  },
  ready: new Promise((resolve) => ua.once('registered', () => resolve())),
};
