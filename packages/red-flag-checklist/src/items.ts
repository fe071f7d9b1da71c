import { LIMITS } from '@shieldkit/core';
import { OTHER_CHECKLIST_CATEGORY, type ChecklistItem } from './sets.js';

/** An agency's own item (from the `items` property or the campaign), in plain text. */
export interface ChecklistItemInput {
  /** A shipped item's id to rewrite it, or a new id to add an item. */
  id: string;
  /** The text to show, plain text in the page's language. */
  text: string;
  /** A shipped category id (`papers`, `threats`…) or the plain-text name of a new group. */
  category?: string;
  /** Ticking it gives emergency guidance first. */
  urgent?: boolean;
  /** Framework codes, e.g. `ILO:deception`. */
  sources?: string[];
  /** A short "why it matters", plain text. */
  why?: string;
}

export type ReportProblem = (code: string, message: string, level?: 'error' | 'warn') => void;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Why `input` cannot be used as an item, or `undefined` when it can. */
function problemWith(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return 'is not an object';
  const entry = input as Record<string, unknown>;
  if (!isText(entry.id)) return 'has no "id" (a non-empty string)';
  if (!isText(entry.text)) return `"${entry.id}" has no "text" (a non-empty string)`;
  for (const field of ['text', 'why', 'category'] as const) {
    const value = entry[field];
    if (typeof value === 'string' && value.length > LIMITS.textLength)
      return `"${entry.id}": "${field}" has ${value.length} characters, more than the ${LIMITS.textLength} a text may have`;
  }
  if (entry.category !== undefined && !isText(entry.category))
    return `"${entry.id}": "category" is not a non-empty string`;
  if (entry.urgent !== undefined && typeof entry.urgent !== 'boolean')
    return `"${entry.id}": "urgent" is not true or false`;
  if (
    entry.sources !== undefined &&
    !(Array.isArray(entry.sources) && entry.sources.every((code) => typeof code === 'string'))
  )
    return `"${entry.id}": "sources" is not a list of strings`;
  if (entry.why !== undefined && typeof entry.why !== 'string')
    return `"${entry.id}": "why" is not a string`;
  return undefined;
}

/**
 * The items to show: a shipped set, with agency items rewriting (same id) or adding to it, then
 * `remove`d ids taken out. Bad input is reported through `report` and skipped; never throws.
 */
export function resolveChecklistItems(
  base: readonly ChecklistItem[],
  inputs: unknown,
  remove: unknown,
  report: ReportProblem,
): ChecklistItem[] {
  const items = [...base];
  if (inputs !== undefined && inputs !== null && !Array.isArray(inputs)) {
    report('invalid-items', '"items" is not a list of items; it is ignored.');
  } else {
    const seen = new Set<string>();
    const all: unknown[] = inputs ?? [];
    if (all.length > LIMITS.checklistItems) {
      report(
        'too-many-items',
        `there are ${all.length} own items, more than the ${LIMITS.checklistItems} read: item ${LIMITS.checklistItems + 1} and the ones after it are skipped.`,
      );
    }
    all.slice(0, LIMITS.checklistItems).forEach((input: unknown, index: number) => {
      const problem = problemWith(input);
      if (problem) {
        report('invalid-item', `item ${index + 1} ${problem}; it is skipped.`);
        return;
      }
      const entry = input as ChecklistItemInput;
      if (seen.has(entry.id)) {
        report('duplicate-item', `item ${index + 1} repeats the id "${entry.id}"; it is skipped.`);
        return;
      }
      seen.add(entry.id);
      const at = items.findIndex((existing) => existing.id === entry.id);
      const shipped = items[at];
      const item: ChecklistItem = {
        id: entry.id,
        text: entry.text,
        category: entry.category ?? shipped?.category ?? OTHER_CHECKLIST_CATEGORY,
        sources: entry.sources ?? shipped?.sources ?? [],
        urgent: entry.urgent ?? shipped?.urgent,
        whyText: entry.why,
      };
      if (shipped) items[at] = item;
      else items.push(item);
    });
  }
  if (remove === undefined || remove === null) return items;
  if (!Array.isArray(remove) || !remove.every((id) => typeof id === 'string')) {
    report('invalid-remove', '"remove" is not a list of item ids; it is ignored.');
    return items;
  }
  for (const id of remove) {
    if (!items.some((existing) => existing.id === id))
      report('unknown-item', `there is no item "${id}" to remove.`, 'warn');
  }
  return items.filter((existing) => !remove.includes(existing.id));
}
