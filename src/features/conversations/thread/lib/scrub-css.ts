/** Stands in for a CSS function that would fetch or run something: not valid CSS, so the browser drops the declaration. */
export const BLOCKED_CSS_FUNCTION = 'zx-blocked(';

// The function and its argument (quoted, or holding one level of parentheses): the address is gone too.
const FETCHING_FUNCTION = /(?:-webkit-)?\b(?:image-set|url|image|src|expression|element|paint|cross-fade)\s*\((?:"[^"]*"|'[^']*'|\([^()]*\)|[^)])*\)?/gi;

function fromCodePoint(hex: string): string {
  const code = Number.parseInt(hex, 16);
  // NUL, surrogates and out-of-range code points are U+FFFD in CSS.
  return code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
}

/**
 * Makes an email's CSS (a `style` attribute or a `<style>` element) inert: nothing fetched (`url()`,
 * `image-set()`, `@import`), nothing run (`expression()`, `behavior`, `-moz-binding`), nothing placed
 * over other content (`position`). Escapes and comments are resolved first, so `posi\tion` or
 * `u/**\/rl(` cannot hide a property or a function from the checks; the result is the resolved text.
 */
export function scrubCss(css: string): string {
  let text = css
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_m, hex: string) => fromCodePoint(hex))
    .replace(/\\([^\n\r\f])/g, '$1')
    .replace(/\\/g, '')
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '');
  text = text
    .replace(/@import\b[^;{}]*(?:;|$)/gi, '')
    .replace(FETCHING_FUNCTION, `${BLOCKED_CSS_FUNCTION})`)
    .replace(/(?<=^|[{;\s])(?:position|behavior|-moz-binding|-ms-behavior)\s*:[^;}]*;?/gi, '')
    .replace(/javascript\s*:/gi, '')
    // A "<" would let `</style>` end a style element early when the frame's document is parsed.
    .replace(/</g, '\\3c ');
  return text;
}
