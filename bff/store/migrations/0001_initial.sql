-- The BFF's store: the same SQL on PGlite (embedded) and PostgreSQL 15 (DATABASE_URL).
CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL,
  tenant text NOT NULL,
  locale text NOT NULL,
  work_number text NOT NULL,
  extension text NOT NULL,
  skills jsonb NOT NULL,
  queue_ids jsonb NOT NULL,
  password_hash text NOT NULL
);

CREATE TABLE queues (
  queue_id text PRIMARY KEY,
  tenant text NOT NULL,
  name text NOT NULL,
  skill text NOT NULL,
  tier text NOT NULL,
  sla_seconds integer NOT NULL,
  acw_seconds integer NOT NULL,
  stats jsonb NOT NULL
);

-- One row a seat; `version` is the optimistic lock every change goes through.
CREATE TABLE agent_states (
  agent_id text PRIMARY KEY REFERENCES users (id),
  version integer NOT NULL,
  status text NOT NULL,
  acw_ends_at bigint,
  state jsonb NOT NULL
);
CREATE INDEX agent_states_acw_due ON agent_states (acw_ends_at) WHERE status = 'after_call_work';

-- Contacts a seat reported as started: the queue whose after-call-work policy applies at their end.
CREATE TABLE agent_contacts (
  agent_id text NOT NULL REFERENCES users (id),
  contact_id text NOT NULL,
  queue_id text,
  PRIMARY KEY (agent_id, contact_id)
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  csrf text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  role text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  last_seen_at bigint NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE sign_in_failures (
  username text PRIMARY KEY,
  count integer NOT NULL,
  locked_until bigint NOT NULL
);

-- The first answer to a write with an Idempotency-Key, by scope (endpoint, user, key).
CREATE TABLE idempotency (
  scope text PRIMARY KEY,
  status integer NOT NULL,
  body jsonb NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE audit_log (
  id text PRIMARY KEY,
  -- Compared byte by byte whatever the database's locale: the key's order is the log's.
  sort_key text COLLATE "C" NOT NULL,
  at text NOT NULL,
  action text NOT NULL,
  actor_id text,
  actor_name text NOT NULL,
  tenant text,
  details jsonb NOT NULL
);
CREATE INDEX audit_log_order ON audit_log (sort_key);
CREATE INDEX audit_log_actor ON audit_log (actor_id, sort_key);
CREATE INDEX audit_log_action ON audit_log (action, sort_key);

-- Realtime: each recipient's stream. The database allocates seq (row lock on event_streams), so every
-- instance sees one gapless, increasing order per user.
CREATE TABLE event_streams (
  user_id text PRIMARY KEY,
  seq bigint NOT NULL
);
CREATE TABLE events (
  user_id text NOT NULL,
  seq bigint NOT NULL,
  event jsonb NOT NULL,
  PRIMARY KEY (user_id, seq)
);

CREATE TABLE customers (
  customer_id text PRIMARY KEY,
  tenant text NOT NULL,
  data jsonb NOT NULL
);
CREATE TABLE customer_numbers (
  msisdn text NOT NULL,
  customer_id text NOT NULL REFERENCES customers (customer_id),
  PRIMARY KEY (msisdn, customer_id)
);

-- Ids made at run time (contacts offered, notices, audit entries).
CREATE TABLE counters (
  name text PRIMARY KEY,
  value bigint NOT NULL
);
