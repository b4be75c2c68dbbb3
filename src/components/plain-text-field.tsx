import { useId, type ChangeEvent, type HTMLAttributes } from 'react';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useThemeProps, type SxProps, type Theme } from '@mui/material/styles';

export interface PlainTextFieldProps {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  type?: string;
  placeholder?: string;
  autoComplete?: string;
  autoFocus?: boolean;
  required?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  sx?: SxProps<Theme>;
}

/**
 * An outlined text field built from the same parts, classes and theme defaults as MUI's TextField. TextField
 * itself always imports Select (and with it Menu, Popover and two more input variants) even when no select is
 * drawn; this keeps those off the login page and the phone's first paint.
 */
export function PlainTextField(inProps: PlainTextFieldProps) {
  const { label, sx, size, fullWidth, required, disabled, inputMode, ...input } = useThemeProps({ props: inProps, name: 'MuiTextField' });
  const id = useId();
  return (
    <FormControl className="MuiTextField-root" variant="outlined" size={size} fullWidth={fullWidth} required={required} disabled={disabled} sx={sx}>
      <InputLabel htmlFor={id} id={`${id}-label`}>
        {label}
      </InputLabel>
      <OutlinedInput {...input} id={id} label={label} fullWidth={fullWidth} inputProps={inputMode ? { inputMode } : undefined} />
    </FormControl>
  );
}
