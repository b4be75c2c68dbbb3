import { maskNumber } from '@/domain/mask-pii';
import { normalizeNumber } from '@/domain/normalize-number';

// Seven digits or more, spaces or hyphens between them: a phone number, not a name's "Room 12".
const NUMBER_IN_TEXT = /\+?\d[\d -]{5,}\d/g;
// Any run of digits: the call's own number may be a short one (an extension, a service number).
const DIGITS_IN_TEXT = /\+?\d(?:[\d -]*\d)?/g;
// What PBXs and phones put beside a number when they know no name ("Phone", "Call from", 手机, 來電).
const GENERIC_LATIN = /\b(?:telephone|phone|tel|extension|ext|mobile|cell|caller|call|from|number|no|unknown|anonymous|customer|user)\b/gi;
const GENERIC_CJK = /手机|手機|电话|電話|来电|來電|号码|號碼|座机|座機|用户|用戶|客户|客戶|未知/g;
// Left at the edges, or as empty brackets, once the number is taken out: "王建国 (13800138000)".
const EMPTY_BRACKETS = /\(\s*\)|（\s*）|\[\s*\]|【\s*】|<\s*>/g;
const EDGES = /^[\s\-–—·•:：,，;；/|_.。]+|[\s\-–—·•:：,，;；/|_.。]+$/g;

const dialable = (value: string) => normalizeNumber(value)?.dialable ?? value.replace(/\D/g, '');

/**
 * A caller's display name as the agent sees it, never saying the call's number a second time. PBXs and
 * phones often put the caller's number there ("Phone 13800138000", "王建国 138-0013-8000", or the number
 * alone): the call's own number is taken out, and what is left is the name (a real name stays), or null
 * when nothing but a generic word is left. Any other number in it is masked as the number itself is.
 */
export function maskCallerName(name: string, number: string): string | null {
  const own = number ? dialable(number) : '';
  let repeated = false;
  const rest = own
    ? name.replace(DIGITS_IN_TEXT, (found) => {
        if (dialable(found) !== own) return found;
        repeated = true;
        return ' ';
      })
    : name;
  const cleaned = repeated ? rest.replace(EMPTY_BRACKETS, ' ').replace(/\s+/g, ' ').replace(EDGES, '') : rest.trim();
  if (!cleaned) return null;
  if (repeated && !cleaned.replace(GENERIC_LATIN, '').replace(GENERIC_CJK, '').replace(/[\s\-–—·•:：,，;；/|_.。#]+/g, '')) return null;
  return cleaned.replace(NUMBER_IN_TEXT, (found) => maskNumber(found));
}
