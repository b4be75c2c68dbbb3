/** Images the chat takes: the common photo and screenshot formats (no SVG: it can carry script). */
export const WIDGET_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** 2 MiB: as base64 in JSON it stays under the upload endpoint's 3 MiB body limit. */
export const WIDGET_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export type WidgetImageCheck = { ok: true } | { ok: false; reason: 'type' | 'size' };

/** Checked before upload, so the customer learns at once (the server checks again by content). */
export function checkWidgetImage(file: { type: string; size: number }): WidgetImageCheck {
  if (!(WIDGET_IMAGE_TYPES as readonly string[]).includes(file.type)) return { ok: false, reason: 'type' };
  if (file.size > WIDGET_IMAGE_MAX_BYTES) return { ok: false, reason: 'size' };
  return { ok: true };
}
