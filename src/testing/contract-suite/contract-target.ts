import type { HttpMethod } from '@/contract/core/endpoint';
import type { User } from '@/contract/schemas/identity';
import type { TestSocket } from './test-socket';

export interface ContractResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body (undefined when empty). */
  body: unknown;
  /** Every Set-Cookie of the answer, as sent. */
  setCookies: string[];
}

export interface RequestInit {
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body` (malformed JSON, oversized bodies). */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** One browser's worth of session against a backend: it carries the session however the backend keeps it. */
export interface ContractClient {
  /** Who signed in; null for an anonymous client. */
  readonly user: User | null;
  request(method: HttpMethod, path: string, init?: RequestInit): Promise<ContractResponse>;
  /** Opens the realtime socket as the desktop does and says hello after `lastSeq` (null: a fresh start). */
  openSocket(lastSeq?: number | null): Promise<TestSocket>;
}

/**
 * A backend the contract suite runs against: the MSW handlers, or a running BFF. Everything the suite does
 * goes through HTTP and the socket protocol, so where two targets answer differently, the suite fails.
 */
export interface ContractTarget {
  name: string;
  /** Signs in (demo password unless given); throws when the backend refuses. */
  signIn(username: string, password?: string): Promise<ContractClient>;
  /** A client with no session: sign-in itself, and the test controls. */
  anonymous(): ContractClient;
  /** Opens the web chat widget's socket as the customer's page does: `hello` carries the chat token. */
  openWidgetSocket(chatToken: string, lastSeq?: number | null): Promise<TestSocket>;
}
