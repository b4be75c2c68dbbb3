import { FakeSoftphone } from './fake-softphone';
import { softphonePortBehaviour } from './softphone-port-behaviour';

const settings = { wsUrl: 'ws://x', uri: 'sip:1001@zuoxi.test', authorizationUsername: '1001', authorizationPassword: 'p', displayName: 'A', iceServers: [] };
const outcomes = { answer: 'ok', ring: 'ring', busy: 'busy', not_found: 'not_found' } as const;

softphonePortBehaviour('the fake port', () => {
  const fake = new FakeSoftphone();
  return {
    port: fake,
    settings,
    ringInbound: (from) => fake.simulateIncoming({ from }),
    setTarget: (target, outcome) => fake.setTransferOutcome(target, outcomes[outcome]),
    answerFarEnd: (callId) => fake.simulateRemoteAnswer(callId),
    hangUpFarEnd: (callId) => fake.simulateRemoteHangup(callId),
    sendDtmfFromFarEnd: (callId, tone) => fake.simulateRemoteDtmf(callId, tone),
    dtmfReceivedByFarEnd: (callId) => fake.dtmfLog.filter((d) => d.callId === callId).map((d) => d.tone),
    refuseCredentials: () => fake.simulateRegistrationFailure('invalid_credentials'),
    deferHoldAnswers: () => fake.setHoldMode('manual'),
    confirmHolds: () => {
      fake.setHoldMode('auto');
      fake.confirmHolds();
    },
    dispose: () => fake.dispose(),
  };
});
