/**
 * What core reads from a campaign: the default language and the wording overrides, as a schema (the
 * campaign validator, the JSON Schema and the TypeScript type all come from it). No DOM: it is
 * also `@shieldkit/core/campaign.js`, for the campaign validator in Node.
 */
import { map, text, type Infer } from './schema/language.js';

/** The campaign's `strings`: wording overrides per language, read by every element's localization. */
export const stringsCampaign = map(
  'language',
  map('key', text('Wording.'), 'Key → wording.'),
  'Wording overrides per language: { "en": { "quickExit.label": "Leave now" } }.',
);

declare global {
  /**
   * What a campaign (`<shield-campaign>`) provides to every Shieldkit element inside it. Core reads
   * the language and the wording; each widget package adds the part it reads, typed from that
   * part's schema in its own `campaign.ts` (as widgets add their events to `ShieldEventMap`), and
   * `@shieldkit/campaign` validates the file against those same schemas.
   */
  interface ShieldCampaignSettings {
    /** The campaign's default language, used when no `lang` is set on the element, its ancestors or `<html>`. */
    defaultLanguage?: string;
    /** Per-language string overrides: `{ en: { 'quickExit.label': 'Leave now' } }`. */
    strings?: Infer<typeof stringsCampaign>;
  }
}

/** What a campaign provides (see `ShieldCampaignSettings`). */
export type CampaignSettings = ShieldCampaignSettings;
