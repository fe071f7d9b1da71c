export {
  ShieldHelplineBanner,
  type HelplineBannerVariant,
  type HelplineContactDetail,
} from './helpline-banner.js';
export {
  chooseHelplines,
  countryFromLanguage,
  pickerCountries,
  type BannerQuery,
} from './choose.js';
