import { helplines as ourHelplines } from '@shieldkit/helplines';
import {
  formatPath,
  isObject,
  validate,
  type Fields,
  type Problem,
} from '@shieldkit/core/schema.js';
import { campaignSchema } from './schema.js';

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
    // Each record is checked by its own validator, through the schema (`helplineRecord`).
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

/**
 * Every problem in a campaign, each with its JSON path and a plain-language message. An empty list
 * means the campaign is valid. Warnings (level `warning`) do not stop a part from being used.
 */
export function validateCampaign(campaign: unknown): CampaignProblem[] {
  const out = validate(campaignSchema, campaign, { name: 'The campaign', kind: 'campaign' });
  if (isObject(campaign)) crossCheck(campaign, out);
  return out;
}
