import { describe, expect, it } from 'vitest';
import { checkWidgetImage, WIDGET_IMAGE_MAX_BYTES } from './check-widget-image';

describe('checkWidgetImage', () => {
  it('takes the common image types up to the limit', () => {
    expect(checkWidgetImage({ type: 'image/png', size: 1000 })).toEqual({ ok: true });
    expect(checkWidgetImage({ type: 'image/webp', size: WIDGET_IMAGE_MAX_BYTES })).toEqual({ ok: true });
  });
  it('refuses other types (SVG can carry script) and oversized images, saying which', () => {
    expect(checkWidgetImage({ type: 'image/svg+xml', size: 10 })).toEqual({ ok: false, reason: 'type' });
    expect(checkWidgetImage({ type: 'application/pdf', size: 10 })).toEqual({ ok: false, reason: 'type' });
    expect(checkWidgetImage({ type: 'image/jpeg', size: WIDGET_IMAGE_MAX_BYTES + 1 })).toEqual({ ok: false, reason: 'size' });
  });
});
