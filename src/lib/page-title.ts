/**
 * The tab title, composed in one place: the page's own title, and in front of it what waits for the agent
 * ("(1) Incoming call · Workspace · Zuoxi"). Pages set their title and features their badge independently,
 * in any order, without one overwriting the other.
 */
let pageTitle: string | null = null;
const badges = new Map<string, string>();

function render(): void {
  if (typeof document === 'undefined') return;
  const base = pageTitle ?? document.title;
  const badge = [...badges.values()].join(' · ');
  const next = badge ? `${badge} · ${base}` : base;
  if (document.title !== next) document.title = next;
}

export function setPageTitle(title: string): void {
  pageTitle = title;
  render();
}

/** A badge in front of the title from `source` (the phone's ringing calls); null removes it. */
export function setTitleBadge(source: string, text: string | null): void {
  if (text) badges.set(source, text);
  else badges.delete(source);
  render();
}
