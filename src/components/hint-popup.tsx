import Tooltip from '@mui/material/Tooltip';

export interface HintPopupProps {
  title: string;
  anchor: HTMLElement;
  open: boolean;
  onClose: () => void;
  onPointerOver: () => void;
  onPointerLeave: () => void;
}

/**
 * The visible half of `Hint`: MUI's Tooltip, controlled and pointed at the real control, so it looks and
 * moves exactly like one. Loaded on the first hover or keyboard focus, which keeps Popper.js off first paint.
 */
export function HintPopup({ title, anchor, open, onClose, onPointerOver, onPointerLeave }: HintPopupProps) {
  return (
    <Tooltip
      title={title}
      open={open}
      onClose={onClose}
      slotProps={{ popper: { anchorEl: anchor, onMouseOver: onPointerOver, onMouseLeave: onPointerLeave } }}
    >
      {/* Tooltip needs a child to hold; the hidden stand-in is never seen or read, the anchor is the control. */}
      <span hidden />
    </Tooltip>
  );
}
