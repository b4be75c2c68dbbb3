export interface ElementSizes {
  /** Height (and width) of every scrolling box marked `data-virtual-scroller`. */
  viewport?: number;
  /** Height of every table row. */
  row?: number;
}

/**
 * jsdom lays nothing out, so a virtual list sees a 0 px viewport and renders no rows. This gives virtual
 * scrollers a viewport and table rows a height until the returned function restores jsdom's zeros.
 */
export function mockElementSizes({ viewport = 400, row = 31 }: ElementSizes = {}): () => void {
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
  const isScroller = (el: HTMLElement) => el.hasAttribute('data-virtual-scroller');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: function (this: HTMLElement) { return isScroller(this) ? viewport : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: function (this: HTMLElement) { return isScroller(this) ? 1200 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: function (this: HTMLElement) { return this.tagName === 'TR' ? row : 0; } });
  return () => {
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
    if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
  };
}
