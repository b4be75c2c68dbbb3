import type { Plan } from '@/contract/schemas/customer';

/** Product and place data the generator draws from; the numbers resemble real tariffs, not any one operator's. */
export const cnPlans: readonly Plan[] = [
  { planId: 'cn-5g-128', tenant: 'cn', name: '5G畅享套餐 128元', monthlyFee: 128, currency: 'CNY', dataGb: 30, voiceMinutes: 500, network: '5G' },
  { planId: 'cn-5g-198', tenant: 'cn', name: '5G畅享套餐 198元', monthlyFee: 198, currency: 'CNY', dataGb: 60, voiceMinutes: 800, network: '5G' },
  { planId: 'cn-5g-298', tenant: 'cn', name: '5G智享套餐 298元', monthlyFee: 298, currency: 'CNY', dataGb: 100, voiceMinutes: 1200, network: '5G' },
  { planId: 'cn-qqt-388', tenant: 'cn', name: '全球通尊享套餐 388元', monthlyFee: 388, currency: 'CNY', dataGb: 150, voiceMinutes: 2000, network: '5G' },
  { planId: 'cn-family-169', tenant: 'cn', name: '5G全家享套餐 169元', monthlyFee: 169, currency: 'CNY', dataGb: 80, voiceMinutes: 1000, network: '5G' },
  { planId: 'cn-dgdd-39', tenant: 'cn', name: '动感地带 5G芒果卡 39元', monthlyFee: 39, currency: 'CNY', dataGb: 20, voiceMinutes: 100, network: '5G' },
  { planId: 'cn-4g-58', tenant: 'cn', name: '4G飞享套餐 58元', monthlyFee: 58, currency: 'CNY', dataGb: 10, voiceMinutes: 200, network: '4G' },
  { planId: 'cn-szx-19', tenant: 'cn', name: '神州行 畅听卡 19元', monthlyFee: 19, currency: 'CNY', dataGb: 3, voiceMinutes: 300, network: '4G' },
];

export const ukPlans: readonly Plan[] = [
  { planId: 'uk-sim-15', tenant: 'intl', name: 'SIM Only 30GB', monthlyFee: 15, currency: 'GBP', dataGb: 30, voiceMinutes: 5000, network: '5G' },
  { planId: 'uk-unl-35', tenant: 'intl', name: 'Unlimited Max', monthlyFee: 35, currency: 'GBP', dataGb: 1000, voiceMinutes: 5000, network: '5G' },
  { planId: 'uk-ess-10', tenant: 'intl', name: 'Essentials 10GB', monthlyFee: 10, currency: 'GBP', dataGb: 10, voiceMinutes: 1000, network: '4G' },
  { planId: 'uk-fam-45', tenant: 'intl', name: 'Family Share 100GB', monthlyFee: 45, currency: 'GBP', dataGb: 100, voiceMinutes: 5000, network: '5G' },
  { planId: 'uk-biz-40', tenant: 'intl', name: 'Business Pro', monthlyFee: 40, currency: 'GBP', dataGb: 200, voiceMinutes: 5000, network: '5G' },
];

export const usPlans: readonly Plan[] = [
  { planId: 'us-unl-65', tenant: 'intl', name: 'Unlimited Plus', monthlyFee: 65, currency: 'USD', dataGb: 1000, voiceMinutes: 10000, network: '5G' },
  { planId: 'us-basic-40', tenant: 'intl', name: 'Basic 15GB', monthlyFee: 40, currency: 'USD', dataGb: 15, voiceMinutes: 10000, network: '5G' },
  { planId: 'us-prepaid-25', tenant: 'intl', name: 'Prepaid 5GB', monthlyFee: 25, currency: 'USD', dataGb: 5, voiceMinutes: 1000, network: '4G' },
  { planId: 'us-biz-55', tenant: 'intl', name: 'Business Unlimited', monthlyFee: 55, currency: 'USD', dataGb: 1000, voiceMinutes: 10000, network: '5G' },
];

/** City with the first three digits of a resident ID issued there (北京 110, 上海 310 …). */
export const cnCities = [
  ['北京', '110'], ['上海', '310'], ['广州', '440'], ['深圳', '440'], ['杭州', '330'], ['成都', '510'],
  ['武汉', '420'], ['南京', '320'], ['西安', '610'], ['重庆', '500'],
] as const;

export const ukCities = ['London', 'Manchester', 'Leeds', 'Bristol', 'Glasgow', 'Birmingham', 'Edinburgh'] as const;
export const usCities = [
  ['New York', '212'], ['San Francisco', '415'], ['Chicago', '312'], ['Boston', '617'], ['Seattle', '206'],
] as const;

