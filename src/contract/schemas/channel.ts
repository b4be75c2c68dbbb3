import { z } from 'zod/mini';

/** How a contact reaches the centre: 语音 voice, 在线 chat, 短信 SMS, 邮件 email, 社交 social messaging. */
export const Channel = z.enum(['voice', 'chat', 'sms', 'email', 'social']);
export type Channel = z.infer<typeof Channel>;
