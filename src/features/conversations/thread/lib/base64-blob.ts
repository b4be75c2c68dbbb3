/** Raster image types the thread shows inline (an SVG is offered as a file, never drawn or opened). */
export const INLINE_IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp'];

/**
 * Decodes an attachment's base64 into a Blob. The type is the one the thread means to use, never the
 * sender's: a blob URL runs with this page's origin, so a download is `application/octet-stream` (a
 * browser saves it, it never renders an HTML or SVG "attachment" as a page of ours).
 */
export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
