import { softphonePortBehaviour } from '../port/softphone-port-behaviour';
import { createSipJsTestbed, testSipSettings } from './sip-js-testbed';

const outcomes = { answer: 'answer', ring: 'ring', busy: 486, not_found: 404 } as const;

softphonePortBehaviour('the sip.js adapter over fake sip.js', () => {
  const { port, sipJs, dispose } = createSipJsTestbed();
  return {
    port,
    settings: testSipSettings,
    ringInbound: (from) => sipJs.ring(from).id,
    setTarget: (target, outcome) => sipJs.setOutcome(target, outcomes[outcome]),
    answerFarEnd: (callId) => sipJs.inviter(callId).farEndAnswers(),
    hangUpFarEnd: (callId) => sipJs.session(callId).farEndHangsUp(),
    sendDtmfFromFarEnd: (callId, tone) => sipJs.session(callId).farEndSendsDtmf(tone),
    dtmfReceivedByFarEnd: (callId) => sipJs.session(callId).sentTones,
    refuseCredentials: () => {
      sipJs.registrarStatus = 401;
    },
    deferHoldAnswers: () => {
      for (const session of sipJs.sessions) session.reinviteAnswer = 'manual';
    },
    confirmHolds: () => {
      for (const session of sipJs.sessions) {
        session.reinviteAnswer = 200;
        session.answerReinvite(200);
      }
    },
    dispose,
  };
});
