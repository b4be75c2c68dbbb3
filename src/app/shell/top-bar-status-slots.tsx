/** Connection and phone indicators; filled in as the realtime client and softphone are composed. */
export function TopBarStatusSlots() {
  return null;
}
