import { useMemo } from 'react';
import type { SoftphonePort } from '../port/softphone-port';
import type { SoftphoneController } from '../lib/softphone-controller';
import { startOwnerBridge } from '../multi-tab/owner-bridge';
import { RemoteSoftphonePort } from '../multi-tab/remote-softphone-port';
import type { SoftphoneStore } from '../stores/softphone-store';
import type { Latest } from './use-latest-ref';
import type { PhoneRoles } from './use-phone-ownership';
import type { SipRegistrationControl } from './use-sip-registration';

/**
 * Port lifecycle: the port each role needs (the injected one in the owner tab, a remote one in a mirror),
 * wired to the store, the other tabs and the controller until the role ends, then disposed.
 */
export function usePortLifecycle(
  store: SoftphoneStore,
  controller: SoftphoneController,
  props: Latest<{ createPort: () => Promise<SoftphonePort> }>,
  registration: SipRegistrationControl,
): PhoneRoles {
  return useMemo<PhoneRoles>(
    () => ({
      owner(context) {
        void (async () => {
          let port: SoftphonePort;
          try {
            port = await props.current.createPort();
          } catch {
            if (context.isCurrent()) store.setState({ registration: 'failed', registrationError: 'phone_unavailable' });
            return;
          }
          if (!context.isCurrent()) {
            void port.dispose();
            return;
          }
          const unsubscribe = port.subscribe((event) => store.getState().apply(event));
          const stopBridge = context.channel ? startOwnerBridge(port, context.channel, context.tabId) : () => {};
          controller.setPort(port);
          const detachRetry = registration.attach(port, context.isCurrent);
          context.onTeardown(() => {
            stopBridge();
            unsubscribe();
            controller.setPort(null);
            detachRetry();
            void port.dispose();
          });
          await registration.registerWith(port, context.isCurrent);
        })();
      },
      mirror(context) {
        const port = new RemoteSoftphonePort(context.channel, context.tabId);
        const unsubscribe = port.subscribe((event) => store.getState().apply(event));
        controller.setPort(port);
        void port.register();
        context.onTeardown(() => {
          unsubscribe();
          controller.setPort(null);
          void port.dispose();
        });
      },
    }),
    [store, controller, props, registration],
  );
}
