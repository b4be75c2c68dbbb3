// Stage-1 harness: the sip.js adapter alone, proven against Kamailio and JsSIP with real media,
// independent of the desktop UI. Tests drive it through window.agent.
import { createSipJsSoftphone } from '@/features/softphone/adapter/create-sip-js-softphone';
import type { CallInfo, CallQuality, RegistrationState, SoftphoneEvent, SoftphonePort } from '@/features/softphone/port/softphone-port';

interface AgentHarness {
  port: SoftphonePort;
  registration: RegistrationState;
  registrationHistory: { state: RegistrationState; error: string | null; at: number }[];
  calls: Record<string, CallInfo>;
  callHistory: { callId: string; state: CallInfo['state']; at: number }[];
  quality: Record<string, CallQuality>;
  dtmf: { callId: string; tone: string }[];
  errors: { callId: string | null; code: string }[];
  /** Epoch ms at which a ringing call was first painted, per call id (bench ring_ui_ms). */
  ringShownAt: Record<string, number>;
  ready: Promise<void>;
}

declare global {
  interface Window {
    agent: AgentHarness;
  }
}

const now = () => performance.timeOrigin + performance.now();
const params = new URLSearchParams(location.search);
const ws = params.get('ws') ?? 'ws://127.0.0.1:8088';
const ext = params.get('ext') ?? '1001';
const password = params.get('password') ?? 'zuoxi-dev';
const registration = document.getElementById('registration')!;
const list = document.getElementById('calls')!;

function render(h: AgentHarness): void {
  registration.textContent = h.registration;
  list.replaceChildren(
    ...Object.values(h.calls)
      .filter((c) => c.state !== 'ended')
      .map((c) => {
        const li = document.createElement('li');
        li.dataset.callId = c.callId;
        li.dataset.state = c.state;
        li.textContent = `${c.state} ${c.remoteNumber}`;
        return li;
      }),
  );
  for (const c of Object.values(h.calls)) {
    if (c.state === 'ringing' && h.ringShownAt[c.callId] === undefined) {
      h.ringShownAt[c.callId] = -1;
      requestAnimationFrame(() => (h.ringShownAt[c.callId] = now()));
    }
  }
}

async function start(): Promise<void> {
  const port = await createSipJsSoftphone();
  const h = window.agent;
  h.port = port;
  port.subscribe((event: SoftphoneEvent) => {
    switch (event.type) {
      case 'registration':
        h.registration = event.state;
        h.registrationHistory.push({ state: event.state, error: event.error, at: Date.now() });
        break;
      case 'call':
        if (h.calls[event.call.callId]?.state !== event.call.state) {
          h.callHistory.push({ callId: event.call.callId, state: event.call.state, at: Date.now() });
        }
        h.calls[event.call.callId] = event.call;
        break;
      case 'quality':
        h.quality[event.quality.callId] = event.quality;
        break;
      case 'dtmf':
        h.dtmf.push({ callId: event.callId, tone: event.tone });
        break;
      case 'error':
        h.errors.push({ callId: event.callId, code: event.code });
        break;
    }
    render(h);
  });
  await port
    .register({
      wsUrl: ws,
      uri: `sip:${ext}@pbx.test`,
      authorizationUsername: ext,
      authorizationPassword: password,
      displayName: `Agent ${ext}`,
      iceServers: [],
    })
    .catch(() => undefined);
}

window.agent = {
  port: undefined as unknown as SoftphonePort,
  registration: 'unregistered',
  registrationHistory: [],
  calls: {},
  callHistory: [],
  quality: {},
  dtmf: [],
  errors: [],
  ringShownAt: {},
  ready: Promise.resolve(),
};
window.agent.ready = start();
