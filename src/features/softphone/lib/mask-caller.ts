import { maskNumber } from '@/domain/mask-pii';
import { maskCallerName } from './mask-caller-name';

export interface MaskedCaller {
  /** The number masked (138****8000); a service number or an extension as it is; '' when the call has none. */
  number: string;
  /** The display name with the call's number taken out and any other number masked; null when there is none or it only repeats the number. */
  name: string | null;
}

/**
 * Who is on a call as the agent sees them, on every card, list, announcement and notification of the phone.
 * The number is said once: a display name that carries it shows without it ("王建国 13800138000" reads
 * 王建国), and one that is only the number, or the number and a generic word ("Phone 13800138000"), shows
 * as the number alone. Only what is shown is masked: the call and the recent-calls entry keep the whole
 * number, which is what redial, click-to-dial, the screen pop and callbacks dial and look up.
 */
export function maskCaller(number: string, displayName: string | null): MaskedCaller {
  const masked = number ? maskNumber(number) : '';
  const name = displayName ? maskCallerName(displayName, number) : null;
  return { number: masked, name: name && name !== masked ? name : null };
}
