/**
 * What a quick exit reads from a campaign: the `quickExit` part of the campaign file, as a schema
 * (the campaign validator, the JSON Schema and the TypeScript type all come from it). No DOM.
 */
import { object, oneOf, text, type Infer } from '@shieldkit/core/schema.js';

/** The keyboard shortcuts a quick exit offers (the `shortcut` attribute and the campaign's). */
export const QUICK_EXIT_SHORTCUTS = ['shift', 'escape', 'none'] as const;
export type QuickExitShortcut = (typeof QUICK_EXIT_SHORTCUTS)[number];

/** The campaign's `quickExit`: used by every quick exit inside it that does not set its own. */
export const quickExitCampaign = object('Settings of every quick exit in the campaign.', {
  href: text('Where the exit goes.', 'https-url'),
  shortcut: oneOf(QUICK_EXIT_SHORTCUTS, 'The keyboard shortcut.'),
  safetyHref: text(
    'The agency’s safer-browsing page, linked from the safety note of every quick exit without its own safety-href.',
    'https-url',
  ),
});

declare global {
  interface ShieldCampaignSettings {
    /** Settings of every quick exit inside the campaign. */
    quickExit?: Infer<typeof quickExitCampaign>;
  }
}
