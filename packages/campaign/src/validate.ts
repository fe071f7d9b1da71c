import { helplines as ourHelplines, validateHelpline } from '@shieldkit/helplines';
import {
  formatPath,
  isObject,
  validate,
  type Fields,
  type Problem,
} from '@shieldkit/core/schema.js';
import { CHECKLIST_SETS, DEFAULT_CHECKLIST_SET } from '@shieldkit/red-flag-checklist/sets.js';
import { campaignSchema } from './schema.js';
import { PRINT_FLAGS } from './print.js';

/**
 * One thing wrong in a campaign: where (`['stories', 2, 'image', 'alt']`; `formatPath` writes it
 * `stories[2].image.alt`) and what, in plain language.
 */
export type CampaignProblem = Problem;

/** An error at `path`; its message is the path written for people, then `rest`. */
const error = (path: (string | number)[], rest: string): CampaignProblem => ({
  path,
  message: `${formatPath(path)}${rest}`,
  level: 'error',
});

/** Rules across fields, which a JSON Schema cannot say. */
function crossCheck(campaign: Fields, out: CampaignProblem[]): void {
  const languages = campaign['languages'];
  if (
    isObject(languages) &&
    Array.isArray(languages['offered']) &&
    typeof languages['default'] === 'string'
  ) {
    if (!languages['offered'].includes(languages['default'])) {
      out.push(
        error(
          ['languages', 'default'],
          ` "${languages['default']}" should also be in languages.offered`,
        ),
      );
    }
  }
  const helplines = campaign['helplines'];
  if (isObject(helplines)) {
    const custom = Array.isArray(helplines['custom']) ? helplines['custom'] : [];
    custom.forEach((record, index) => {
      if (!isObject(record)) return;
      for (const problem of validateHelpline(record)) {
        // The helplines validator still writes its paths as text: kept as one key under the record.
        out.push(error(['helplines', 'custom', index, problem.path], `: ${problem.message}`));
      }
    });
    const known = new Set([
      ...ourHelplines.map((h) => h.id),
      ...custom.map((r) => (isObject(r) ? r['id'] : undefined)),
    ]);
    (Array.isArray(helplines['include']) ? helplines['include'] : []).forEach((id, index) => {
      if (typeof id === 'string' && !known.has(id)) {
        out.push(
          error(['helplines', 'include', index], `: there is no helpline "${id}" (check the id)`),
        );
      }
    });
  }
  checkPrintFlags(campaign, out);
  const stories = Array.isArray(campaign['stories']) ? campaign['stories'] : [];
  const ids = new Set<unknown>();
  stories.forEach((story, index) => {
    if (!isObject(story)) return;
    if (ids.has(story['id'])) {
      out.push(error(['stories', index, 'id'], ` repeats "${String(story['id'])}"`));
    }
    ids.add(story['id']);
    const consent = story['consent'];
    if (
      isObject(consent) &&
      typeof consent['given'] === 'string' &&
      typeof consent['expires'] === 'string'
    ) {
      if (consent['expires'] <= consent['given']) {
        out.push(error(['stories', index, 'consent', 'expires'], ' should be after consent.given'));
      }
    }
  });
}

/** `print.flags`: 3 to 5 ids, each an item the campaign's checklist shows (its set or its own). */
function checkPrintFlags(campaign: Fields, out: CampaignProblem[]): void {
  const print = campaign['print'];
  const flags = isObject(print) && Array.isArray(print['flags']) ? print['flags'] : undefined;
  if (!flags) return;
  if (flags.length < PRINT_FLAGS.min || flags.length > PRINT_FLAGS.max) {
    out.push(
      error(
        ['print', 'flags'],
        ` has ${flags.length} red flags: a poster shows ${PRINT_FLAGS.min} to ${PRINT_FLAGS.max}`,
      ),
    );
  }
  const checklist = isObject(campaign['checklist']) ? campaign['checklist'] : {};
  const setName = checklist['set'];
  const set =
    typeof setName === 'string' && setName in CHECKLIST_SETS
      ? CHECKLIST_SETS[setName as keyof typeof CHECKLIST_SETS]
      : CHECKLIST_SETS[DEFAULT_CHECKLIST_SET];
  const removed = Array.isArray(checklist['remove']) ? checklist['remove'] : [];
  const own = Array.isArray(checklist['add']) ? checklist['add'] : [];
  const shown = new Set<unknown>([
    ...set.map((item) => item.id).filter((id) => !removed.includes(id)),
    ...own.map((item) => (isObject(item) ? item['id'] : undefined)),
  ]);
  flags.forEach((id, index) => {
    if (typeof id === 'string' && !shown.has(id)) {
      out.push(
        error(
          ['print', 'flags', index],
          `: "${id}" is not an item of the campaign’s checklist (its set, less removed items, plus its own)`,
        ),
      );
    }
  });
}

/**
 * Every problem in a campaign, each with its JSON path and a plain-language message. An empty list
 * means the campaign is valid. Warnings (level `warning`) do not stop a part from being used.
 */
export function validateCampaign(campaign: unknown): CampaignProblem[] {
  const out = validate(campaignSchema, campaign, { name: 'The campaign', kind: 'campaign' });
  if (isObject(campaign)) crossCheck(campaign, out);
  return out;
}
