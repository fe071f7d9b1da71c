import type { Helpline, Source } from './types.js';
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
 * A valid record in today's format: one written with the older `source` (a URL or a list of
 * URLs) and `lastVerified` gets `sources` (`{ url, accessed }` each) and `verified`. Other records
 * are returned as they are.
 */
export function normaliseHelpline(record: Helpline): Helpline {
  const legacy = record as Helpline & {
    source?: string | readonly string[];
    lastVerified?: string;
  };
  if (legacy.sources !== undefined && legacy.verified !== undefined) return record;
  const { source, lastVerified, ...rest } = legacy;
  const verified = legacy.verified ?? lastVerified ?? '';
  const urls = source === undefined ? [] : typeof source === 'string' ? [source] : source;
  const sources: Source[] = urls.map((url) => ({ url, accessed: verified }));
  return { ...rest, sources: legacy.sources ?? sources, verified };
}

/**
 * Our records with an agency's own on top. Each agency record is validated: an invalid one is
 * skipped and reported in `problems` (with its index and id); a valid one replaces our record with
 * the same `id` in place, or is added at the end. A second agency record with an id already used is
 * skipped. Only the first `max` agency records are read (the banner passes `LIMITS.helplineRecords`
 * of `@shieldkit/core/schema.js`, 200): the rest is one problem, at the first record left out.
 * Nothing is logged here: the UI layer reports `problems`.
 *
 *     const { records, problems } = mergeHelplines(helplines, campaign.helplines);
 */
export function mergeHelplines(
  ours: readonly Helpline[],
  agencyRecords: unknown,
  max = Infinity,
): MergeResult {
  const records = [...ours];
  const problems: SkippedRecord[] = [];
  if (!Array.isArray(agencyRecords)) {
    const message = `agency helplines must be a list of records; got ${agencyRecords === null ? 'null' : typeof agencyRecords}`;
    return { records, problems: [{ problems: [{ path: [], message }] }] };
  }
  const seen = new Map<string, number>();
  // Where each of our ids is in `records`, so replacing one is a lookup (linear in all records).
  const ourIndex = new Map<string, number>();
  records.forEach((record, i) => {
    if (!ourIndex.has(record.id)) ourIndex.set(record.id, i);
  });
  agencyRecords.slice(0, max).forEach((record: unknown, index) => {
    let id: string | undefined;
    let found: Problem[];
    let valid: Helpline | undefined;
    try {
      const candidate = (record as { id?: unknown } | null)?.id;
      id = typeof candidate === 'string' ? candidate : undefined;
      found = validateHelpline(record);
      if (found.length === 0) valid = normaliseHelpline(record as Helpline);
    } catch {
      found = [{ path: [], message: 'could not be read' }];
    }
    if (found.length === 0 && id !== undefined && seen.has(id)) {
      found = [
        { path: ['id'], message: `"${id}" is already used by agency record ${seen.get(id)!}` },
      ];
    }
    if (found.length > 0) {
      problems.push(id === undefined ? { index, problems: found } : { index, id, problems: found });
      return;
    }
    seen.set(id!, index);
    const at = ourIndex.get(id!);
    if (at === undefined) records.push(valid!);
    else records[at] = valid!;
  });
  const rest = agencyRecords.length - max;
  if (rest > 0) {
    const message = `at most ${max} agency records are read: this one${rest > 1 ? ` and the ${rest - 1} after it are` : ' is'} left out`;
    problems.push({ index: max, problems: [{ path: [], message }] });
  }
  return { records, problems };
}
