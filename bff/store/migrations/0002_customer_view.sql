-- The unified customer view. Customers are seed data (a CRM's, here the shared seed's): the whole
-- customer lives in `data` (personal data in full, masked on the way out), beside the few columns and
-- tables its lookups need, so a number, a name, an ID or an account answers from an index, never a scan.
-- 0001's customer tables held the old shape: dropped, and reloaded by the seeding (seed_info says which
-- dataset the store holds).
DROP TABLE customer_numbers;
DROP TABLE customers;

CREATE TABLE seed_info (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE customers (
  customer_id text COLLATE "C" PRIMARY KEY,
  tenant text NOT NULL,
  -- Upper-cased (a resident ID's X): the ID search.
  id_number text NOT NULL,
  -- Lower-cased: the screen pop of an email.
  email text,
  -- What a search row needs (src/domain/customer-summary.ts), so a page of results reads small records.
  summary jsonb NOT NULL,
  -- The whole customer but its contact history (customer_contacts).
  data jsonb NOT NULL
);
CREATE INDEX customers_id_number ON customers (id_number);
CREATE INDEX customers_email ON customers (email) WHERE email IS NOT NULL;

-- Every number a customer answers to: its lines, and registered contact numbers several customers may
-- share (a family line, a company line). The screen pop's lookup is this primary key.
CREATE TABLE customer_numbers (
  msisdn text NOT NULL,
  customer_id text COLLATE "C" NOT NULL REFERENCES customers (customer_id),
  kind text NOT NULL,
  PRIMARY KEY (msisdn, customer_id)
);

CREATE TABLE customer_accounts (
  account_id text PRIMARY KEY,
  customer_id text COLLATE "C" NOT NULL REFERENCES customers (customer_id)
);

-- Name keys (src/domain/name-keys.ts: lower-cased; a Latin name also surname first). Byte order ("C"),
-- so `name_key LIKE 'prefix%'` is a range of this index and pages sort as the mocks sort them.
-- (pg_trgm is in PGlite's contrib and Debian's PostgreSQL, but prefixes are what agents type, and
-- trigrams of Chinese names depend on the server's locale: not used.)
CREATE TABLE customer_names (
  tenant text NOT NULL,
  name_key text COLLATE "C" NOT NULL,
  customer_id text COLLATE "C" NOT NULL REFERENCES customers (customer_id),
  PRIMARY KEY (tenant, name_key, customer_id)
);

-- Contact history, a row a contact. sort_key is src/domain/contact-timeline.ts's key (time inverted, then
-- the contact id): the primary key is (customer, newest first), so a page is one index range after the
-- cursor. The channel filter has its own range.
CREATE TABLE customer_contacts (
  customer_id text COLLATE "C" NOT NULL,
  sort_key text COLLATE "C" NOT NULL,
  channel text NOT NULL,
  -- Intent and summary lower-cased, for the word filter (within one customer's rows).
  words text NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (customer_id, sort_key)
);
CREATE INDEX customer_contacts_channel ON customer_contacts (customer_id, channel, sort_key);

-- Contacts in hand (offered or registered): their customer link and identity check (src/domain/live-contact.ts).
CREATE TABLE contacts (
  contact_id text PRIMARY KEY,
  tenant text NOT NULL,
  record jsonb NOT NULL,
  created_at bigint NOT NULL
);
