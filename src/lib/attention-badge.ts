/**
 * What waits for the agent (ringing calls, conversation offers and unread messages), counted on the favicon so it
 * shows in a crowded tab strip and on a pinned tab, where the title is cut off. Each source sets its
 * own count; the favicon shows the sum.
 */
const counts = new Map<string, number>();
let baseHref: string | null = null;

export function setAttentionCount(source: string, count: number): void {
  // Callers report on every store change (call quality ticks every second): only a change repaints.
  if ((counts.get(source) ?? 0) === Math.max(0, count)) return;
  if (count > 0) counts.set(source, count);
  else counts.delete(source);
  renderFavicon(totalAttention());
}

export function totalAttention(): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

function renderFavicon(total: number): void {
  if (typeof document === 'undefined') return;
  const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
  if (!link) return;
  baseHref ??= link.getAttribute('href');
  const next = total > 0 ? badgedIcon(total) : baseHref;
  if (next && link.getAttribute('href') !== next) link.setAttribute('href', next);
}

/** public/favicon.svg with a red count in the corner, as an SVG data URL (no canvas, no fetch). */
export function badgedIcon(total: number): string {
  const label = total > 9 ? '9+' : String(total);
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    '<rect width="32" height="32" rx="7" fill="#1d5fbf"/>' +
    '<text x="12" y="22" font-size="16" text-anchor="middle" fill="#fff" font-family="sans-serif">席</text>' +
    '<circle cx="23.5" cy="8.5" r="8" fill="#d32f2f" stroke="#fff" stroke-width="1"/>' +
    `<text x="23.5" y="12.8" font-size="${label.length > 1 ? 9.5 : 12}" font-weight="700" text-anchor="middle" fill="#fff" font-family="sans-serif">${label}</text>` +
    '</svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
