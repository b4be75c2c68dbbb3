import { useCallback, useRef, useState } from 'react';

export interface EmailFrameProps {
  /** The complete document (see `emailSrcdoc`): sanitized body under a CSP. */
  srcdoc: string;
  title: string;
}

/** Tall enough for most emails at a glance; a longer one scrolls inside its frame. */
const MAX_HEIGHT = 560;
const MIN_HEIGHT = 48;

/**
 * An email body in a frame sandboxed WITHOUT scripts (nothing in it can run, whatever slipped past the
 * sanitizer), without forms or navigation of the desktop; links may open a new tab, un-sandboxed so the
 * page works. `allow-same-origin` is safe without `allow-scripts` and lets the thread read the body's
 * height, so the frame fits its email instead of showing a second scrollbar.
 */
export function EmailFrame({ srcdoc, title }: EmailFrameProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(MIN_HEIGHT * 2);
  const fit = useCallback(() => {
    const doc = ref.current?.contentDocument;
    if (!doc?.documentElement) return;
    setHeight(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(doc.documentElement.scrollHeight))));
  }, []);
  const onLoad = useCallback(() => {
    fit();
    // Allowed remote images arrive after the document: fit again as each one lands.
    ref.current?.contentDocument?.addEventListener('load', fit, true);
  }, [fit]);
  return (
    <iframe
      ref={ref}
      className="zx-email-frame"
      title={title}
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      srcDoc={srcdoc}
      onLoad={onLoad}
      style={{ height }}
    />
  );
}
