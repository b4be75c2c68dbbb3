/** Maps a final SIP status (from a response or a REFER NOTIFY sipfrag) to the port's error codes. */
export function sipStatusCode(status: number, prefix: 'call' | 'transfer'): string {
  if (status === 486 || status === 600) return `${prefix}_target_busy`;
  if (status === 404 || status === 484 || status === 604) return `${prefix}_target_not_found`;
  if (status === 480 || status === 408 || status === 410) return `${prefix}_target_unavailable`;
  if (status === 603) return `${prefix}_target_declined`;
  if (status === 487) return `${prefix}_cancelled`;
  return `${prefix}_failed`;
}

/** The status line of a message/sipfrag body, e.g. "SIP/2.0 200 OK" → 200. */
export function sipFragStatus(body: string | undefined): number | null {
  const match = /^SIP\/2\.0\s+(\d{3})/m.exec(body ?? '');
  return match ? Number(match[1]) : null;
}
