import { SoftphoneError } from '../lib/softphone-error';
import type { SipSession, SipUri } from './sip-js-api';
import { sipFragStatus, sipStatusCode } from './sip-status-code';

/** Sends a REFER; resolves on NOTIFY "200", rejects on a REFER refusal, a failing sipfrag or a timeout. */
export function referAndWait(session: SipSession, referTo: SipUri | SipSession, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error: SoftphoneError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => settle(new SoftphoneError('transfer_timeout')), timeoutMs);
    session
      .refer(referTo, {
        requestDelegate: {
          onReject: (response) => settle(new SoftphoneError(sipStatusCode(response.message.statusCode ?? 0, 'transfer'))),
        },
        onNotify: (notification) => {
          void notification.accept().catch(() => undefined);
          const status = sipFragStatus(notification.request.body);
          if (status === null || status < 200) return;
          settle(status < 300 ? null : new SoftphoneError(sipStatusCode(status, 'transfer')));
        },
      })
      .catch(() => settle(new SoftphoneError('transfer_failed')));
  });
}
