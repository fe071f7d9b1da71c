/**
 * How much of a campaign (or a widget's own data) Shieldkit reads. Past a limit the rest is left
 * out and reported as a problem naming what was left out, so crafted or simply oversized content
 * can never keep a reader's page busy: the quick exit must answer at once. One object, so every
 * validator and widget (and the studio) reads the same numbers; a new widget adds its own here.
 */
export const LIMITS = {
  /** Bytes of a campaign file (`src`), or characters of inline campaign JSON. */
  campaignBytes: 512 * 1024,
  /** Survivor stories (campaign `stories`, the carousel's `stories` or `<shield-story>` children). */
  stories: 50,
  /** Agency helpline records (campaign `helplines.custom` and the banner's `helplines`, together). */
  helplineRecords: 200,
  /** A checklist's own items (campaign `checklist.add`, the checklist's `items`). */
  checklistItems: 50,
  /** Characters of one text (each language's text counts on its own). */
  textLength: 2000,
} as const;

export type Limit = keyof typeof LIMITS;
