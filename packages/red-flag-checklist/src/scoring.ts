import type { ChecklistItem } from './sets.js';

/** What the result area says: nothing ticked (what to watch for), some, or emergency guidance first. */
export type ChecklistLevel = 'none' | 'some' | 'urgent';

/** When the result changes. */
export interface ChecklistThresholds {
  /** How many ticked items give `some` (default 1). */
  some?: number;
  /**
   * How many ticked items give `urgent` even when none of them is flagged urgent (default: never;
   * only an urgent item does). ILO: usually several indicators together point to forced labour.
   */
  urgent?: number;
}

export const DEFAULT_CHECKLIST_THRESHOLDS: Required<Pick<ChecklistThresholds, 'some'>> = {
  some: 1,
};

/**
 * The result level for the ticked items. Ids that are not in `items` are ignored. Any ticked item
 * flagged `urgent` gives `urgent`; otherwise the number ticked is compared with the thresholds.
 * Pure: no DOM, no side effects.
 */
export function scoreChecklist(
  items: readonly Pick<ChecklistItem, 'id' | 'urgent'>[],
  checkedIds: Iterable<string>,
  thresholds: ChecklistThresholds = {},
): ChecklistLevel {
  const checked = new Set(checkedIds);
  const ticked = items.filter((entry) => checked.has(entry.id));
  if (ticked.some((entry) => entry.urgent === true)) return 'urgent';
  const { some = DEFAULT_CHECKLIST_THRESHOLDS.some, urgent } = thresholds;
  if (urgent !== undefined && ticked.length >= urgent) return 'urgent';
  return ticked.length >= some ? 'some' : 'none';
}
