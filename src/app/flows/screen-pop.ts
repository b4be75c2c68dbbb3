import type { QueryClient } from '@tanstack/react-query';
import type { OfferedContact } from '@/contract/schemas/contact';
import type { ContactView } from '@/contract/schemas/contact-view';
import { normalizeNumber } from '@/domain/normalize-number';
import { contactKey } from '@/features/customers/api/contact-key';
import { contactQueryOptions } from '@/features/customers/api/get-contact';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { callerLookupQueryOptions } from '@/features/customers/api/lookup-caller';
import { linkContactTo } from '@/features/customers/api/link-contact';
import { prefetchCustomerView } from '@/features/customers/api/prefetch-customer-view';
import { registerUnofferedCall } from '@/features/customers/api/register-call';
import { usePopStore, type Pop } from '@/features/customers/stores/pop-store';
import { paths } from '@/lib/paths';

export interface ScreenPopDeps {
  queryClient: QueryClient;
  /** The page's path now. */
  pathname: () => string;
  navigate: (to: string) => void;
  now: () => number;
}

/** Pages where the context panel shows the popped customer by its address: the workspace itself. */
function onWorkspace(pathname: string): boolean {
  return pathname === paths.workspace.path || pathname.startsWith('/customers/');
}

const store = () => usePopStore.getState();

/** The pop still current for this contact or call (a call's pop is re-keyed once registered). */
function findPop(ref: { key: string; callId: string | null }): Pop | undefined {
  return store().pops.find((p) => p.key === ref.key || (ref.callId !== null && p.callId === ref.callId));
}

function isActive(pop: Pop): boolean {
  return store().activeKey === pop.key;
}

/** One customer: their address on the workspace (so a reload or Back keeps it); elsewhere the pop alone. */
function showCustomer(deps: ScreenPopDeps, customerId: string): void {
  if (onWorkspace(deps.pathname())) deps.navigate(paths.customer.href(customerId));
}

/** A picker or an unknown caller is shown where no customer address is: never the previous customer. */
function showNoCustomer(deps: ScreenPopDeps): void {
  if (deps.pathname().startsWith('/customers/')) deps.navigate(paths.workspace.href());
}

function link(deps: ScreenPopDeps, contactId: string, customerId: string): void {
  linkContactTo({ contactId, customerId }).then(
    (contact) => deps.queryClient.setQueryData(contactKey(contactId), contact),
    () => undefined,
  );
}

/** Who is behind `from`: one match is shown (and the contact linked), several are offered, none is unknown. */
async function resolveCaller(deps: ScreenPopDeps, ref: { key: string; callId: string | null }, from: string): Promise<void> {
  let matches;
  try {
    ({ matches } = await deps.queryClient.fetchQuery(callerLookupQueryOptions(from)));
  } catch {
    const pop = findPop(ref);
    if (!pop || pop.status !== 'resolving') return;
    store().patch(pop.key, { status: 'failed' });
    if (isActive(pop)) showNoCustomer(deps);
    return;
  }
  const pop = findPop(ref);
  // The agent may have picked or searched meanwhile: what they chose stands.
  if (!pop || pop.status !== 'resolving') return;
  const [only] = matches;
  if (matches.length === 1 && only) {
    store().patch(pop.key, { status: 'matched', customerId: only.customerId, matches });
    if (isActive(pop)) showCustomer(deps, only.customerId);
    if (pop.contactId) link(deps, pop.contactId, only.customerId);
    await prefetchCustomerView(deps.queryClient, only.customerId);
    return;
  }
  store().patch(pop.key, { status: matches.length > 1 ? 'ambiguous' : 'unknown', matches });
  if (isActive(pop)) showNoCustomer(deps);
  // The agent will pick one of them: their headers are ready when they do.
  await Promise.all(matches.map((m) => deps.queryClient.prefetchQuery(customerQueryOptions(m.customerId))));
}

/**
 * The rule "a contact offered → its customer on screen before the agent accepts": the pop is shown at once,
 * the customer is the offer's (the IVR or bot identified them) or looked up by `from`, and every section of
 * the view is fetched into the cache while the phone still rings.
 */
export async function popOffer(deps: ScreenPopDeps, contact: OfferedContact): Promise<void> {
  const pop: Pop = {
    key: contact.contactId,
    contactId: contact.contactId,
    callId: null,
    channel: contact.channel,
    from: contact.from,
    status: contact.customerId ? 'matched' : 'resolving',
    customerId: contact.customerId,
    matches: [],
    intent: contact.intent,
    at: deps.now(),
  };
  store().show(pop);
  void deps.queryClient.prefetchQuery(contactQueryOptions(contact.contactId));
  if (contact.customerId) {
    showCustomer(deps, contact.customerId);
    await prefetchCustomerView(deps.queryClient, contact.customerId);
    return;
  }
  await resolveCaller(deps, pop, contact.from);
}

/**
 * A call that reached the phone with no offer (dialled straight to the extension) pops by its caller
 * number all the same, and is registered as a contact so it can be linked and verified.
 */
export async function popCall(deps: ScreenPopDeps, call: { callId: string; from: string }): Promise<void> {
  const key = `call:${call.callId}`;
  store().show({ key, contactId: null, callId: call.callId, channel: 'voice', from: call.from, status: 'resolving', customerId: null, matches: [], intent: null, at: deps.now() });
  const ref = { key, callId: call.callId };
  const registered = registerUnofferedCall(call.callId, call.from).then(
    (contact: ContactView) => {
      deps.queryClient.setQueryData(contactKey(contact.contactId), contact);
      const pop = findPop(ref);
      if (!pop) return;
      store().rekey(pop.key, contact.contactId);
      // Identified (or picked by the agent) before the contact existed: the link follows now.
      if (pop.customerId && pop.customerId !== contact.customerId) link(deps, contact.contactId, pop.customerId);
    },
    () => undefined,
  );
  await Promise.all([registered, resolveCaller(deps, ref, call.from)]);
}

/** How a number compares across an offer and a phone call (+86, separators). */
export function sameCaller(a: string, b: string): boolean {
  const na = normalizeNumber(a)?.dialable ?? a.trim();
  const nb = normalizeNumber(b)?.dialable ?? b.trim();
  return na === nb;
}

/**
 * The ringing call of an offered voice contact: the pop it belongs to gets its call id, so the call does not
 * pop a second time. Returns false when no recent offer matches (a call without an offer).
 */
export function claimOfferForCall(call: { callId: string; from: string }, now: number, withinMs = 60_000): boolean {
  const pop = store().pops.find((p) => p.channel === 'voice' && p.contactId !== null && (p.callId === null || p.callId === call.callId) && now - p.at <= withinMs && sameCaller(p.from, call.from));
  if (!pop) return false;
  if (pop.callId !== call.callId) store().patch(pop.key, { callId: call.callId });
  return true;
}

/**
 * A call that ended without being answered (rejected, cancelled by the caller, missed) takes its pop away,
 * offered or not: there is no contact in hand to wrap up. An answered call keeps its pop after it ends (the
 * agent still needs the customer during after-call work). An offered call ended before its ringing was
 * matched to the offer is matched first, so its pop is found.
 */
export function dropUnansweredCall(call: { callId: string; from: string }, now: number): void {
  if (call.from) claimOfferForCall(call, now);
  const pop = store().pops.find((p) => p.callId === call.callId);
  if (pop) store().dismiss(pop.key);
}
