import { createContext } from '@lit/context';

/**
 * What a campaign (`<shield-campaign>`, issue #7) provides to every Shieldkit element inside it.
 * Core reads the language and the string overrides; widgets read what concerns them.
 */
export interface CampaignSettings {
  /** The campaign's default language, used when no `lang` is set on the element, its ancestors or `<html>`. */
  defaultLanguage?: string;
  /** Per-language string overrides: `{ en: { 'quickExit.label': 'Leave now' } }`. */
  strings?: Record<string, Record<string, string>>;
  [setting: string]: unknown;
}

/** The context key is global (`Symbol.for`), so a campaign and widgets from two copies still meet. */
export const campaignContext = createContext<CampaignSettings | undefined>(
  Symbol.for('shieldkit.campaign'),
);
