/** The Content-Security-Policy of an email's frame: nothing loads but inline styles and the images allowed. */
export function emailFrameCsp(imageOrigins: readonly string[]): string {
  const images = ['data:', 'cid:', ...imageOrigins].join(' ');
  return `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;
}

const BASE_STYLE =
  'html,body{margin:0}' +
  'body{padding:8px 12px;font:14px/1.55 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1f2328;background:#fff;overflow-wrap:anywhere}' +
  'img{max-width:100%;height:auto}table{max-width:100%}pre{white-space:pre-wrap}' +
  'img:not([src]){display:inline-block;min-width:24px;min-height:24px;background:#eef1f5;outline:1px dashed #9aa4b2}' +
  'a{color:#1d5fbf}';

/**
 * The document an email is shown in (the `srcdoc` of a frame sandboxed without scripts and without its
 * own origin). Its CSP comes first, before anything the email holds can ask for a resource; the referrer
 * is never sent for an allowed image. An email is drawn as its sender designed it, on white, in both themes.
 */
export function emailSrcdoc(sanitizedHtml: string, imageOrigins: readonly string[]): string {
  return (
    '<!doctype html><html><head>' +
    `<meta http-equiv="Content-Security-Policy" content="${emailFrameCsp(imageOrigins)}">` +
    '<meta name="referrer" content="no-referrer"><meta name="color-scheme" content="light">' +
    `<style>${BASE_STYLE}</style></head><body>${sanitizedHtml}</body></html>`
  );
}
