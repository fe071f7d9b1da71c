import { createContext } from '@lit/context';
import type { Localized } from './schema/language.js';
import type { CampaignSettings } from './campaign.js';

/** The text of `value` in `language` (or its base language), else English, else the first given. */
export function pickText(value: Localized | undefined, language: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return (
    value[language] ?? value[language.split('-')[0]!] ?? value['en'] ?? Object.values(value)[0]
  );
}

/** The context key is global (`Symbol.for`), so a campaign and widgets from two copies still meet. */
export const campaignContext = createContext<CampaignSettings | undefined>(
  Symbol.for('shieldkit.campaign'),
);
