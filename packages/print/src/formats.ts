/** The print formats, with their paper size in millimetres. */
export const PRINT_FORMATS = {
  'poster-a4': { width: 210, height: 297, label: 'Poster, A4' },
  'poster-a3': { width: 297, height: 420, label: 'Poster, A3' },
  'flyer-a5': { width: 148, height: 210, label: 'Flyer, A5' },
  'tear-off-a4': { width: 210, height: 297, label: 'Tear-off sheet, A4 (8 tabs)' },
  'pocket-card': { width: 85, height: 55, label: 'Pocket card, 85 × 55 mm, front and back' },
} as const;

export type PrintFormat = keyof typeof PRINT_FORMATS;

/** Every format's name, in the order above (for pickers and the CLI's usage text). */
export const PRINT_FORMAT_NAMES = Object.keys(PRINT_FORMATS) as PrintFormat[];

/** How two languages share a page: columns (`side-by-side`) or one above the other. */
export const BILINGUAL_LAYOUTS = ['side-by-side', 'top-bottom'] as const;
export type BilingualLayout = (typeof BILINGUAL_LAYOUTS)[number];

/** How many tabs a tear-off sheet has: as many as keep each tab's QR code at least 2 cm wide. */
export const TEAR_OFF_TABS = 8;
