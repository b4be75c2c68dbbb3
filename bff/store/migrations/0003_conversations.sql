-- Conversations (chats, SMS, emails, social messages): src/domain/conversation-record.ts keeps the rules,
-- `record` the whole record; the columns beside it are what the queries select and order by.
CREATE TABLE conversations (
  conversation_id text COLLATE "C" PRIMARY KEY,
  tenant text NOT NULL,
  channel text NOT NULL,
  status text NOT NULL,
  queue_id text NOT NULL,
  agent_id text,
  -- Where an inbound SMS or email finds the open conversation it joins (src/domain/inbound-conversation.ts).
  thread_key text NOT NULL,
  -- The web chat widget's token: the customer's only credential, never shown to agents.
  chat_token text UNIQUE,
  -- Newest first (src/domain/conversation-record.ts listKey): an agent's list pages along this index.
  list_key text COLLATE "C" NOT NULL,
  -- When it last joined the queue (epoch ms): routing offers the longest waiting first.
  queued_at bigint NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX conversations_agent ON conversations (agent_id, status, list_key);
CREATE INDEX conversations_waiting ON conversations (status, queued_at) WHERE status IN ('queued', 'offered');
CREATE INDEX conversations_thread ON conversations (tenant, channel, thread_key) WHERE status <> 'closed';

-- A thread: seq is gapless per conversation (the conversation row is locked while one is appended), and a
-- sender's client id is unique in it (src/domain/outgoing-message.ts sentBefore: per author, and per agent
-- for agents), so a retried send finds its first message instead of making another.
CREATE TABLE messages (
  conversation_id text COLLATE "C" NOT NULL REFERENCES conversations (conversation_id),
  seq integer NOT NULL,
  author text NOT NULL,
  agent_id text,
  client_id text,
  internal boolean NOT NULL,
  message jsonb NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX messages_client_id ON messages (conversation_id, client_id, author, (coalesce(agent_id, ''))) WHERE client_id IS NOT NULL;
-- SMS and emails sent and not yet confirmed by the carrier or mail server (a demo server fakes the receipt).
CREATE INDEX messages_awaiting_receipt ON messages ((message->>'at')) WHERE message->>'status' = 'sent';

-- An offer of a conversation to one agent; `status` open until accepted, declined, timed out or withdrawn.
CREATE TABLE conversation_offers (
  offer_id text PRIMARY KEY,
  conversation_id text COLLATE "C" NOT NULL REFERENCES conversations (conversation_id),
  agent_id text NOT NULL,
  channel text NOT NULL,
  status text NOT NULL,
  expires_at bigint NOT NULL,
  offer jsonb NOT NULL
);
CREATE INDEX conversation_offers_agent ON conversation_offers (agent_id) WHERE status = 'open';
CREATE INDEX conversation_offers_due ON conversation_offers (expires_at) WHERE status = 'open';
CREATE INDEX conversation_offers_conversation ON conversation_offers (conversation_id) WHERE status = 'open';

-- A seat's conversation settings: capacity per channel (the server's), auto-accept, and when routing last
-- gave it a contact (longest idle first).
CREATE TABLE agent_conversation_settings (
  agent_id text PRIMARY KEY REFERENCES users (id),
  auto_accept boolean NOT NULL,
  capacity jsonb NOT NULL,
  last_routed_at bigint
);

-- How long an offer waits and when a wait turns amber, then red (one row: every queue alike).
CREATE TABLE conversation_policy (
  id integer PRIMARY KEY,
  offer_timeout_sec integer NOT NULL,
  amber_after_sec integer NOT NULL,
  red_after_sec integer NOT NULL
);

CREATE TABLE canned_responses (
  id text PRIMARY KEY,
  tenant text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX canned_responses_tenant ON canned_responses (tenant);

CREATE TABLE dispositions (
  code text PRIMARY KEY,
  position integer NOT NULL,
  labels jsonb NOT NULL
);

-- Uploaded attachments: the bytes are a file of their own under the attachments folder, this is who may see them.
CREATE TABLE attachments (
  attachment_id text PRIMARY KEY,
  conversation_id text COLLATE "C" NOT NULL REFERENCES conversations (conversation_id),
  name text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL,
  uploaded_by text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX attachments_conversation ON attachments (conversation_id);
