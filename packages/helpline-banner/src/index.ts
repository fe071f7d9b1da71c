export {
  ShieldHelplineBanner,
  type HelplineBannerPosition,
  type HelplineBannerVariant,
  type HelplineContactDetail,
} from './helpline-banner.js';
export { countryFromLanguage, pickerCountries } from './choose.js';
export { nestedBanner } from './nested.js';
// The campaign's schema is `@shieldkit/helpline-banner/campaign.js` (kept out of this entry: CDN
// bytes). This line also brings its part of `ShieldCampaignSettings` to the package's types.
export type {} from './campaign.js';
