import { SoftphoneStatus } from '@/features/softphone/components/softphone-status';
import { ConnectionStatus } from '@/realtime/components/connection-status';

/** Connection and phone indicators in the top bar. */
export function TopBarStatusSlots() {
  return (
    <>
      <ConnectionStatus />
      <SoftphoneStatus />
    </>
  );
}
