import { maskNumber } from '@/domain/mask-pii';

// Seven digits or more, spaces or hyphens between them: a phone number, not a name's "Room 12".
const NUMBER_IN_TEXT = /\+?\d[\d -]{5,}\d/g;

/**
 * A caller's display name as the agent sees it. PBXs and phones often put the caller's number there
 * ("Phone 13800138000", or the number alone), so any number in it is masked as the number itself is.
 */
export function maskCallerName(name: string): string {
  return name.replace(NUMBER_IN_TEXT, (number) => maskNumber(number));
}
