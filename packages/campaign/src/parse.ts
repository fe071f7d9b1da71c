import type { CampaignSettings } from '@shieldkit/core';
import { itemOf, type Infer } from '@shieldkit/core/schema.js';
import { validateCampaign, type CampaignProblem } from './validate.js';
import { campaignSchema, type CampaignFile, type themeCampaign } from './schema.js';
import type { PrintSettings } from './print.js';

export type { CampaignStory } from '@shieldkit/story-carousel/campaign.js';

/**
 * A campaign as widgets receive it: only the parts that passed validation. Each widget's part is
 * typed from its own schema (see `ShieldCampaignSettings`); these are the file's own.
 */
export interface Campaign extends CampaignSettings {
  id?: string;
  /** Every language the campaign offers (`languages.offered`, else the default alone). */
  languages?: string[];
  theme?: Infer<typeof themeCampaign>;
  /** What `@shieldkit/print` reads: the QR codes' page, the agency, the poster's flags. */
  print?: PrintSettings;
}

/**
 * Validates a campaign and keeps what is safe to use. The rule:
 * - nothing is used unless the campaign is an object with `"version": 1`;
 * - an item of a list the schema marks `itemized` (a story, an own helpline record or an own
 *   checklist item) with a problem is left out, and the others are used;
 * - any other top-level part with a problem (`theme`, `quickExit`, `languages`, `country` …) is left
 *   out whole, and widgets use their defaults for it.
 * Every problem is returned, so the page can report them.
 */
export function parseCampaign(input: unknown): {
  campaign?: Campaign;
  problems: CampaignProblem[];
} {
  const problems = validateCampaign(input);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { problems };
  const raw = input as Partial<CampaignFile>;
  if (raw.version !== 1) return { problems };
  const dropped = new Set<string | number>();
  /** Left-out items, by the path of their list (`"stories"`, `"helplines,custom"`). */
  const droppedItems = new Map<string, Set<number>>();
  for (const { path, level } of problems) {
    if (level !== 'error') continue;
    const item = itemOf(campaignSchema, path);
    if (item) {
      const key = item.list.join();
      droppedItems.set(key, (droppedItems.get(key) ?? new Set()).add(item.index));
    } else dropped.add(path[0]!);
  }
  // Only the parts without an error are read: their shape is the schema's.
  const use = <K extends keyof CampaignFile>(part: K): CampaignFile[K] | undefined =>
    dropped.has(part) ? undefined : raw[part];
  const keep = <T>(list: T[] | undefined, ...path: string[]): T[] | undefined =>
    list?.filter((_, i) => !droppedItems.get(path.join())?.has(i));

  const languages = use('languages');
  const helplines = use('helplines');
  const checklist = use('checklist');
  const campaign: Campaign = {
    id: use('id'),
    defaultLanguage: languages?.default,
    languages: languages?.offered ?? (languages?.default ? [languages.default] : undefined),
    country: use('country'),
    origin: use('origin'),
    theme: use('theme'),
    quickExit: use('quickExit'),
    helplines: helplines && { ...helplines, custom: keep(helplines.custom, 'helplines', 'custom') },
    checklist: checklist && { ...checklist, add: keep(checklist.add, 'checklist', 'add') },
    stories: keep(use('stories'), 'stories'),
    strings: use('strings'),
    print: use('print'),
  };
  return { campaign, problems };
}

/** Theme fields → the global tokens they set. */
export const THEME_TOKENS: Record<keyof Infer<typeof themeCampaign>, string> = {
  primary: '--shield-color-primary',
  onPrimary: '--shield-color-on-primary',
  text: '--shield-color-text',
  muted: '--shield-color-muted',
  background: '--shield-color-background',
  surface: '--shield-color-surface',
  border: '--shield-color-border',
  danger: '--shield-color-danger',
  onDanger: '--shield-color-on-danger',
  link: '--shield-color-link',
  focus: '--shield-focus-color',
  radius: '--shield-radius',
  fontFamily: '--shield-font-family',
};
