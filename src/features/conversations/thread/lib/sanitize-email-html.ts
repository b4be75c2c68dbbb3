import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { scrubCss } from './scrub-css';

export interface SanitizedEmail {
  /** The body, safe to place in the thread's sandboxed frame. */
  html: string;
  /** Every remote image the email asks for (absolute http(s) addresses), in order, without repeats. */
  remoteImages: string[];
  /** Origins of the remote images kept in `html` (only when they were allowed): what the frame's CSP lets load. */
  imageOrigins: string[];
}

/**
 * The strict profile: HTML only (no SVG, no MathML), and nothing that runs, submits, embeds, navigates the
 * frame, loads without being asked, or escapes its box. DOMPurify removes scripts, event handlers and
 * `javascript:` URLs itself; the lists below take away what it would otherwise allow.
 */
const FORBID_TAGS = [
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset', 'legend',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal', 'fencedframe',
  'base', 'link', 'meta', 'noscript', 'noembed', 'noframes', 'template', 'slot',
  'video', 'audio', 'source', 'track', 'picture', 'canvas', 'map', 'area', 'dialog', 'xmp', 'plaintext',
];
const FORBID_ATTR = [
  'srcset', 'sizes', 'ping', 'background', 'action', 'formaction', 'poster', 'longdesc', 'lowsrc', 'dynsrc',
  'download', 'autofocus', 'accesskey', 'contenteditable', 'popover', 'popovertarget', 'popovertargetaction', 'usemap',
];
/**
 * DOMPurify checks every attribute value that is not on its short "URI-safe" list against this pattern, so it
 * must pass plain values (`width="100%"`) and refuse any scheme but these; links and images are then held to
 * their own, narrower rules in the hooks below.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto|cid):|[^a-z]|[a-z+.-]+(?:[^a-z+.:-]|$))/i;
/** What a link may point at: the web and mail, nothing else (no javascript:, data:, tel:, relative or #). */
const LINK_HREF = /^(?:https?:\/\/|mailto:)/i;
const RASTER_DATA_URI = /^data:image\/(?:png|gif|jpe?g|webp|bmp|avif);/i;
/** An inline part of the email itself (it never loads here, but it is no request either). */
const CID_URI = /^cid:/i;
/** A CSP host-source built from an image's origin must be exactly https://host[:port]: nothing else gets in. */
const PLAIN_ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

const config: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Keeps a leading <style> (the parser would put it in <head>, outside what is returned).
  FORCE_BODY: true,
  RETURN_TRUSTED_TYPE: false,
};

interface Pass {
  allowRemoteImages: boolean;
  remote: string[];
  origins: Set<string>;
}

let purifier: DOMPurify | null = null;
// Hooks are per instance and sanitizing is synchronous: the pass under way is this variable.
let pass: Pass | null = null;

/** The absolute address of a remote image, or null for anything else (data:, cid:, relative, junk). */
function remoteAddress(src: string): URL | null {
  const trimmed = src.trim();
  if (!/^(?:https?:)?\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed, 'https://invalid.invalid');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function setUp(): DOMPurify {
  const instance = createDOMPurify(window);
  instance.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && node.textContent) node.textContent = scrubCss(node.textContent);
  });
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'style') {
      data.attrValue = scrubCss(data.attrValue);
      return;
    }
    // An image's address is judged here, before DOMPurify's own URI check, so that a blocked remote image
    // (protocol-relative ones included) is still listed for "Show remote images".
    if (data.attrName !== 'src' || !pass || node.nodeName.toLowerCase() !== 'img') return;
    const src = data.attrValue.trim();
    const remote = remoteAddress(src);
    if (!remote) {
      data.keepAttr = RASTER_DATA_URI.test(src) || CID_URI.test(src);
      return;
    }
    if (!pass.remote.includes(remote.href)) pass.remote.push(remote.href);
    if (pass.allowRemoteImages && remote.protocol === 'https:' && PLAIN_ORIGIN.test(remote.origin)) {
      data.attrValue = remote.href;
      pass.origins.add(remote.origin);
    } else {
      // Blocked: nothing left to fetch; the image's box and alt text stay.
      data.keepAttr = false;
    }
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1 || node.nodeName.toLowerCase() !== 'a') return;
    const element = node as Element;
    const href = element.getAttribute('href')?.trim();
    // Removed first and set again, so a second pass gives the same text (attributes keep their order).
    element.removeAttribute('target');
    element.removeAttribute('rel');
    if (href && LINK_HREF.test(href)) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    } else {
      element.removeAttribute('href');
    }
  });
  return instance;
}

/**
 * An email's HTML part, made safe to show: sanitized with the strict profile, its CSS made inert, links
 * opening a new tab without an opener, and remote images left out unless `allowRemoteImages` (the agent
 * clicked "Show remote images"; https only); either way their addresses are listed.
 */
export function sanitizeEmailHtml(html: string, { allowRemoteImages = false }: { allowRemoteImages?: boolean } = {}): SanitizedEmail {
  purifier ??= setUp();
  pass = { allowRemoteImages, remote: [], origins: new Set() };
  try {
    const clean = purifier.sanitize(html, config) as unknown as string;
    return { html: clean, remoteImages: pass.remote, imageOrigins: [...pass.origins] };
  } finally {
    pass = null;
  }
}
