import { agentNotReadyReasons, type AgentStatus } from '@/contract/schemas/agent-state';
import type { Tenant } from '@/contract/schemas/identity';
import { moveAgentState, startContact } from '@/domain/agent-state-machine';
import { DomainError } from '@/domain/domain-error';
import { inCentreOf, takesContacts } from '@/domain/tenant-scope';
import { saveAgentState } from '@mocks/core/agent-states';
import { getMockDb, type MockDb } from '@mocks/core/mock-db';
import { agentStateOf } from '@mocks/core/queue-views';
import { signedInUsers } from '@mocks/core/sessions';
import { createPrng } from '@mocks/seed/prng';
import { centreOf } from './centre-scale';

export interface FloorTrafficOptions {
  /** Events each of the centre's team leads receives per second (seat states and queue figures together). */
  eventsPerSecond?: number;
  durationMs?: number;
  /** Default: the centre of the first team lead signed in. */
  tenant?: Tenant;
}

export interface FloorTrafficReport {
  running: boolean;
  tenant: Tenant | null;
  eventsPerSecond: number;
  /** Epoch ms of the start, null before any run. */
  startedAt: number | null;
  /** Epoch ms of the end (or now, while running). */
  until: number | null;
  /** State changes made, each real in the db. */
  changes: number;
  /** Events published to each of the centre's team leads. */
  published: number;
}

export const MAX_EVENTS_PER_SECOND = 5000;
export const MAX_TRAFFIC_MS = 10 * 60_000;
const TICK_MS = 16;
// A throttled (background) tab wakes rarely: a late tick makes up at most this much, never a burst of minutes.
const MAX_CATCH_UP_MS = 100;

const nextStatuses: readonly (readonly [AgentStatus, number])[] = [
  ['ready', 35],
  ['busy', 35],
  ['after_call_work', 15],
  ['not_ready', 15],
];

interface Run {
  db: MockDb;
  timer: ReturnType<typeof setInterval>;
  seats: string[];
  lastTick: number;
  credit: number;
}

let run: Run | null = null;
let report: FloorTrafficReport = { running: false, tenant: null, eventsPerSecond: 0, startedAt: null, until: null, changes: 0, published: 0 };
const prng = createPrng(0xf100e);
let contactCount = 0;

/** Moves one seat to another working state through the same rule and store as a seat's own request; returns the events each lead got. */
function changeOneSeat(db: MockDb, seats: string[]): number {
  const seatId = seats[prng.int(0, seats.length - 1)]!;
  const seat = db.users.get(seatId);
  if (!seat) return 0;
  const current = agentStateOf(db, seatId);
  let status = prng.weighted(nextStatuses);
  if (status === current.status) status = status === 'ready' ? 'busy' : 'ready';
  // Busy is a contact, as the desktop reports one; every other state is the seat's own choice.
  const next =
    status === 'busy' && current.status !== 'offline'
      ? startContact(current, `floor-${++contactCount}`, db.clock())
      : moveAgentState(current, status === 'busy' ? 'ready' : status, status === 'not_ready' ? prng.pick(agentNotReadyReasons) : null, db.clock());
  saveAgentState(db, next, 'agent');
  // saveAgentState tells the leads about the seat and about each of its queues.
  return 1 + seat.queueIds.filter((q) => db.queues.has(q)).length;
}

function tick() {
  if (!run) return;
  const db = getMockDb();
  const now = db.clock();
  if (db !== run.db || now >= (report.until ?? 0)) {
    stopFloorTraffic();
    return;
  }
  run.credit += (Math.min(now - run.lastTick, MAX_CATCH_UP_MS) * report.eventsPerSecond) / 1000;
  run.lastTick = now;
  while (run.credit >= 1) {
    const events = changeOneSeat(db, run.seats);
    if (events === 0) break;
    run.credit -= events;
    report.changes += 1;
    report.published += events;
  }
}

/** What the last (or current) run did. */
export function floorTrafficReport(): FloorTrafficReport {
  return { ...report, until: report.running ? Math.min(getMockDb().clock(), report.until ?? 0) : report.until };
}

/**
 * Busy-floor traffic: seats of the centre change state at random, through the agent-state rule and the
 * store, so every event describes a real change; `saveAgentState` publishes each change to the seat's
 * audience and its queues' new figures to the centre's team leads. Seats in use by someone signed in are
 * left alone. Stops by itself after `durationMs`, on `stopFloorTraffic()`, or when the db is reset.
 */
export function startFloorTraffic(options: FloorTrafficOptions = {}): FloorTrafficReport {
  const eventsPerSecond = options.eventsPerSecond ?? 500;
  const durationMs = options.durationMs ?? 30_000;
  if (!(eventsPerSecond > 0 && eventsPerSecond <= MAX_EVENTS_PER_SECOND)) throw new DomainError('validation_failed', `eventsPerSecond must be above 0 and at most ${MAX_EVENTS_PER_SECOND}`);
  if (!(durationMs > 0 && durationMs <= MAX_TRAFFIC_MS)) throw new DomainError('validation_failed', `durationMs must be above 0 and at most ${MAX_TRAFFIC_MS}`);
  stopFloorTraffic();
  const db = getMockDb();
  const tenant = centreOf(db, options.tenant);
  const signedIn = signedInUsers(db);
  const seats = inCentreOf({ tenant }, db.users.values())
    .filter((u) => takesContacts(u) && !signedIn.includes(u))
    .map((u) => u.id);
  if (seats.length === 0) throw new DomainError('not_found', `No seat of ${tenant} is free to move`);
  const now = db.clock();
  run = { db, timer: setInterval(tick, TICK_MS), seats, lastTick: now, credit: 0 };
  report = { running: true, tenant, eventsPerSecond, startedAt: now, until: now + durationMs, changes: 0, published: 0 };
  return floorTrafficReport();
}

export function stopFloorTraffic(): FloorTrafficReport {
  if (run) {
    clearInterval(run.timer);
    run = null;
    report = { ...report, running: false, until: Math.min(getMockDb().clock(), report.until ?? 0) };
  }
  return floorTrafficReport();
}
