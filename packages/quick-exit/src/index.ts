export { ShieldQuickExit, DEFAULT_EXIT_URL, type QuickExitPosition } from './quick-exit.js';
export { QUICK_EXIT_SHORTCUTS, quickExitCampaign, type QuickExitShortcut } from './campaign.js';
