export {
  ShieldHelplineBanner,
  type HelplineBannerVariant,
  type HelplineContactDetail,
} from './helpline-banner.js';
export {
  chooseHelplines,
  countryFromLanguage,
  isRegionCode,
  pickerCountries,
  type BannerQuery,
} from './choose.js';
export { countryCampaign, originCampaign, helplinesCampaign } from './campaign.js';
