export {
  ShieldHelplineBanner,
  type HelplineBannerPosition,
  type HelplineBannerVariant,
  type HelplineContactDetail,
} from './helpline-banner.js';
export { countryFromLanguage, pickerCountries } from './choose.js';
export { countryCampaign, originCampaign, helplinesCampaign } from './campaign.js';
