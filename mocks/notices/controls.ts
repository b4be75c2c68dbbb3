import type { NoticeSeverity } from '@/contract/schemas/notice';
import { noticeAudience } from '@/domain/event-audience';
import { getMockDb, nextId } from '@mocks/core/mock-db';
import { publishTo } from '@mocks/core/realtime-server';
import { signedInUsers } from '@mocks/core/sessions';

export type { NoticeSeverity };

/** Notices: what a team lead's broadcast looks like on every desk. */
export const noticeControls = {
  broadcastNotice(text: string, severity: NoticeSeverity = 'info', from = 'System'): string {
    const db = getMockDb();
    const notice = { id: nextId(db, 'nt'), from, text, severity };
    publishTo(noticeAudience(signedInUsers(db)), { type: 'notice.broadcast', notice });
    return notice.id;
  },
};
