import { createContext } from '@lit/context';

/** Text in one language, or by language: `"Hello"` or `{ "en": "Hello", "uk": "Привіт" }`. */
export type Localized = string | Record<string, string>;

/** The text of `value` in `language` (or its base language), else English, else the first given. */
export function pickText(value: Localized | undefined, language: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return (
    value[language] ?? value[language.split('-')[0]!] ?? value['en'] ?? Object.values(value)[0]
  );
}

/**
 * What a campaign (`<shield-campaign>`, issue #7) provides to every Shieldkit element inside it.
 * Core reads the language and the string overrides; widgets read what concerns them.
 */
export interface CampaignSettings {
  /** The campaign's default language, used when no `lang` is set on the element, its ancestors or `<html>`. */
  defaultLanguage?: string;
  /** Per-language string overrides: `{ en: { 'quickExit.label': 'Leave now' } }`. */
  strings?: Record<string, Record<string, string>>;
  /** Where the readers are, and where displaced readers come from (ISO 3166-1 alpha-2). */
  country?: string;
  origin?: string;
  /** Settings of every quick exit inside the campaign. */
  quickExit?: { href?: string; shortcut?: 'shift' | 'escape' | 'none'; safetyHref?: string };
  /** Which helplines to show: ids of ours, and the agency's own records. */
  helplines?: { include?: string[]; custom?: unknown[] };
  /** The checklist: its set, the agency's own items, items to leave out, the "some" threshold. */
  checklist?: {
    set?: string;
    add?: {
      id: string;
      text: string | Record<string, string>;
      category?: string;
      urgent?: boolean;
    }[];
    remove?: string[];
    someThreshold?: number;
    /** Dispatch answer-derived events (`shield-checklist-result`); off by default. */
    reportResults?: boolean;
  };
  /** Survivor stories, with texts per language (see `@shieldkit/campaign`). */
  stories?: readonly unknown[];
  [setting: string]: unknown;
}

/** The context key is global (`Symbol.for`), so a campaign and widgets from two copies still meet. */
export const campaignContext = createContext<CampaignSettings | undefined>(
  Symbol.for('shieldkit.campaign'),
);
