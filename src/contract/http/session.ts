import { z } from 'zod/mini';
import { endpoint } from '../endpoint';

export const Role = z.enum(['agent', 'expert', 'supervisor']);
export type Role = z.infer<typeof Role>;

export const Skill = z.enum(['general', 'complaints', 'billing', 'handsets', 'enterprise', 'marketing', 'value_added', 'finance']);
export type Skill = z.infer<typeof Skill>;

export const Locale = z.enum(['zh-CN', 'zh-TW', 'en']);
export type Locale = z.infer<typeof Locale>;

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  skills: z.array(Skill),
  queueIds: z.array(z.string()),
  /** Work number shown to customers (工号). */
  workNumber: z.string(),
  /** SIP extension of this seat's softphone. */
  extension: z.string(),
  tenant: z.enum(['cn', 'intl']),
});
export type User = z.infer<typeof User>;

export const Credentials = z.object({ username: z.string().check(z.minLength(1)), password: z.string().check(z.minLength(1)) });
export type Credentials = z.infer<typeof Credentials>;

export const Session = z.object({ token: z.string(), expiresAt: z.string(), user: User });
export type Session = z.infer<typeof Session>;

export const login = endpoint({
  id: 'session.login',
  method: 'POST',
  path: '/api/session/login',
  body: Credentials,
  response: Session,
  errors: { 401: 'invalid_credentials', 429: 'rate_limited' },
  auth: false,
});

export const logout = endpoint({
  id: 'session.logout',
  method: 'POST',
  path: '/api/session/logout',
  response: z.object({ ok: z.literal(true) }),
});

export const getMe = endpoint({
  id: 'session.me',
  method: 'GET',
  path: '/api/session/me',
  response: User,
  errors: { 401: 'unauthorized' },
});
