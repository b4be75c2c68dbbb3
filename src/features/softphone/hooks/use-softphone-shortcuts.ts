import { useEffect } from 'react';
import type { SoftphoneController } from '../lib/softphone-controller';
import { matchShortcut } from '../lib/match-shortcut';
import type { SoftphoneStore } from '../stores/softphone-store';
import { selectActiveCall, selectRinging } from '../stores/softphone-selectors';

const HANGUP_REPEAT_MS = 1000;

/**
 * Call-control chords that also work from the composer. A keydown during IME composition is left alone
 * (its Enter/letters belong to the candidate window); composition is tracked by events because Chrome
 * on macOS can report keyCode 229 with isComposing false right after a commit.
 */
export function useSoftphoneShortcuts(store: SoftphoneStore, controller: SoftphoneController, now: () => number = Date.now): void {
  useEffect(() => {
    let composing = false;
    let lastHangup = -Infinity;
    const onCompositionStart = () => {
      composing = true;
    };
    const onCompositionEnd = () => {
      composing = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (composing || event.isComposing) return;
      const shortcut = matchShortcut(event);
      if (!shortcut) return;
      event.preventDefault();
      if (event.repeat && shortcut !== 'hangup') return;
      const s = store.getState();
      const active = selectActiveCall(s);
      switch (shortcut) {
        case 'answer': {
          const ringing = selectRinging(s)[0];
          if (ringing) void controller.answer(ringing.callId);
          return;
        }
        case 'hold':
          if (active) void controller.toggleHold(active.callId);
          return;
        case 'mute':
          if (active) controller.toggleMute(active.callId);
          return;
        case 'hangup': {
          // A second press within a second is the same intent (or key bounce): never hang up the next call.
          const t = now();
          if (t - lastHangup < HANGUP_REPEAT_MS) return;
          lastHangup = t;
          if (active) void controller.hangup(active.callId);
          return;
        }
      }
    };
    window.addEventListener('compositionstart', onCompositionStart, true);
    window.addEventListener('compositionend', onCompositionEnd, true);
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('compositionstart', onCompositionStart, true);
      window.removeEventListener('compositionend', onCompositionEnd, true);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [store, controller, now]);
}
