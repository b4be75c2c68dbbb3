import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import { DeviceSettings } from './device-settings';

export interface DeviceSettingsCollapseProps {
  open: boolean;
}

/** The phone settings as they fold open under their button; loaded on the first open (see SoftphonePanel). */
export function DeviceSettingsCollapse({ open }: DeviceSettingsCollapseProps) {
  return (
    // `appear`: it is first mounted already open, and should still unfold.
    <Collapse in={open} appear unmountOnExit>
      <Box id="softphone-settings" sx={{ pt: 1 }}>
        <DeviceSettings />
      </Box>
    </Collapse>
  );
}
