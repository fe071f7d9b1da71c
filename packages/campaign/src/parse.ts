import type { CampaignSettings, Localized } from '@shieldkit/core';
import { validateCampaign, type CampaignProblem } from './validate.js';

/** A story as a campaign file holds it (texts per language). */
export interface CampaignStory {
  id: string;
  heading: Localized;
  body: Localized;
  quote?: Localized;
  warning?: Localized;
  pseudonym?: boolean;
  location?: Localized;
  image?: { src: string; alt: Localized; width?: number; height?: number };
  consent: { given: string; expires?: string };
}

/** A campaign as widgets receive it: only the parts that passed validation. */
export interface Campaign extends CampaignSettings {
  id?: string;
  defaultLanguage?: string;
  languages?: string[];
  country?: string;
  origin?: string;
  theme?: Record<string, string>;
  quickExit?: { href?: string; shortcut?: 'shift' | 'escape' | 'none'; safetyHref?: string };
  helplines?: { include?: string[]; custom?: unknown[] };
  checklist?: {
    set?: string;
    add?: { id: string; text: Localized; category?: string; urgent?: boolean }[];
    remove?: string[];
    someThreshold?: number;
    reportResults?: boolean;
  };
  stories?: CampaignStory[];
  strings?: Record<string, Record<string, string>>;
}

/** Parts whose list items are dropped one by one; any other part with an error is dropped whole. */
const ITEMIZED: Record<string, RegExp> = {
  stories: /^stories\[(\d+)\]/,
  'helplines.custom': /^helplines\.custom\[(\d+)\]/,
  'checklist.add': /^checklist\.add\[(\d+)\]/,
};

type Fields = Record<string, unknown>;

/**
 * Validates a campaign and keeps what is safe to use. The rule:
 * - nothing is used unless the campaign is an object with `"version": 1`;
 * - a story, an own helpline record or an own checklist item with a problem is left out, and the
 *   others are used;
 * - any other top-level part with a problem (`theme`, `quickExit`, `languages`, `country` …) is left
 *   out whole, and widgets use their defaults for it.
 * Every problem is returned, so the page can report them.
 */
export function parseCampaign(input: unknown): {
  campaign?: Campaign;
  problems: CampaignProblem[];
} {
  const problems = validateCampaign(input);
  const raw = input as Fields;
  if (typeof input !== 'object' || input === null || Array.isArray(input) || raw['version'] !== 1) {
    return { problems };
  }
  const errors = problems.filter((p) => p.level === 'error').map((p) => p.path);
  const dropped = new Set<string>();
  const droppedItems: Record<string, Set<number>> = {};
  for (const path of errors) {
    const itemized = Object.entries(ITEMIZED).find(([, pattern]) => pattern.test(path));
    if (itemized) {
      const [part, pattern] = itemized;
      (droppedItems[part] ??= new Set()).add(Number(pattern.exec(path)![1]));
    } else {
      dropped.add(path.split(/[.[]/)[0] ?? path);
    }
  }
  const keep = <T>(part: string, list: unknown): T[] | undefined =>
    Array.isArray(list) ? (list.filter((_, i) => !droppedItems[part]?.has(i)) as T[]) : undefined;
  const use = (part: string) => (dropped.has(part) ? undefined : raw[part]);

  const languages = use('languages') as { default?: string; offered?: string[] } | undefined;
  const helplines = use('helplines') as Campaign['helplines'];
  const checklist = use('checklist') as Campaign['checklist'];
  const campaign: Campaign = {
    id: use('id') as string | undefined,
    defaultLanguage: languages?.default,
    languages: languages?.offered ?? (languages?.default ? [languages.default] : undefined),
    country: use('country') as string | undefined,
    origin: use('origin') as string | undefined,
    theme: use('theme') as Record<string, string> | undefined,
    quickExit: use('quickExit') as Campaign['quickExit'],
    helplines: helplines && { ...helplines, custom: keep('helplines.custom', helplines.custom) },
    checklist: checklist && { ...checklist, add: keep('checklist.add', checklist.add) },
    stories: dropped.has('stories') ? undefined : keep<CampaignStory>('stories', raw['stories']),
    strings: use('strings') as Campaign['strings'],
  };
  return { campaign, problems };
}

/** Theme fields → the global tokens they set. */
export const THEME_TOKENS: Record<string, string> = {
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
