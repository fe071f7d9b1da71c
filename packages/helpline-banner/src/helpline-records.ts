/**
 * Which records the banner places: ours (only the campaign's `helplines.include`, when it names
 * some) plus the agency's own (campaign `helplines.custom`, then the `helplines` property), merged
 * by `@shieldkit/helplines`. No DOM.
 */
import type { Helpline } from '@shieldkit/helplines';
import type {} from './campaign.js';

/** Ours to show, and the agency's records still to be checked (campaign first, then the property). */
export function recordSources(
  dataset: readonly Helpline[],
  settings: ShieldCampaignSettings['helplines'],
  helplines: unknown,
): { ours: readonly Helpline[]; agency: unknown[] } {
  const include = settings?.include;
  const ours = include ? dataset.filter((r) => include.includes(r.id)) : dataset;
  const campaignRecords = settings?.custom ?? [];
  const own = helplines === undefined ? [] : Array.isArray(helplines) ? helplines : [helplines];
  return { ours, agency: [...campaignRecords, ...own] };
}

/**
 * Checks the agency's records and merges them into ours. The validator is loaded now, only when
 * there are agency records, so most readers never download it. Resolves to the merged records and
 * one message per skipped record; rejects when the validator could not be loaded.
 */
export function mergeAgencyRecords(
  ours: readonly Helpline[],
  agency: readonly unknown[],
): Promise<{ records: readonly Helpline[]; skipped: string[] }> {
  return import('@shieldkit/helplines/merge.js').then(({ mergeHelplines, formatProblem }) => {
    const { records, problems } = mergeHelplines(ours, agency);
    const skipped = problems.map((skip) => {
      const which = skip.id ? `"${skip.id}"` : `number ${(skip.index ?? 0) + 1}`;
      return `helpline record ${which} was skipped: ${skip.problems.map(formatProblem).join('; ')}`;
    });
    return { records, skipped };
  });
}
