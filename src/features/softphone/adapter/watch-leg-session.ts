import type { Leg } from './call-leg';

export interface LegSessionHooks {
  onEstablished(): void;
  onTerminated(): void;
  onDtmf(tone: string): void;
}

/** Wires a leg's session: what the far end sends within the dialog, and the state changes that start and end the call. */
export function watchLegSession(leg: Leg, hooks: LegSessionHooks): void {
  const session = leg.session;
  session.delegate = {
    ...session.delegate,
    onBye: (bye) => {
      leg.localEnd ??= 'remote_hangup';
      void bye.accept();
    },
    onInfo: (info) => {
      void info.accept();
      const tone = /Signal\s*=\s*([0-9A-D#*])/i.exec(info.request.body ?? '')?.[1];
      if (tone) hooks.onDtmf(tone.toUpperCase());
    },
    // We never follow a REFER from the far end: the agent decides transfers, not the customer.
    onRefer: (referral) => void referral.reject().catch(() => undefined),
  };
  session.stateChange.addListener((state) => {
    if (state === 'Established') hooks.onEstablished();
    else if (state === 'Terminated') hooks.onTerminated();
  });
}
