import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInfo } from '../port/softphone-port';
import type { SoftphoneController } from '../lib/softphone-controller';
import type { SoftphoneStore } from '../stores/softphone-store';
import { selectAutoAnswer, selectHasLiveCall, selectRinging } from '../stores/softphone-selectors';
import { announce } from '@/lib/announce';
import { playTone, RINGTONE } from '../lib/tone-player';
import { showCallNotification } from '../lib/call-notification';
import { maskCaller } from '../lib/mask-caller';
import { setAttentionCount } from '@/lib/attention-badge';
import { setTitleBadge } from '@/lib/page-title';

/** A hidden tab, or a visible browser window behind the CRM or another app, is not "in front". */
function desktopInFront(): boolean {
  return typeof document !== 'undefined' && !document.hidden && document.hasFocus();
}

export interface SoftphoneCallEffectsProps {
  store: SoftphoneStore;
  controller: SoftphoneController;
  onCallOffered: (call: CallInfo, info: { ownerTab: boolean }) => void;
}

/**
 * Everything a ringing or live call does besides the panel: the offer event for the app (screen pop),
 * the assertive announcement, the ringtone on the ringer device and the desktop notification (owner tab
 * only, so one agent hears one ring), auto-answer, and the warning before leaving with a call.
 * Announcements go to the shell's live regions (present from the first paint).
 */
export function SoftphoneCallEffects({ store, controller, onCallOffered }: SoftphoneCallEffectsProps) {
  const { t } = useTranslation('softphone');
  const tRef = useRef(t);
  const offeredRef = useRef(onCallOffered);
  useEffect(() => {
    tRef.current = t;
    offeredRef.current = onCallOffered;
  });

  // "(1) Incoming call · …" in the tab title and a count on the favicon, so a ringing call shows
  // in a crowded tab strip and on a pinned tab.
  useEffect(() => {
    const apply = () => {
      const count = selectRinging(store.getState()).length;
      setTitleBadge('calls', count ? `(${count}) ${tRef.current('tab_title.ringing')}` : null);
      setAttentionCount('calls', count);
    };
    apply();
    const unsubscribe = store.subscribe(apply);
    return () => {
      unsubscribe();
      setTitleBadge('calls', null);
      setAttentionCount('calls', 0);
    };
  }, [store]);

  useEffect(() => {
    const seen = new Set<string>();
    const notifications = new Map<string, () => void>();
    let stopRing: (() => void) | null = null;

    const sync = () => {
      const s = store.getState();
      const ringing = selectRinging(s);
      const owner = s.tabRole === 'owner';
      for (const call of ringing) {
        if (seen.has(call.callId)) continue;
        seen.add(call.callId);
        offeredRef.current(call, { ownerTab: owner });
        // Said aloud and shown on the lock screen: masked like the card, whoever may be listening or looking.
        const caller = maskCaller(call.remoteNumber, call.displayName);
        const who = [caller.name, caller.number].filter(Boolean).join(' ') || tRef.current('incoming.unknown_caller');
        announce(tRef.current('announce.incoming', { caller: who }), 'assertive');
        if (owner && selectAutoAnswer(s) && s.microphone !== 'denied' && s.microphone !== 'no_device') {
          void controller.answer(call.callId);
          continue;
        }
        if (owner && (s.notifyAlways || !desktopInFront())) {
          const close = showCallNotification(tRef.current('notification.title'), tRef.current('notification.body', { caller: who }), call.callId);
          if (close) notifications.set(call.callId, close);
        }
      }
      const ringingIds = new Set(ringing.map((c) => c.callId));
      for (const [id, close] of notifications) {
        if (!ringingIds.has(id)) {
          close();
          notifications.delete(id);
        }
      }
      for (const id of seen) if (!s.calls[id]) seen.delete(id);
      const shouldRing = owner && ringing.length > 0 && !selectAutoAnswer(s);
      if (shouldRing && !stopRing) stopRing = playTone(RINGTONE, s.devices.ringerId);
      if (!shouldRing && stopRing) {
        stopRing();
        stopRing = null;
      }
    };

    sync();
    const unsubscribe = store.subscribe(sync);
    return () => {
      unsubscribe();
      stopRing?.();
      for (const close of notifications.values()) close();
    };
  }, [store, controller]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const s = store.getState();
      if (s.tabRole !== 'owner' || !selectHasLiveCall(s)) return;
      event.preventDefault();
      // Older Chrome still needs returnValue set to show the dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  useEffect(() => {
    // Browsers only grant the permission prompt from a user gesture: ask on the first one.
    const N = globalThis.Notification;
    if (!N || N.permission !== 'default') return;
    const ask = () => {
      window.removeEventListener('pointerdown', ask, true);
      window.removeEventListener('keydown', ask, true);
      void Promise.resolve(N.requestPermission()).catch(() => {});
    };
    window.addEventListener('pointerdown', ask, true);
    window.addEventListener('keydown', ask, true);
    return () => {
      window.removeEventListener('pointerdown', ask, true);
      window.removeEventListener('keydown', ask, true);
    };
  }, []);

  return null;
}
