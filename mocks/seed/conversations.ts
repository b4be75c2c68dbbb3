import type { Disposition } from '@/contract/schemas/conversation';
import type { StoredCannedResponse } from '@/domain/canned-responses';

/**
 * The conversations' demo data, shared by the mocks and the BFF's seed: the dispositions a conversation
 * closes with, and each centre's canned responses (常用语) in its languages. `{name}`, `{plan}`, `{agent}`
 * and `{workNumber}` are filled by the desktop from the customer and the agent.
 */

export const seedDispositions: Disposition[] = [
  { code: 'resolved', labels: { 'zh-CN': '已解决', 'zh-TW': '已解決', en: 'Resolved' } },
  { code: 'info_given', labels: { 'zh-CN': '已告知信息', 'zh-TW': '已告知資訊', en: 'Information given' } },
  { code: 'follow_up', labels: { 'zh-CN': '需跟进', 'zh-TW': '需跟進', en: 'Follow-up needed' } },
  { code: 'ticket_created', labels: { 'zh-CN': '已建工单', 'zh-TW': '已建工單', en: 'Ticket created' } },
  { code: 'transferred', labels: { 'zh-CN': '已转专席', 'zh-TW': '已轉專席', en: 'Transferred to an expert' } },
  { code: 'customer_left', labels: { 'zh-CN': '客户已离开', 'zh-TW': '客戶已離開', en: 'Customer left' } },
  { code: 'spam', labels: { 'zh-CN': '骚扰/无效', 'zh-TW': '騷擾/無效', en: 'Spam or invalid' } },
];

const all = ['chat', 'sms', 'email', 'social'] as const;
const typed = ['chat', 'email', 'social'] as const;

export const seedCannedResponses: StoredCannedResponse[] = [
  { id: 'cr-cn-01', tenant: 'cn', locale: 'zh-CN', title: '问候', body: '{name}您好，我是{agent}（工号{workNumber}），很高兴为您服务。', keywords: ['你好', '问候', '开场'], channels: [...all] },
  { id: 'cr-cn-02', tenant: 'cn', locale: 'zh-CN', title: '套餐查询', body: '{name}，您当前的套餐是{plan}，如需变更可以随时告诉我。', keywords: ['套餐', '资费', '查询'], channels: [...all] },
  { id: 'cr-cn-03', tenant: 'cn', locale: 'zh-CN', title: '话费账单', body: '{name}，本月账单已通过短信发送给您，也可以在 App「我的-账单」中查看明细。', keywords: ['话费', '账单', '扣费'], channels: [...all] },
  { id: 'cr-cn-04', tenant: 'cn', locale: 'zh-CN', title: '稍等', body: '请您稍等，我马上为您查询。', keywords: ['稍等', '等待'], channels: [...typed] },
  { id: 'cr-cn-05', tenant: 'cn', locale: 'zh-CN', title: '结束语', body: '感谢您的耐心，{name}，还有其他可以帮您的吗？祝您生活愉快！', keywords: ['结束', '感谢', '再见'], channels: [...all] },
  { id: 'cr-cn-06', tenant: 'cn', locale: 'en', title: 'Greeting', body: 'Hello {name}, this is {agent}. How can I help you today?', keywords: ['hello', 'greeting'], channels: [...all] },
  { id: 'cr-intl-01', tenant: 'intl', locale: 'en', title: 'Greeting', body: 'Hello {name}, this is {agent} (ID {workNumber}). How can I help you today?', keywords: ['hello', 'hi', 'greeting'], channels: [...all] },
  { id: 'cr-intl-02', tenant: 'intl', locale: 'en', title: 'Your plan', body: '{name}, you are on the {plan} plan. I can change it for you whenever you like.', keywords: ['plan', 'tariff', 'bundle'], channels: [...all] },
  { id: 'cr-intl-03', tenant: 'intl', locale: 'en', title: 'One moment', body: 'One moment please, I am checking that for you.', keywords: ['wait', 'moment', 'hold'], channels: [...typed] },
  { id: 'cr-intl-04', tenant: 'intl', locale: 'en', title: 'Closing', body: 'Thank you for your patience, {name}. Is there anything else I can help with?', keywords: ['bye', 'thanks', 'closing'], channels: [...all] },
  { id: 'cr-intl-05', tenant: 'intl', locale: 'zh-CN', title: '问候', body: '{name}您好，我是{agent}，很高兴为您服务。', keywords: ['你好', '问候'], channels: [...all] },
];

/** What a carrier or mail gateway sends as X-Inbound-Token to a demo or test backend (the BFF's default too). */
export const DEV_INBOUND_TOKEN = 'zuoxi-dev-inbound';
