// A production build (`npm run build`, dist/) must carry nothing of mock mode or the demo: no demo
// password or accounts, no MSW, no scenario controls, no service worker. Fails listing what it found.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist', import.meta.url).pathname;
const forbidden = [
  ['the demo password', /zuoxi123/],
  ['the demo accounts list', /zhang\.wei|wang\.fang|emma\.clark/],
  ['the mock scenario controls', /__zuoxiMock|__zuoxiPhone|injectContact/],
  ['MSW', /mockServiceWorker|setupWorker|msw\/browser/],
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const found = [];
for (const file of files(dist)) {
  if (!/\.(js|html|css|json|map)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  for (const [what, pattern] of forbidden) if (pattern.test(text)) found.push(`${file.slice(dist.length + 1)}: ${what}`);
}
if (files(dist).some((f) => f.endsWith('mockServiceWorker.js'))) found.push('mockServiceWorker.js is in dist/');
if (found.length) {
  console.error(`check-production-build: the production build carries mock or demo material:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-production-build: ${files(dist).length} files, no demo password, accounts, mocks or scenario controls`);
