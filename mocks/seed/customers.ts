import type { Account, ContactRecord, CustomerLevel, CustomerSegment, IdType, MarketingRecord, Order, Plan, Subscription, SurveyResult } from '@/contract/schemas/customer';
import type { Channel } from '@/contract/schemas/channel';
import type { Tenant } from '@/contract/schemas/identity';
import type { TicketSummary } from '@/contract/schemas/ticket';
import type { Skill } from '@/contract/schemas/identity';
import {
  cnCities,
  cnHandsets,
  cnMobilePrefixes,
  cnOffers,
  cnPlans,
  contactIntents,
  enHandsets,
  enOffers,
  orderTemplates,
  surveyComments,
  ticketTitles,
  ukCities,
  ukPlans,
  usCities,
  usPlans,
} from './catalog';
import { cnGivenFemale, cnGivenMale, cnSurnames, enGivenFemale, enGivenMale, enSurnames } from './names';
import type { Prng } from './prng';
import { queueIdFor } from './queues';
import { customerAccounts } from './customer-accounts';
import { customerIdentity, type DrawnId } from './customer-identity';
import { customerPrng } from './customer-prng';
import { extraContactCount, extraContacts } from './contact-history';
import { RECENT_WINDOW, sharedContactNumbers } from './shared-numbers';
import { applyShowcase } from './showcase';
import type { SeedCustomer } from './seed-customer';
import type { SeedAgent, SeedQueue } from './types';

const DAY_MS = 86_400_000;

interface Context {
  prng: Prng;
  /** The seed number: each customer's own stream is derived from it and the customer's id. */
  baseSeed: number;
  anchorMs: number;
  agents: SeedAgent[];
  queues: SeedQueue[];
  msisdns: Set<string>;
  counters: { contact: number; ticket: number; order: number; survey: number };
  /** The last customers generated, for numbers shared with them. */
  recent: SeedCustomer[];
}

type Region = 'cn' | 'uk' | 'us';

