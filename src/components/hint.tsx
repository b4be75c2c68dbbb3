import { cloneElement, lazy, Suspense, useEffect, useRef, useState, type FocusEvent, type MouseEvent, type ReactElement } from 'react';

const HintPopup = lazy(() => import('./hint-popup').then((m) => ({ default: m.HintPopup })));

interface HintChildProps {
  'aria-label'?: string;
  onMouseEnter?: (event: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
}

export interface HintProps {
  title: string;
  children: ReactElement<HintChildProps>;
}

// MUI Tooltip's timing: shows after 100 ms of hover, hides as the pointer leaves (unless it moves onto the hint).
const ENTER_DELAY_MS = 100;

function isFocusVisible(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // Engines without :focus-visible (jsdom) get no hint on focus, as with MUI Tooltip.
    return false;
  }
}

/**
 * A tooltip that costs nothing until used: the child is rendered as is (named by `title` unless it has its
 * own aria-label, as MUI Tooltip does) and the popup is loaded on the first hover or keyboard focus.
 * The child stays at the same place in the tree, so loading the popup never remounts it or steals focus.
 */
export function Hint({ title, children }: HintProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const enterTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const leaveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(
    () => () => {
      clearTimeout(enterTimer.current);
      clearTimeout(leaveTimer.current);
    },
    [],
  );

  const show = (element: HTMLElement) => {
    clearTimeout(leaveTimer.current);
    clearTimeout(enterTimer.current);
    setAnchor(element);
    enterTimer.current = setTimeout(() => setOpen(true), ENTER_DELAY_MS);
  };
  const keep = () => clearTimeout(leaveTimer.current);
  const hide = () => {
    clearTimeout(enterTimer.current);
    clearTimeout(leaveTimer.current);
    // A tick's grace lets the pointer cross onto the hint itself (hoverable, as WCAG 1.4.13 asks).
    leaveTimer.current = setTimeout(() => setOpen(false), 0);
  };
  const close = () => {
    clearTimeout(enterTimer.current);
    clearTimeout(leaveTimer.current);
    setOpen(false);
  };

  const own = children.props;
  const child = cloneElement(children, {
    'aria-label': own['aria-label'] ?? title,
    onMouseEnter: (event: MouseEvent<HTMLElement>) => {
      own.onMouseEnter?.(event);
      show(event.currentTarget);
    },
    onMouseLeave: (event: MouseEvent<HTMLElement>) => {
      own.onMouseLeave?.(event);
      hide();
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      own.onFocus?.(event);
      if (isFocusVisible(event.currentTarget)) show(event.currentTarget);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      own.onBlur?.(event);
      close();
    },
  });

  return (
    <>
      {child}
      {anchor && (
        <Suspense fallback={null}>
          <HintPopup title={title} anchor={anchor} open={open} onClose={close} onPointerOver={keep} onPointerLeave={hide} />
        </Suspense>
      )}
    </>
  );
}
