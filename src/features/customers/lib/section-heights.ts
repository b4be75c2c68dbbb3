import type { SectionId } from '../stores/section-layout-store';

/**
 * What each section usually takes while loading (its skeleton), so nothing below jumps when it arrives.
 * The history's is its fixed viewport plus the count line; its filters are drawn above the skeleton.
 */
export const SECTION_SKELETON_HEIGHT: Record<SectionId, number> = {
  accounts: 200,
  subscriptions: 132,
  timeline: 312 + 18,
  tickets: 84,
  orders: 84,
  evaluations: 110,
  marketing: 84,
};

/** The history's filter row, drawn above its skeleton. */
export const TIMELINE_FILTERS_HEIGHT = 46;
