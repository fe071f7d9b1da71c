/**
 * The campaign's `print` part: what `@shieldkit/print` reads to make posters, flyers, tear-offs and
 * pocket cards. Its home is here, not in `@shieldkit/print`, because the campaign validator must
 * know it and the campaign package must not depend on the print package (whose install is larger:
 * a QR code library, and puppeteer-core for PDFs). No DOM.
 */
import { list, localized, object, text, type Infer } from '@shieldkit/core/schema.js';

/** How many red flags a poster holds. */
export const PRINT_FLAGS = { min: 3, max: 5 } as const;

const logo = object(
  'The agency’s logo, printed beside its name.',
  {
    src: text('Where the image is (https).', 'https-url'),
    alt: localized('What the logo shows, per language.'),
  },
  {
    src: 'a logo needs an address',
    alt: 'a logo needs a description for people who cannot see it',
  },
);

/** The campaign's `print`: where the QR codes lead, who made the print, what a poster shows. */
export const printCampaign = object(
  'Printed posters, flyers, tear-off sheets and pocket cards (@shieldkit/print).',
  {
    url: text('The agency page the QR codes open (https).', 'https-url'),
    organisation: object(
      'The agency named on every print.',
      {
        name: text('The agency’s name as printed.'),
        logo,
      },
      { name: 'a print names the agency that made it' },
    ),
    neutralTitle: localized(
      'The pocket card’s front, per language: words that say nothing about trafficking, e.g. "Useful numbers".',
    ),
    flags: list(
      text('An item id of the campaign’s checklist set, or of its own items.', 'id'),
      `The red flags a poster shows (${PRINT_FLAGS.min} to ${PRINT_FLAGS.max}; default: the set’s first item of each category).`,
      { unique: true },
    ),
    languages: list(
      text('A language code.', 'language'),
      'The two languages of a bilingual print, in order (e.g. uk, pl).',
      { unique: true },
    ),
  },
  { url: 'QR codes need the agency page they open' },
);

export type PrintSettings = Infer<typeof printCampaign>;