const levelWeights: readonly (readonly [CustomerLevel, number])[] = [
  ['standard', 50],
  ['silver', 25],
  ['gold', 17],
  ['diamond', 8],
];
const segmentWeights: readonly (readonly [CustomerSegment, number])[] = [
  ['consumer', 45],
  ['family', 20],
  ['youth', 15],
  ['senior', 10],
  ['enterprise', 10],
];
const channelWeights: readonly (readonly [Channel, number])[] = [
  ['voice', 45],
  ['chat', 25],
  ['sms', 10],
  ['email', 8],
  ['social', 12],
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round2 = (n: number) => Math.round(n * 100) / 100;

function daysAgo(ctx: Context, maxDays: number, minDays = 0): string {
  const ms = ctx.anchorMs - ctx.prng.int(minDays * 24 * 60, maxDays * 24 * 60) * 60_000;
  return new Date(ms).toISOString();
}

function uniqueMsisdn(ctx: Context, region: Region, usArea: string): string {
  for (let tries = 0; ; tries++) {
    // The fictional ranges (Ofcom's drama numbers, 555-01xx) hold a thousand and a hundred numbers: a
    // large dataset outgrows them and moves to wider ranges. The demo dataset never retries 20 times, so
    // its numbers are as they always were.
    const wide = tries >= 20;
    const candidate =
      region === 'cn'
        ? `${ctx.prng.pick(cnMobilePrefixes)}${ctx.prng.digits(8)}`
        : region === 'uk'
          ? wide
            ? `+447${ctx.prng.digits(9)}`
            : `+447700900${ctx.prng.digits(3)}`
          : wide
            ? `+1${usArea}${ctx.prng.int(2, 9)}${ctx.prng.digits(6)}`
            : `+1${usArea}55501${ctx.prng.digits(2)}`;
    if (!ctx.msisdns.has(candidate)) {
      ctx.msisdns.add(candidate);
      return candidate;
    }
  }
}

function plansFor(region: Region): readonly Plan[] {
  return region === 'cn' ? cnPlans : region === 'uk' ? ukPlans : usPlans;
}

function agentFor(ctx: Context, tenant: Tenant, skill: Skill): SeedAgent | null {
  const candidates = ctx.agents.filter((a) => a.tenant === tenant && a.role !== 'supervisor' && a.skills.includes(skill));
  return candidates.length ? ctx.prng.pick(candidates) : null;
}

function queueFor(ctx: Context, tenant: Tenant, skill: Skill): string {
  const id = queueIdFor(tenant, skill);
  return ctx.queues.some((q) => q.queueId === id) ? id : queueIdFor(tenant, 'general');
}

function makeSubscriptions(ctx: Context, region: Region, segment: CustomerSegment, level: CustomerLevel, usArea: string, since: number): Subscription[] {
  const { prng } = ctx;
  const count = segment === 'enterprise' ? prng.int(2, 4) : segment === 'family' ? prng.int(2, 3) : prng.chance(0.2) ? 2 : 1;
  const plans = plansFor(region);
  const upscale = level === 'gold' || level === 'diamond';
  const subs: Subscription[] = [];
  for (let i = 0; i < count; i++) {
    const plan = upscale ? plans[Math.min(plans.length - 1, prng.int(0, 3))]! : prng.pick(plans);
    const limitDays = Math.max(1, Math.floor((ctx.anchorMs - since) / DAY_MS));
    const status = prng.weighted([['active', 92], ['suspended', 6], ['terminated', 2]] as const);
    subs.push({
      subscriptionId: `sub-${region}-${pad(ctx.msisdns.size, 5)}`,
      msisdn: uniqueMsisdn(ctx, region, usArea),
      planId: plan.planId,
      planName: plan.name,
      status,
      network: plan.network,
      handset: prng.pick(region === 'cn' ? cnHandsets : enHandsets),
      activatedAt: daysAgo(ctx, limitDays, 1),
      dataUsedGb: status === 'active' ? prng.float(0, Math.min(plan.dataGb, 80) * 1.1, 1) : 0,
      voiceMinutesUsed: status === 'active' ? prng.int(0, Math.min(plan.voiceMinutes, 900)) : 0,
    });
  }
  return subs;
}

function makeAccount(ctx: Context, customerNo: string, region: Region, level: CustomerLevel, subs: Subscription[]): Account {
  const { prng } = ctx;
  const currency = region === 'cn' ? 'CNY' : region === 'uk' ? 'GBP' : 'USD';
  const monthly = subs.reduce((sum, s) => sum + (plansFor(region).find((p) => p.planId === s.planId)?.monthlyFee ?? 0), 0);
  const inArrears = subs.some((s) => s.status === 'suspended') || prng.chance(0.1);
  const arrears = inArrears ? round2(monthly * prng.float(0.3, 2.2)) : 0;
  const periods = [1, 2, 3].map((back) => {
    const d = new Date(ctx.anchorMs);
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - back);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}`;
  });
  const scale = region === 'cn' ? 1 : 0.15;
  return {
    accountId: `acc-${customerNo}`,
    currency,
    balance: inArrears ? 0 : round2(prng.float(0, region === 'cn' ? 600 : 80)),
    arrears,
    creditLimit: { standard: 100, silver: 300, gold: 800, diamond: 2000 }[level] * scale,
    paymentMethod:
      region === 'cn'
        ? prng.pick(['alipay', 'wechat_pay', 'bank_transfer', 'direct_debit', 'prepaid_topup'] as const)
        : prng.pick(['direct_debit', 'card', 'prepaid_topup'] as const),
    billingDay: prng.pick([1, 1, 5, 10, 15, 20] as const),
    bills: periods.map((period, i) => ({
      period,
      amount: round2(monthly + prng.float(0, 40 * scale)),
      paid: !(inArrears && i === 0),
    })),
  };
}

function makeContacts(ctx: Context, tenant: Tenant, since: number): ContactRecord[] {
  const { prng } = ctx;
  const count = prng.int(1, 6);
  const maxDays = Math.min(540, Math.max(2, Math.floor((ctx.anchorMs - since) / DAY_MS)));
  const list: ContactRecord[] = [];
  for (let i = 0; i < count; i++) {
    const [intent, zh, en, skill] = prng.pick(contactIntents);
    const channel = prng.weighted(channelWeights);
    const bot = channel !== 'voice' && prng.chance(0.15);
    const agent = bot ? null : agentFor(ctx, tenant, skill) ?? agentFor(ctx, tenant, 'general');
    list.push({
      contactId: `ct-h${pad(++ctx.counters.contact, 6)}`,
      channel,
      direction: prng.chance(0.85) ? 'inbound' : 'outbound',
      at: daysAgo(ctx, maxDays),
      durationSec: channel === 'voice' ? prng.int(45, 900) : channel === 'chat' || channel === 'social' ? prng.int(90, 1500) : 0,
      agentId: agent?.id ?? null,
      queueId: bot ? null : queueFor(ctx, tenant, skill),
      intent,
      summary: tenant === 'cn' ? zh : en,
      resolved: prng.chance(0.8),
    });
  }
  return list.sort((a, b) => b.at.localeCompare(a.at));
}

function makeTickets(ctx: Context, tenant: Tenant): TicketSummary[] {
  const { prng } = ctx;
  const count = prng.weighted([[0, 55], [1, 30], [2, 15]] as const);
  const list: TicketSummary[] = [];
  for (let i = 0; i < count; i++) {
    const [category, zh, en] = prng.pick(ticketTitles);
    const createdAt = daysAgo(ctx, 120);
    const status = prng.weighted([['open', 20], ['pending', 15], ['resolved', 30], ['closed', 35]] as const);
    const skill: Skill = category === 'complaint' ? 'complaints' : category === 'billing_dispute' ? 'billing' : 'general';
    const updated = Math.min(ctx.anchorMs, Date.parse(createdAt) + prng.int(1, 14 * 24) * 3_600_000);
    list.push({
      ticketId: `tk-${pad(++ctx.counters.ticket, 6)}`,
      title: tenant === 'cn' ? zh : en,
      category,
      status,
      priority: prng.weighted([['low', 15], ['normal', 55], ['high', 22], ['urgent', 8]] as const),
      queueId: queueFor(ctx, tenant, skill),
      createdAt,
      updatedAt: new Date(updated).toISOString(),
    });
  }
  return list;
}

function makeOrders(ctx: Context, tenant: Tenant, region: Region): Order[] {
  const { prng } = ctx;
  const count = prng.int(0, 3);
  const scale = region === 'cn' ? 1 : 0.12;
  const list: Order[] = [];
  for (let i = 0; i < count; i++) {
    const [type, zh, en] = prng.pick(orderTemplates);
    list.push({
      orderId: `ord-${pad(++ctx.counters.order, 6)}`,
      type,
      title: tenant === 'cn' ? zh : en,
      status: prng.weighted([['completed', 80], ['in_progress', 12], ['cancelled', 8]] as const),
      amount: type === 'handset' ? round2(prng.float(1999, 8999) * scale) : type === 'cancellation' ? 0 : round2(prng.float(10, 300) * scale),
      createdAt: daysAgo(ctx, 400),
    });
  }
  return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function makeSurveys(ctx: Context, tenant: Tenant, contacts: ContactRecord[]): SurveyResult[] {
  const { prng } = ctx;
  return contacts
    .filter((c) => c.agentId !== null && prng.chance(0.4))
    .map((c) => {
      const score = prng.weighted([[5, 45], [4, 30], [3, 12], [2, 8], [1, 5]] as const);
      return {
        surveyId: `sv-${pad(++ctx.counters.survey, 6)}`,
        contactId: c.contactId,
        channel: prng.weighted([['sms', 70], ['ivr', 15], ['web', 15]] as const),
        score,
        comment: prng.chance(0.4) ? prng.pick(surveyComments[tenant === 'cn' ? 'cn' : 'en']) : null,
        at: new Date(Math.min(ctx.anchorMs, Date.parse(c.at) + prng.int(5, 180) * 60_000)).toISOString(),
      };
    });
}

function makeMarketing(ctx: Context, tenant: Tenant, optOut: boolean): MarketingRecord[] {
  const { prng } = ctx;
  const offers = tenant === 'cn' ? cnOffers : enOffers;
  const count = optOut ? prng.int(0, 1) : prng.int(0, 3);
  return prng
    .sample(offers, count)
    .map(([offerId, offerName]) => ({
      offerId,
      offerName,
      channel: prng.weighted([['voice', 50], ['chat', 25], ['sms', 25]] as const),
      outcome: optOut ? ('declined' as const) : prng.weighted([['presented', 30], ['accepted', 30], ['declined', 40]] as const),
      at: daysAgo(ctx, 300),
    }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

function makeCustomer(ctx: Context, tenant: Tenant, index: number): SeedCustomer {
  const { prng } = ctx;
  const customerNo = `${tenant}-${pad(index, 4)}`;
  const female = prng.chance(0.5);
  const region: Region = tenant === 'cn' ? 'cn' : prng.chance(0.6) ? 'uk' : 'us';
  const segment = prng.weighted(segmentWeights);
  const level = prng.weighted(levelWeights);
  let name: string;
  let city: string;
  let idType: IdType;
  // The draws of the ID's masked form are kept, in order: its last four stay the customer's.
  let tail: string;
  let usArea = '212';
  if (region === 'cn') {
    const [surname] = prng.pick(cnSurnames);
    const [given] = prng.pick(female ? cnGivenFemale : cnGivenMale);
    const [cityName] = prng.pick(cnCities);
    name = `${surname}${given}`;
    city = cityName;
    idType = segment === 'enterprise' ? 'business_licence' : 'resident_id';
    const last = prng.chance(0.08) ? `${prng.digits(3)}X` : prng.digits(4);
    tail = segment === 'enterprise' ? prng.digits(4) : last;
  } else {
    name = `${prng.pick(female ? enGivenFemale : enGivenMale)} ${prng.pick(enSurnames)}`;
    if (region === 'uk') {
      city = prng.pick(ukCities);
    } else {
      const [cityName, area] = prng.pick(usCities);
      city = cityName;
      usArea = area;
    }
    idType = prng.chance(0.6) ? 'passport' : 'driving_licence';
    tail = prng.digits(4);
  }
  const since = ctx.anchorMs - prng.int(60, 15 * 365) * DAY_MS;
  const optOut = prng.chance(0.15);
  const subscriptions = makeSubscriptions(ctx, region, segment, level, usArea, since);
  const contacts = makeContacts(ctx, tenant, since);
  const mainPlan = plansFor(region).find((p) => p.planId === subscriptions[0]?.planId);
  const usualGb = Math.min(mainPlan?.dataGb ?? 20, 80);
  // The rest of the original draws, in the order the original object literal made them.
  const preferredLanguage = tenant === 'cn' ? (prng.chance(0.05) ? 'zh-TW' : 'zh-CN') : 'en';
  const account = makeAccount(ctx, customerNo, region, level, subscriptions);
  const orders = makeOrders(ctx, tenant, region);
  const tickets = makeTickets(ctx, tenant);
  const surveys = makeSurveys(ctx, tenant, contacts);
  const marketing = makeMarketing(ctx, tenant, optOut);
  const behaviour = {
    monthlyDataGb: Array.from({ length: 6 }, () => prng.float(usualGb * 0.3, usualGb * 1.15, 1)),
    appLogins30d: prng.int(0, segment === 'senior' ? 4 : 40),
    roamingLast90d: prng.chance(region === 'cn' ? 0.08 : 0.2),
  };

  const customerId = `c-${customerNo}`;
  const draft = { customerId, name, gender: female ? ('female' as const) : ('male' as const), level, marketingOptOut: optOut, account, tickets };
  applyShowcase(draft, ctx.anchorMs);

  // Everything added since comes from the customer's own stream.
  const own = customerPrng(ctx.baseSeed, customerId);
  const drawn: DrawnId = { idType, tail };
  const identity = customerIdentity(own, { name: draft.name, segment, city, region, drawn, anchorMs: ctx.anchorMs });
  const lines = customerAccounts(own, { customerNo, region, segment, main: draft.account, subscriptions, plans: plansFor(region), anchorMs: ctx.anchorMs });
  const extra = extraContacts(own, ctx, { tenant, customerNo, since, count: extraContactCount(own, customerId, contacts.length) });
  const history = extra.length ? [...contacts, ...extra].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.contactId < b.contactId ? 1 : -1)) : contacts;
  return {
    customerId,
    tenant,
    name: draft.name,
    gender: draft.gender,
    birthDate: identity.birthDate,
    idType,
    idNumber: identity.idNumber,
    level: draft.level,
    segment,
    city,
    address: identity.address,
    email: identity.email,
    contactNumbers: sharedContactNumbers(own, { customerId, tenant, segment }, ctx.recent),
    preferredLanguage,
    customerSince: new Date(since).toISOString(),
    marketingOptOut: draft.marketingOptOut,
    subscriptions: lines.subscriptions,
    accounts: lines.accounts,
    orders,
    contacts: history,
    tickets,
    surveys,
    marketing,
    behaviour,
  };
}

export interface CustomerStreamInput {
  prng: Prng;
  baseSeed: number;
  anchorMs: number;
  agents: SeedAgent[];
  queues: SeedQueue[];
  perTenant: { cn: number; intl: number };
}

/**
 * The customers one at a time (cn first, then intl), so a large dataset can be written to a store in
 * batches without holding it all.
 */
export function* streamCustomers(input: CustomerStreamInput): Generator<SeedCustomer> {
  const ctx: Context = {
    prng: input.prng,
    baseSeed: input.baseSeed,
    anchorMs: input.anchorMs,
    agents: input.agents,
    queues: input.queues,
    msisdns: new Set(),
    counters: { contact: 0, ticket: 0, order: 0, survey: 0 },
    recent: [],
  };
  for (const tenant of ['cn', 'intl'] as const) {
    for (let i = 1; i <= input.perTenant[tenant]; i++) {
      const customer = makeCustomer(ctx, tenant, i);
      ctx.recent.push(customer);
      if (ctx.recent.length > RECENT_WINDOW) ctx.recent.shift();
      yield customer;
    }
  }
}

export function createCustomers(input: CustomerStreamInput): SeedCustomer[] {
  return [...streamCustomers(input)];
}
