const reported = new Set<string>();

/** Logs a contract mismatch once per endpoint and field, so a drifting backend does not flood the console. */
export function reportContractMismatch(endpointId: string, field: string): void {
  const key = `${endpointId} ${field}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.error(`[contract] ${endpointId} answered outside the contract at ${field}`);
}
