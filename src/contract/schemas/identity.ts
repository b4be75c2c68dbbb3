import { z } from 'zod/mini';

/** A contact centre served by this desktop: the Chinese operator, or the English-speaking one. */
export const Tenant = z.enum(['cn', 'intl']);
export type Tenant = z.infer<typeof Tenant>;

export const Locale = z.enum(['zh-CN', 'zh-TW', 'en']);
export type Locale = z.infer<typeof Locale>;

export const Role = z.enum(['agent', 'expert', 'supervisor']);
export type Role = z.infer<typeof Role>;

export const Skill = z.enum(['general', 'complaints', 'billing', 'handsets', 'enterprise', 'marketing', 'value_added', 'finance']);
export type Skill = z.infer<typeof Skill>;

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
  tenant: Tenant,
  /** The language of the user's profile: the desktop opens in it unless this browser chose another. */
  locale: Locale,
});
export type User = z.infer<typeof User>;

export const Credentials = z.object({ username: z.string().check(z.minLength(1)), password: z.string().check(z.minLength(1)) });
export type Credentials = z.infer<typeof Credentials>;

export const Session = z.object({ token: z.string(), expiresAt: z.string(), user: User });
export type Session = z.infer<typeof Session>;

/** A seeded demo user offered on the sign-in page of mock mode and of a demo server (never in production). */
export const DemoAccount = z.object({ username: z.string(), displayName: z.string(), role: Role });
export type DemoAccount = z.infer<typeof DemoAccount>;
