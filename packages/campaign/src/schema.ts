/**
 * The campaign file, version 1, in the schema language of `@shieldkit/core/schema.js`. The file's
 * own fields (version, id, languages, theme; `print` in `print.ts`) are written here; every other part is the schema of the
 * package that reads it (`campaign.ts` in each widget, `strings` in core), so a setting has one home:
 * the validator, the published JSON Schema and the TypeScript types all come from these definitions.
 */
import {
  integer,
  list,
  object,
  text,
  type Infer,
  type ObjectSchema,
} from '@shieldkit/core/schema.js';
import { stringsCampaign } from '@shieldkit/core/campaign.js';
import { quickExitCampaign } from '@shieldkit/quick-exit/campaign.js';
import {
  countryCampaign,
  helplinesCampaign,
  originCampaign,
} from '@shieldkit/helpline-banner/campaign.js';
import { checklistCampaign } from '@shieldkit/red-flag-checklist/campaign.js';
import { storiesCampaign } from '@shieldkit/story-carousel/campaign.js';
import { printCampaign } from './print.js';

const color = (description: string) => text(description, 'color');

/** Brand colours and shapes, each mapped to the global token it sets (`THEME_TOKENS`). */
export const themeCampaign = object('Brand colours and shapes (mapped to the --shield-* tokens).', {
  primary: color('Buttons and links.'),
  onPrimary: color('Text on primary.'),
  text: color('Body text.'),
  muted: color('Secondary text.'),
  background: color('Background.'),
  surface: color('Panels.'),
  border: color('Borders.'),
  danger: color('The quick exit.'),
  onDanger: color('Text on danger.'),
  link: color('Links in text.'),
  focus: color('The focus ring.'),
  radius: text('Corner radius.', 'css-length'),
  fontFamily: text('Fonts already on the device (no web fonts).', 'font'),
});

/** The campaign file, version 1. */
export const campaignSchema = object(
  'A Shieldkit campaign: languages, country, theme, helplines, checklist, stories and wording.',
  {
    $schema: text('The JSON Schema of this file, for editors.'),
    version: integer('The format version: 1.', { const: 1 }),
    id: text('The campaign’s id, e.g. ua-pl-2026.', 'id'),
    languages: object(
      'The languages the campaign is written in.',
      {
        default: text('Used when the page says no language.', 'language'),
        offered: list(text('A language code.', 'language'), 'Every language the campaign offers.', {
          unique: true,
        }),
      },
      { default: 'widgets need a language to fall back to' },
    ),
    country: countryCampaign,
    origin: originCampaign,
    theme: themeCampaign,
    quickExit: quickExitCampaign,
    helplines: helplinesCampaign,
    checklist: checklistCampaign,
    stories: storiesCampaign,
    strings: stringsCampaign,
    print: printCampaign,
  },
  {
    version: 'it tells Shieldkit how to read the file (use 1)',
    id: 'every campaign needs an id',
    languages: 'widgets need to know the campaign’s languages',
  },
) satisfies ObjectSchema;

/** A campaign file as written (what `campaignSchema` accepts). */
export type CampaignFile = Infer<typeof campaignSchema>;
