import { describe, expect, it } from 'vitest';
import { REMOTE_HOST, xssCorpus } from '../testing/xss-corpus';
import { emailFrameCsp, emailSrcdoc } from './email-srcdoc';
import { sanitizeEmailHtml } from './sanitize-email-html';
import { scrubCss } from './scrub-css';

const EXECUTABLE_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'form', 'input', 'button', 'meta', 'base', 'link', 'svg', 'math', 'noscript', 'template', 'video', 'audio', 'source', 'picture', 'portal'];
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background'];
const FETCHING_CSS = /url\s*\(|@import|expression\s*\(|image-set|behavior\s*:|binding\s*:|javascript:/i;

/** Every way the sanitized HTML could still run something, fetch something, or cover the page. */
function vectorsIn(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const found: string[] = [];
  for (const element of doc.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (EXECUTABLE_TAGS.includes(tag)) found.push(`<${tag}>`);
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`foreign ${tag}`);
    for (const attr of element.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/\s/g, '').replace(/[^\x20-\x7e]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (['srcset', 'ping', 'background', 'poster', 'formaction', 'action', 'autofocus'].includes(name)) found.push(`${tag}[${name}]`);
      if (URL_ATTRS.includes(name)) {
        if (/^(?:javascript|vbscript|data:text|data:application|data:image\/svg)/.test(value)) found.push(`${tag}[${name}=${value.slice(0, 20)}]`);
        if (tag === 'img' && name === 'src' && !value.startsWith('data:image/') && !value.startsWith('cid:')) found.push(`remote image ${value}`);
        if (name === 'src' && tag !== 'img') found.push(`${tag}[src]`);
      }
      if (name === 'style' && (FETCHING_CSS.test(attr.value) || /(^|[;\s])position\s*:/i.test(attr.value))) found.push(`${tag}[style=${attr.value}]`);
    }
    if (tag === 'style' && (FETCHING_CSS.test(element.textContent ?? '') || /(^|[{;\s])position\s*:/i.test(element.textContent ?? ''))) {
      found.push(`<style>${element.textContent}`);
    }
    if (tag === 'a' && element.hasAttribute('href') && !element.getAttribute('href')!.startsWith('#')) {
      if (element.getAttribute('target') !== '_blank' || !/\bnoopener\b/.test(element.getAttribute('rel') ?? '')) found.push(`a without target/rel: ${element.outerHTML}`);
    }
  }
  // Anything left pointing at the hostile host (other than a link's text).
  for (const element of doc.body.querySelectorAll('[src],[srcset],[style],style')) {
    const text = element.tagName === 'STYLE' ? (element.textContent ?? '') : `${element.getAttribute('src') ?? ''} ${element.getAttribute('srcset') ?? ''} ${element.getAttribute('style') ?? ''}`;
    if (text.includes(REMOTE_HOST)) found.push(`remote reference in ${element.tagName}`);
  }
  return found;
}

describe('sanitizeEmailHtml against the XSS corpus', () => {
  it('holds at least 30 payloads', () => {
    expect(xssCorpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(xssCorpus.map((p) => [p.name, p.html] as const))('%s: leaves nothing executable, fetching or overlaying', (_name, html) => {
    const { html: clean } = sanitizeEmailHtml(html);
    expect(vectorsIn(clean)).toEqual([]);
    // Stable under a second pass: what the frame parses is what was checked (no mutation XSS left).
    expect(sanitizeEmailHtml(clean).html).toBe(clean);
  });

  it('lists the blocked remote images and fetches none of them', () => {
    const { html, remoteImages, imageOrigins } = sanitizeEmailHtml(
      `<p>Hello</p><img src="https://img.${REMOTE_HOST}/a.png" alt="a"><img src="//cdn.${REMOTE_HOST}/b.png" alt="b"><img src="https://img.${REMOTE_HOST}/a.png" alt="again">`,
    );
    expect(remoteImages).toEqual([`https://img.${REMOTE_HOST}/a.png`, `https://cdn.${REMOTE_HOST}/b.png`]);
    expect(imageOrigins).toEqual([]);
    expect(html).not.toContain(REMOTE_HOST);
    expect(html).toContain('alt="a"');
  });

  it('keeps remote images once allowed, and names their origins for the frame CSP', () => {
    const { html, imageOrigins } = sanitizeEmailHtml(`<img src="https://img.${REMOTE_HOST}/a.png" alt="a"><img src="http://x.example:8080/b.png">`, { allowRemoteImages: true });
    expect(html).toContain(`src="https://img.${REMOTE_HOST}/a.png"`);
    // https only: a plain-http image stays blocked even then.
    expect(html).not.toContain('x.example');
    expect(imageOrigins).toEqual([`https://img.${REMOTE_HOST}`]);
  });

  it('keeps what a normal email needs: tables, colours, links that open a new tab, inline raster images', () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const { html } = sanitizeEmailHtml(
      `<style>.h{color:#c00;font-weight:bold}</style><table width="100%"><tr><td class="h" style="color:#333;padding:4px">您好</td></tr></table>` +
        `<a href="https://example.com/order/1">订单</a> <a href="mailto:help@example.com">mail</a> <a href="#top">top</a><img src="${pixel}" alt="dot">`,
    );
    expect(html).toContain('<table width="100%">');
    expect(html).toContain('style="color:#333;padding:4px"');
    expect(html).toContain('.h{color:#c00;font-weight:bold}');
    expect(html).toContain('<a href="https://example.com/order/1" target="_blank" rel="noopener noreferrer">订单</a>');
    expect(html).toContain('<a href="mailto:help@example.com" target="_blank" rel="noopener noreferrer">mail</a>');
    // Links go to the web or to mail only: an in-page anchor or a relative link keeps its text, not its target.
    expect(html).toContain('<a>top</a>');
    expect(html).toContain(`src="${pixel}"`);
  });
});

describe('scrubCss', () => {
  it('strips position, @import and every fetching function, after resolving escapes and comments', () => {
    expect(scrubCss('color:red;position:fixed;top:0')).toBe('color:red;top:0');
    expect(scrubCss('@import "x.css"; p{color:red}')).toBe(' p{color:red}');
    expect(scrubCss('background:u/**/rl(x.png)')).toBe('background:zx-blocked()');
    expect(scrubCss('background:\\75 rl("a).png") no-repeat')).toBe('background:zx-blocked() no-repeat');
    expect(scrubCss('width:expression(alert(1))')).toBe('width:zx-blocked()');
    expect(scrubCss('posi\\74ion:absolute;color:blue')).toBe('color:blue');
    expect(scrubCss('.position:hover{color:red}')).toBe('.position:hover{color:red}');
    expect(scrubCss('p{}\\3c/style\\3e')).toBe('p{}\\3c /style>');
  });
});

describe('emailSrcdoc', () => {
  it('puts the CSP first in the head, allowing only data: images until remote ones are allowed', () => {
    const doc = emailSrcdoc('<p>x</p>', []);
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<body>'));
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<style>'));
    expect(emailFrameCsp([])).toBe("default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    expect(emailFrameCsp(['https://a.example'])).toContain('img-src data: cid: https://a.example;');
    expect(doc).toContain('<meta name="referrer" content="no-referrer">');
  });
});
