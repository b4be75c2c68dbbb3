import type { AttachmentPolicy } from '@/contract/schemas/conversation';

export type AttachmentProblem = { reason: 'type'; mime: string } | { reason: 'size'; size: number; maxBytes: number } | null;

/** `image/*` in a policy takes any image. */
function mimeAllowed(mime: string, allowed: readonly string[]): boolean {
  const type = mime.toLowerCase();
  return allowed.some((a) => {
    const rule = a.toLowerCase();
    return rule === type || (rule.endsWith('/*') && type.startsWith(rule.slice(0, -1)));
  });
}

/** What stops a file from being sent on a channel, checked before it is uploaded; null when it may go. */
export function checkAttachment(file: { type: string; size: number }, policy: AttachmentPolicy): AttachmentProblem {
  if (!file.type || !mimeAllowed(file.type, policy.allowedMime)) return { reason: 'type', mime: file.type || '?' };
  if (file.size > policy.maxBytes) return { reason: 'size', size: file.size, maxBytes: policy.maxBytes };
  return null;
}

/** 1536 → "1.5 KB", 2_500_000 → "2.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
