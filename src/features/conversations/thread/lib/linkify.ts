export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) addresses and bare www. names; anything else (javascript:, data:, file:) stays plain text. An
// address ends at whitespace, quotes, CJK punctuation or a Chinese character: in Chinese chat the next word
// often follows a link with no space ("请访问https://example.com查看").
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'`\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]+/gi;
const SENTENCE_END = '.,;:!?]}\'"';

/** An http(s) URL safe to link to, or null. */
export function safeHref(raw: string): string | null {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Drops the punctuation that ends the sentence, keeping a ")" that closes one opened in the address. */
function trimTrailing(raw: string): string {
  let end = raw.length;
  while (end > 0) {
    const char = raw[end - 1]!;
    if (char === ')') {
      const body = raw.slice(0, end);
      if (count(body, ')') <= count(body, '(')) break;
    } else if (!SENTENCE_END.includes(char)) break;
    end -= 1;
  }
  return raw.slice(0, end);
}

/** Splits message text into plain runs and links (links only to http(s) addresses). */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const raw = trimTrailing(match[0]);
    const href = raw ? safeHref(raw) : null;
    if (!href) continue;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'link', text: raw, href });
    last = match.index + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
