import { readConfig } from './config';
import { startBff } from './server/start-bff';

// `npm start` (demo data, PGlite in .data/) and production (`ZUOXI_MODE=production`, DATABASE_URL, NATS_URL).
const config = readConfig();
const bff = await startBff(config);
console.log(`[bff] ${config.instance} listening on ${bff.url} (${config.mode}, store ${bff.store.kind}${config.natsUrl ? ', NATS' : ''})`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void bff.close().then(() => process.exit(0));
  });
}
