import { z } from 'zod/mini';

/** A contact centre served by this desktop: the Chinese operator, or the English-speaking one. */
export const Tenant = z.enum(['cn', 'intl']);
export type Tenant = z.infer<typeof Tenant>;

export const Locale = z.enum(['zh-CN', 'zh-TW', 'en']);
export type Locale = z.infer<typeof Locale>;

/** 普通坐席 agent · 专家坐席 expert · 班长 supervisor (team lead) · 管理员 admin. */
export const Role = z.enum(['agent', 'expert', 'supervisor', 'admin']);
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

export const Credentials = z.strictObject({ username: z.string().check(z.minLength(1)), password: z.string().check(z.minLength(1)) });
export type Credentials = z.infer<typeof Credentials>;

/**
 * A signed-in session. The session itself travels in an HttpOnly cookie the page cannot read; what the
 * page gets is who signed in, when the session ends at the latest, and the CSRF token every write carries.
 */
export const Session = z.object({
  user: User,
  /** The absolute end (12 h after sign-in), whatever the activity. */
  expiresAt: z.string(),
  /** Inactivity that ends the session, in seconds (30 min). */
  idleTimeoutSec: z.int(),
  /** Sent back as `X-CSRF-Token` on every write (also readable from the `zuoxi_csrf` cookie). */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof Session>;

/** A seeded demo user offered on the sign-in page of mock mode and of a demo server (never in production). */
export const DemoAccount = z.object({ username: z.string(), displayName: z.string(), role: Role });
export type DemoAccount = z.infer<typeof DemoAccount>;
