/**
 * React components for every Shieldkit element. Each one registers its element when imported.
 * For the smallest bundle, import one component from its own module
 * (`@shieldkit/react/quick-exit.js`): every module here is free of other side effects.
 */
export { ShieldQuickExit } from './quick-exit.js';
export { ShieldHelplineBanner } from './helpline-banner.js';
export { ShieldRedFlagChecklist } from './red-flag-checklist.js';
export { ShieldScenario } from './scenario.js';
export { ShieldStoryCarousel, ShieldStory, type ShieldStoryAttributes } from './story-carousel.js';
export { ShieldCampaign, type ShieldCampaignReadyDetail } from './campaign.js';
export type { ShieldEventName } from './events.js';
