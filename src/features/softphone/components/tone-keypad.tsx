import Box from '@mui/material/Box';
import Button from '@mui/material/Button';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

export interface ToneKeypadProps {
  /** Names the group (e.g. "Keypad" in a call, "Dial pad" when idle). */
  label: string;
  onPress: (key: string) => void;
  disabled?: boolean;
}

/** 12-key pad; each key's name is the key itself, which is what it sends. */
export function ToneKeypad({ label, onPress, disabled }: ToneKeypadProps) {
  return (
    <Box role="group" aria-label={label} sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(32px, 1fr))', gap: 0.5, maxWidth: 168 }}>
      {KEYS.map((key) => (
        <Button
          key={key}
          variant="outlined"
          size="small"
          disabled={disabled}
          onClick={() => onPress(key)}
          sx={{ minWidth: 32, minHeight: 28, py: 0.25, fontVariantNumeric: 'tabular-nums' }}
        >
          {key}
        </Button>
      ))}
    </Box>
  );
}
