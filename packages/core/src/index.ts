export { ShieldElement, type ShieldExitDetail } from './shield-element.js';
export { defineElement } from './define.js';
export { reportError, type ShieldErrorDetail } from './errors.js';
export { VERSION } from './version.js';
export { campaignContext, pickText } from './campaign-context.js';
export { stringsCampaign, type CampaignSettings } from './campaign.js';
export type { Localized } from './schema/language.js';
export {
  LocalizeController,
  inheritedLang,
  type LocalizedHost,
} from './localize/localize-controller.js';
export { i18n, pickLanguage, ensureLanguage, addStrings } from './localize/i18n.js';
export { cachedIntl, intlWarmUp } from './localize/intl-cache.js';
export { nextTask, inSeparateTasks } from './tasks.js';
export { baseStyles, tokens, type TokenName } from './styles/base.js';
export {
  CONTRAST_PAIRS,
  contrastRatio,
  formatRatio,
  relativeLuminance,
  type ContrastPair,
} from './styles/contrast.js';
export { LIMITS, type Limit } from './schema/limits.js';
export {
  stickyBarStyles,
  toBarPosition,
  BAR_POSITIONS,
  type BarPosition,
} from './styles/sticky-bar.js';
export { panelStyles } from './styles/panel.js';
export { ReducedMotionController } from './controllers/reduced-motion.js';
export { ExitListenerController } from './controllers/exit-listener.js';
export { AutoplayController, type AutoplayOptions } from './controllers/autoplay.js';
export { SwipeController, SWIPE_THRESHOLD } from './controllers/swipe.js';
export { StickySpaceController, type StickyEdge } from './controllers/sticky-space.js';
export {
  KeySequenceController,
  type KeySequence,
  type KeySequenceCallbacks,
} from './controllers/key-sequence.js';
export { safeUrl, LINK_SCHEMES, type LinkScheme } from './text/safe-url.js';
export {
  formatText,
  parseText,
  parseInline,
  type Inline,
  type Paragraph,
} from './text/safe-text.js';
