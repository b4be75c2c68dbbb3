/** Speaks a status message through the page's live regions without moving focus. */
export function announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
  const region = document.getElementById(politeness === 'assertive' ? 'live-assertive' : 'live-polite');
  if (!region) return;
  // Clearing first makes a repeated identical message be read again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
