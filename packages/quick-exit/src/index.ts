export { ShieldQuickExit, DEFAULT_EXIT_URL, type QuickExitPosition } from './quick-exit.js';
// The campaign's schema is `@shieldkit/quick-exit/campaign.js` (kept out of this entry: CDN bytes).
export type { QuickExitShortcut } from './campaign.js';
