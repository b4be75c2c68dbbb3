// The conversation thread in headless Chromium: the real ConversationThread (the thread harness, e2e/thread-harness)
// with a 10,000-message conversation in its query cache, 100 pages of 100, as after scrolling back through all of it.
//
// BENCH thread_open_ms: median of 7 opens (the thread mounted in a page that has already opened it once) of
//   (the frame that painted the newest message) − (the mount). "Painted": a MutationObserver sees the row of
//   the last seq, a requestAnimationFrame then posts a message, which runs just after that frame's paint. Goal ≤ 100.
// BENCH thread_append_ms: p95 over 40 customer messages, each put in the cache as the realtime handler does,
//   to the frame that painted it (the agent at the bottom, so the thread follows). Goal ≤ 16.
// BENCH thread_dom_nodes: elements inside the thread's log (itself included) while it shows the 10,000. Goal ≤ 200.
// Extra figures: the first (cold) open, the append median.
import { chromium } from 'playwright-core';
import { chromiumPath, headlessFlags } from '../e2e/chromium.mjs';
import { buildThreadHarness, harnessUrl, routeThreadHarness } from '../e2e/thread-harness/harness-server.mjs';

const MESSAGES = 10_000;
const OPENS = 7;
const APPENDS = 40;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** In the page: run `act`, resolve with ms until the frame painting the row of `seq` has been painted. */
function untilPainted([act, seq]) {
  return new Promise((resolve, reject) => {
    const selector = `[role="log"] [data-seq="${seq ?? ''}"]`;
    let t0 = 0;
    let target = seq;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - t0);
      requestAnimationFrame(() => channel.port2.postMessage(null));
    };
    const shown = () => target !== undefined && !!document.querySelector(`[role="log"] [data-seq="${target}"]`);
    const observer = new MutationObserver(() => {
      if (shown()) done();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`row ${selector} not painted within 10 s`));
    }, 10_000);
    observer.observe(document.getElementById('root'), { childList: true, subtree: true });
    t0 = performance.now();
    if (act === 'mount') window.__thread.mount();
    else target = window.__thread.append('您好，请问我的退款什么时候到账？');
    if (shown()) done();
  });
}

buildThreadHarness();
const browser = await chromium.launch({ executablePath: chromiumPath, args: headlessFlags });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await routeThreadHarness(page);
  await page.goto(harnessUrl({ scenario: 'big', n: String(MESSAGES), mount: 'manual', height: '760' }));
  await page.waitForFunction(() => !!window.__thread);

  const opens = [];
  for (let i = 0; i <= OPENS; i += 1) {
    if (i > 0) {
      await page.evaluate(() => window.__thread.unmount());
      await page.waitForFunction(() => !document.querySelector('[role="log"]'));
    }
    opens.push(await page.evaluate(untilPainted, ['mount', MESSAGES]));
  }
  const [firstOpen, ...warm] = opens;
  warm.sort((a, b) => a - b);

  const nodes = await page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    return log.querySelectorAll('*').length + 1;
  });

  const appends = [];
  for (let i = 0; i < APPENDS; i += 1) {
    appends.push(await page.evaluate(untilPainted, ['append', undefined]));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  appends.sort((a, b) => a - b);
  const pinned = await page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    return log.scrollHeight - log.scrollTop - log.clientHeight <= 48;
  });
  if (!pinned) console.error('thread bench: the thread did not follow the new messages to the bottom');

  console.log(`BENCH thread_open_ms ${Math.round(percentile(warm, 0.5))} ms`);
  console.log(`BENCH thread_append_ms ${percentile(appends, 0.95).toFixed(1)} ms`);
  console.log(`BENCH thread_dom_nodes ${nodes} nodes`);
  console.log(`BENCH thread_open_first_ms ${Math.round(firstOpen)} ms`);
  console.log(`BENCH thread_append_p50_ms ${percentile(appends, 0.5).toFixed(1)} ms`);
} finally {
  await browser.close();
}
