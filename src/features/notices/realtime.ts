import type { RealtimeRegistration } from '@/realtime/realtime-registration';
import { useNoticeStore } from './stores/notice-store';

/** Broadcast notices go to the notice bar's store. */
export const registerNoticesRealtime: RealtimeRegistration = ({ client }) =>
  client.on('notice.broadcast', (event) => useNoticeStore.getState().push(event.notice));