export const cnMobilePrefixes = ['139', '138', '158', '188', '135', '150', '187', '182', '137', '147'] as const;

export const cnHandsets = ['华为 Mate 70', '华为 nova 13', '小米 15', 'iPhone 17', 'iPhone 16', 'OPPO Find X8', 'vivo X200', '荣耀 Magic7'] as const;
export const enHandsets = ['iPhone 17', 'iPhone 16', 'Samsung Galaxy S25', 'Google Pixel 10', 'Motorola Edge 60', 'Samsung Galaxy A56'] as const;

type Offer = readonly [offerId: string, offerName: string];

export const cnOffers: readonly Offer[] = [
  ['off-cn-flow-10', '流量加油包 10GB 30元'], ['off-cn-video', '视频会员权益包 15元/月'],
  ['off-cn-bb-300', '宽带融合 300M 升级'], ['off-cn-5g-up', '5G升档优惠 立减20元'],
  ['off-cn-family', '亲情网 免费互打'], ['off-cn-migu', '咪咕视频会员 首月1元'],
  ['off-cn-roam', '国际漫游 日套餐 25元'], ['off-cn-handset', '合约购机 直降500元'],
];
export const enOffers: readonly Offer[] = [
  ['off-en-roam', 'Roaming Pass 30 days'], ['off-en-boost', 'Data Boost 5GB'],
  ['off-en-stream', 'Streaming Add-on'], ['off-en-upgrade', 'Early Handset Upgrade'],
  ['off-en-family', 'Add a Family Line -50%'], ['off-en-insure', 'Device Insurance'],
];

/**
 * Why customers get in touch: [intent code, zh summary, en summary, queue skill]. The code is what the IVR or
 * bot would collect; the skill says which queue usually takes it.
 */
export const contactIntents = [
  ['bill_query', '查询本月话费明细', 'Asked for this month’s bill breakdown', 'billing'],
  ['data_usage', '流量使用情况查询', 'Checked data usage', 'billing'],
  ['plan_change', '咨询套餐变更', 'Asked about changing plan', 'general'],
  ['network_fault', '反映信号差、网络故障', 'Reported poor signal / network fault', 'general'],
  ['complaint_billing', '投诉扣费不明', 'Complained about an unexplained charge', 'complaints'],
  ['complaint_service', '投诉服务态度', 'Complained about service', 'complaints'],
  ['handset_repair', '手机故障报修', 'Reported a faulty handset', 'handsets'],
  ['handset_upgrade', '咨询合约购机', 'Asked about a handset upgrade', 'handsets'],
  ['top_up', '充值未到账', 'Top-up not credited', 'billing'],
  ['roaming', '开通国际漫游', 'Activated roaming', 'general'],
  ['enterprise_lines', '集团客户新增号码', 'Added lines to a business account', 'enterprise'],
  ['vas_unsubscribe', '退订增值业务', 'Unsubscribed from a value-added service', 'value_added'],
  ['offer_inquiry', '咨询优惠活动', 'Asked about current offers', 'marketing'],
  ['password_reset', '重置服务密码', 'Reset service password', 'general'],
] as const;

export const ticketTitles = [
  ['complaint', '客户投诉不明扣费，要求退费', 'Customer disputes a charge and asks for a refund'],
  ['fault', '家中室内信号弱，申请网络优化', 'Weak indoor signal, network optimisation requested'],
  ['billing_dispute', '国际漫游费用争议', 'Roaming charges disputed'],
  ['service_request', '申请补办SIM卡', 'Replacement SIM requested'],
  ['callback', '专席回访：套餐变更结果确认', 'Callback: confirm plan change outcome'],
  ['fault', '宽带频繁掉线', 'Home broadband keeps dropping'],
  ['complaint', '营业厅服务投诉', 'Complaint about a retail store visit'],
  ['service_request', '携号转网咨询与办理', 'Number port-out request'],
] as const;

export const orderTemplates = [
  ['plan_change', '套餐变更', 'Plan change'],
  ['new_line', '新装号码', 'New line'],
  ['add_on', '加装流量包', 'Data add-on'],
  ['handset', '合约购机', 'Handset on contract'],
  ['number_port', '携号转入', 'Number port-in'],
  ['cancellation', '退订增值业务', 'Add-on cancelled'],
] as const;

export const surveyComments = {
  cn: ['客服很耐心，问题解决了', '等待时间有点长', '一次就解决了，很满意', '还需要再打一次，不太满意', '专席处理很专业'],
  en: ['Very helpful, sorted first time', 'Waited too long', 'Agent was patient and clear', 'Had to call twice', 'Great service'],
} as const;
