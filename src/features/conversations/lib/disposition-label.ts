import type { Disposition } from '@/contract/schemas/conversation';

/** A disposition's label in the agent's language, else Simplified Chinese, else its code. */
export function dispositionLabel(dispositions: readonly Disposition[], code: string, locale: string): string {
  const d = dispositions.find((x) => x.code === code);
  if (!d) return code;
  const labels = d.labels as Partial<Record<string, string>>;
  return labels[locale] ?? labels['zh-CN'] ?? code;
}
