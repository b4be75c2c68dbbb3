#!/usr/bin/env node
// A customer writes in, by hand, to a running BFF (`npm start`), on any channel:
//   node scripts/inbound.mjs sms 13800000000 "我的流量用完了"
//   node scripts/inbound.mjs email someone@example.org "Bill question" "My bill looks wrong"
//   node scripts/inbound.mjs social wechat:o6_abc "在吗"
//   node scripts/inbound.mjs chat web:visitor-1 "你好"          (the web chat widget is the real way in)
// SMS and email go through the carriers' and mail gateways' endpoint (/api/inbound/*, X-Inbound-Token:
// ZUOXI_INBOUND_TOKEN, else the demo server's dev token); social messages and chats through the demo
// server's test control. ZUOXI_URL names the BFF (default http://127.0.0.1:$PORT, port 8787); an email
// goes to the Chinese centre's address unless ZUOXI_CENTRE=intl.
const DEV_INBOUND_TOKEN = 'zuoxi-dev-inbound';
const base = process.env.ZUOXI_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
const token = process.env.ZUOXI_INBOUND_TOKEN ?? DEV_INBOUND_TOKEN;
const [channel, from, ...rest] = process.argv.slice(2);

function usage() {
  console.error('usage: node scripts/inbound.mjs sms <number> <text> | email <address> <subject> <text> | social <handle> <text> | chat <handle> <text>');
  process.exit(2);
}

let path;
let body;
if (channel === 'sms' && from && rest.length === 1) {
  path = '/api/inbound/sms';
  body = { from, text: rest[0] };
} else if (channel === 'email' && from && rest.length === 2) {
  path = '/api/inbound/email';
  // A known customer's email reaches their centre whatever the address; an unknown sender, the address's.
  body = { from, to: [process.env.ZUOXI_CENTRE === 'intl' ? 'support@intl.zuoxi.example' : 'kefu@cn.zuoxi.example'], subject: rest[0], text: rest[1] };
} else if ((channel === 'social' || channel === 'chat') && from && rest.length === 1) {
  path = '/api/test/conversations';
  body = { channel, from, text: rest[0] };
} else usage();

const response = await fetch(new URL(path, base), {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Inbound-Token': token },
  body: JSON.stringify(body),
}).catch((error) => {
  console.error(`[inbound] no BFF at ${base} (${error.cause?.code ?? error.message}): start it with \`npm start\``);
  process.exit(1);
});
const answer = await response.json().catch(() => null);
if (!response.ok) {
  console.error(`[inbound] ${response.status} ${answer?.code ?? ''}: ${answer?.message ?? ''}`);
  process.exit(1);
}
console.log(`[inbound] ${channel} from ${from} → conversation ${answer.conversationId}${answer.messageId ? ` (message ${answer.messageId})` : ''}`);
