// The customer's chat and the agent's answer through the BFF (test mode, fresh PGlite store, API only).
// A customer starts a chat over the widget API and opens the widget socket; an agent (zhang.wei) signed in
// over HTTP with her realtime socket is Ready and takes the chat. Then, 100 times in a row (after 5 not
// counted), one every 200 ms at most: the customer sends a message (POST, with a client id) → the agent's
// socket brings it → the agent answers (POST) → the customer's socket brings the answer.
//
// BENCH chat_roundtrip_p95_ms: p95 over the 100 of the time from the customer's send to the answer on the
//   customer's socket. Goal ≤ 150. The clients run on the same machine as the BFF: their load counts too.
import { loadavg } from 'node:os';
import { WebSocket } from 'ws';
import { percentile, signIn, sleep, startBenchBff } from './bench-bff.mjs';

const ROUND_TRIPS = 100;
const WARM_UP = 5;
const AGENT = process.env.BENCH_CHAT_AGENT ?? 'zhang.wei';

/** A socket that speaks the realtime protocol: resolves once `ready`; `next(match)` waits for a matching event. */
function openStream(url, credential, headers) {
  const ws = new WebSocket(url, { headers });
  const waiters = [];
  const backlog = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data));
    if (frame.op !== 'event') return;
    const at = performance.now();
    const waiter = waiters.findIndex((w) => w.match(frame.event));
    if (waiter >= 0) waiters.splice(waiter, 1)[0].resolve({ event: frame.event, at });
    else backlog.push({ event: frame.event, at });
  });
  const ready = new Promise((resolve, reject) => {
    ws.once('open', () => ws.send(JSON.stringify({ op: 'hello', csrf: credential, lastSeq: null })));
    ws.once('error', reject);
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.op === 'ready' || frame.op === 'resync') resolve();
      if (frame.op === 'error') reject(new Error(`socket refused: ${frame.code}`));
    });
  });
  return {
    ready,
    next(match, timeoutMs = 15_000) {
      const early = backlog.findIndex((b) => match(b.event));
      if (early >= 0) return Promise.resolve(backlog.splice(early, 1)[0]);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (v) => (clearTimeout(timer), resolve(v)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no matching event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => ws.close(),
  };
}

const bff = await startBenchBff();
const streams = [];
try {
  const wsBase = bff.url.replace('http', 'ws');
  const agent = await signIn(bff.url, AGENT);
  const agentStream = openStream(`${wsBase}/api/events`, agent.csrf, { cookie: agent.cookie, origin: bff.url });
  streams.push(agentStream);
  await agentStream.ready;
  await agent.call('PUT', '/api/conversation-settings/auto-accept', { autoAccept: false });
  await agent.call('PUT', '/api/agent/state', { status: 'ready' });

  const start = await fetch(`${bff.url}/api/widget/chats`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'cn', name: 'Bench customer', text: 'hello' }),
  });
  if (!start.ok) throw new Error(`start chat: ${start.status} ${await start.text()}`);
  const chat = await start.json();
  const customerStream = openStream(`${wsBase}/api/widget/events`, chat.chatToken, { origin: bff.url });
  streams.push(customerStream);
  await customerStream.ready;

  const { event: offered } = await agentStream.next((e) => e.type === 'conversation.offered' && e.offer.conversationId === chat.conversationId, 30_000);
  await agent.call('POST', `/api/conversation-offers/${encodeURIComponent(offered.offer.offerId)}/accept`);

  const widgetHeaders = { 'content-type': 'application/json', 'x-widget-token': chat.chatToken };
  const conversation = encodeURIComponent(chat.conversationId);
  const samples = [];
  // Where the time goes, per leg: the customer's POST, on to the agent's socket, the agent's POST, on to the customer's socket.
  const legs = { customerPost: [], toAgent: [], agentPost: [], toCustomer: [] };
  for (let i = 0; i < WARM_UP + ROUND_TRIPS; i += 1) {
    const ping = `ping ${i}`;
    const pong = `pong ${i}`;
    const isText = (e, author, text) => e.type === 'message.created' && e.message.author === author && e.message.content.kind === 'text' && e.message.content.text === text;
    const agentSees = agentStream.next((e) => isText(e, 'customer', ping));
    const customerSees = customerStream.next((e) => isText(e, 'agent', pong));
    const sent = performance.now();
    let posted = 0;
    // The agent answers when her socket brings the message, whether or not the customer's POST has answered yet.
    const customerPosted = fetch(`${bff.url}/api/widget/chats/${conversation}/messages`, {
      method: 'POST',
      headers: widgetHeaders,
      body: JSON.stringify({ clientId: `bench-customer-${i}`, content: { kind: 'text', text: ping } }),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`customer send: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      posted = performance.now();
    });
    const { at: agentAt } = await agentSees;
    const replying = performance.now();
    let replied = 0;
    const agentPosted = agent
      .call('POST', `/api/conversations/${conversation}/messages`, { clientId: `bench-agent-${i}`, content: { kind: 'text', text: pong }, internal: false })
      .then(() => (replied = performance.now()));
    const { at } = await customerSees;
    await Promise.all([customerPosted, agentPosted]);
    if (i >= WARM_UP) {
      samples.push(at - sent);
      legs.customerPost.push(posted - sent);
      legs.toAgent.push(agentAt - sent);
      legs.agentPost.push(replied - replying);
      legs.toCustomer.push(at - replying);
    }
    // One round trip every 200 ms at most: people do not write faster, and the BFF limits a session to
    // 10 writes a second (burst 30), which back-to-back round trips would soon exceed.
    await sleep(Math.max(0, sent + 200 - performance.now()));
  }
  console.log(`BENCH chat_roundtrip_p95_ms ${percentile(samples, 0.95).toFixed(1)} ms`);
  console.log(
    `  (${samples.length} round trips: median ${percentile(samples, 0.5).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms; load average ${loadavg()[0].toFixed(1)})`,
  );
  const leg = (name) => `${name} ${percentile(legs[name], 0.5).toFixed(1)}/${percentile(legs[name], 0.95).toFixed(1)}`;
  console.log(`  (median/p95 ms from the customer's send: ${leg('customerPost')} answered, ${leg('toAgent')} on the agent's socket; from the agent's reply: ${leg('agentPost')} answered, ${leg('toCustomer')} on the customer's socket)`);
} finally {
  for (const stream of streams) stream.close();
  await bff.stop();
}
