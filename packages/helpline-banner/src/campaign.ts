/**
 * What the helpline banner reads from a campaign: where the readers are and come from, and which
 * helplines to show, as a schema (the campaign validator, the JSON Schema and the TypeScript type
 * all come from it). No DOM.
 */
import { COUNTRY_CODES, validateHelpline } from '@shieldkit/helplines';
import { helplineSchema } from '@shieldkit/helplines/schema.js';
import { LIMITS, list, object, oneOf, record, text, type Infer } from '@shieldkit/core/schema.js';

const country = (description: string) => oneOf([...COUNTRY_CODES], description, 'country');

/** The campaign's `country`: where the readers are. */
export const countryCampaign = country('Where the readers are.');
/** The campaign's `origin`: where displaced readers come from. */
export const originCampaign = country('Where displaced readers come from.');

/** The campaign's `helplines`: ours to show, and the agency's own records. */
export const helplinesCampaign = object('Which helplines to show.', {
  include: list(
    text('A helpline id from the Shieldkit dataset.'),
    'Show only these of ours (and your own).',
    {
      unique: true,
    },
  ),
  custom: list(
    // Described by the record's schema; checked by its own validator (rules across fields).
    record('A helpline record (see @shieldkit/helplines).', helplineSchema, validateHelpline),
    'Your own verified helpline records; they win over ours.',
    { itemized: true, max: LIMITS.helplineRecords },
  ),
});

declare global {
  interface ShieldCampaignSettings {
    /** Where the readers are, and where displaced readers come from (ISO 3166-1 alpha-2). */
    country?: Infer<typeof countryCampaign>;
    origin?: Infer<typeof originCampaign>;
    /** Which helplines to show: ids of ours, and the agency's own records. */
    helplines?: Infer<typeof helplinesCampaign>;
  }
}
