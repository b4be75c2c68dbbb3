export function MockDevPanel() {
  return null;
}
