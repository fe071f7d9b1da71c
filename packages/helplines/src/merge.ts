import type { Helpline } from './types.js';
import { validateHelpline, type Problem } from './validate.js';

export { formatProblem } from './validate.js';

/** An agency record that was left out, with why. */
export interface SkippedRecord {
  /** Its position in the agency's list (left out when the list itself was not a list). */
  index?: number;
  /** Its `id`, when it has a usable one. */
  id?: string;
  problems: Problem[];
}

/** The merged list, and the agency records that were left out. */
export interface MergeResult {
  records: Helpline[];
  problems: SkippedRecord[];
}

/**
 * Our records with an agency's own on top. Each agency record is validated: an invalid one is
 * skipped and reported in `problems` (with its index and id); a valid one replaces our record with
 * the same `id` in place, or is added at the end. A second agency record with an id already used is
 * skipped. Nothing is logged here: the UI layer reports `problems`.
 *
 *     const { records, problems } = mergeHelplines(helplines, campaign.helplines);
 */
export function mergeHelplines(ours: readonly Helpline[], agencyRecords: unknown): MergeResult {
  const records = [...ours];
  const problems: SkippedRecord[] = [];
  if (!Array.isArray(agencyRecords)) {
    const message = `agency helplines must be a list of records; got ${agencyRecords === null ? 'null' : typeof agencyRecords}`;
    return { records, problems: [{ problems: [{ path: '(records)', message }] }] };
  }
  const seen = new Map<string, number>();
  agencyRecords.forEach((record: unknown, index) => {
    let id: string | undefined;
    let found: Problem[];
    try {
      const candidate = (record as { id?: unknown } | null)?.id;
      id = typeof candidate === 'string' ? candidate : undefined;
      found = validateHelpline(record);
    } catch {
      found = [{ path: '(record)', message: 'could not be read' }];
    }
    if (found.length === 0 && id !== undefined && seen.has(id)) {
      found = [
        { path: 'id', message: `"${id}" is already used by agency record ${seen.get(id)!}` },
      ];
    }
    if (found.length > 0) {
      problems.push(id === undefined ? { index, problems: found } : { index, id, problems: found });
      return;
    }
    seen.set(id!, index);
    const ourIndex = records.findIndex((r) => r.id === id);
    if (ourIndex >= 0) records[ourIndex] = record as Helpline;
    else records.push(record as Helpline);
  });
  return { records, problems };
}
