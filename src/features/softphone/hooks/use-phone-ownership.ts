import { useEffect } from 'react';
import { claimPhone } from '../multi-tab/claim-phone';
import { newTabId, SOFTPHONE_CHANNEL, type TabChannel, type TabLocks } from '../multi-tab/tab-protocol';
import type { SoftphoneStore } from '../stores/softphone-store';
import type { Latest } from './use-latest-ref';

export interface SoftphoneMultiTab {
  locks: TabLocks | null;
  channel: () => TabChannel | null;
}

/** What a role gets: the tab channel, and whether it is still this tab's role. */
export interface PhoneRoleContext {
  channel: TabChannel | null;
  tabId: string;
  /** False once the tab switched role again or the provider unmounted: late results are dropped. */
  isCurrent(): boolean;
  /** What ends the role (at the next switch, pagehide or unmount); run at once if the role is already over. */
  onTeardown(teardown: () => void): void;
}

export interface PhoneRoles {
  /** This tab holds the lock: it runs the phone. */
  owner(context: PhoneRoleContext): void;
  /** Another tab runs the phone: this one mirrors it. */
  mirror(context: PhoneRoleContext & { channel: TabChannel }): void;
}

function browserMultiTab(): SoftphoneMultiTab {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks as unknown as TabLocks | undefined;
  return {
    locks: locks ?? null,
    channel: () => (typeof BroadcastChannel === 'function' ? (new BroadcastChannel(SOFTPHONE_CHANNEL) as unknown as TabChannel) : null),
  };
}

/**
 * Multi-tab ownership: one phone per agent. Claims the phone for this tab (Web Locks) or mirrors the tab
 * that has it, switches `roles` as the lock moves, and lets go when the page goes away.
 */
export function usePhoneOwnership(store: SoftphoneStore, props: Latest<{ multiTab?: SoftphoneMultiTab | false }>, roles: PhoneRoles): void {
  useEffect(() => {
    const multiTab = props.current.multiTab === false ? null : (props.current.multiTab ?? browserMultiTab());
    const channel = multiTab?.channel() ?? null;
    const tabId = newTabId();
    let generation = 0;
    let teardown: () => void = () => {};

    const switchRole = (role: 'owner' | 'mirror'): PhoneRoleContext => {
      generation += 1;
      const mine = generation;
      teardown();
      teardown = () => {};
      store.getState().resetCalls();
      store.getState().setTabRole(role);
      return {
        channel,
        tabId,
        isCurrent: () => mine === generation,
        onTeardown: (fn) => {
          if (mine === generation) teardown = fn;
          else fn();
        },
      };
    };

    const release = claimPhone(channel ? multiTab?.locks : null, {
      onOwner: () => roles.owner(switchRole('owner')),
      onMirror: () => {
        if (channel) roles.mirror({ ...switchRole('mirror'), channel });
      },
    });

    const onPageHide = () => {
      release();
      teardown();
    };
    window.addEventListener('pagehide', onPageHide);

    return () => {
      window.removeEventListener('pagehide', onPageHide);
      generation += 1;
      release();
      teardown();
      channel?.close();
    };
  }, [store, props, roles]);
}
