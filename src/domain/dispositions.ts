import type { Disposition } from '@/contract/schemas/conversation';
import { DomainError } from './domain-error';

/** A conversation closes with one of the server's dispositions, by code; anything else is refused. */
export function assertDisposition(dispositions: readonly Disposition[], code: string): Disposition {
  const found = dispositions.find((d) => d.code === code);
  if (!found) throw new DomainError('unknown_disposition', `"${code}" is not one of: ${dispositions.map((d) => d.code).join(', ')}`);
  return found;
}
