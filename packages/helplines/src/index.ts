export {
  TOPICS,
  CHANNEL_TYPES,
  DAYS,
  UNCONFIRMED_PARTS,
  AUDIENCES,
  type Audience,
  type Source,
  type SourcedPart,
  type Topic,
  type ChannelType,
  type Day,
  type TimeRange,
  type WeeklyHours,
  type AlwaysOpen,
  type WeeklySchedule,
  type Hours,
  type Languages,
  type Channel,
  type FromAbroad,
  type UnconfirmedPart,
  type Helpline,
} from './types.js';
export { helplines, DATASET_VERIFIED } from './data.js';
export { COUNTRY_CODES, isCountryCode, countryCode, findAHelplineUrl } from './countries.js';
export {
  emergencyNumbers,
  type EmergencyNumbers,
  type EmergencyNumber,
  type EmergencyService,
} from './emergency.js';
export {
  selectHelplines,
  selectForDisplacement,
  placeHelplines,
  type PlacementQuery,
  type Placement,
  type SelectOptions,
  type DisplacementOptions,
  type ReachableChannel,
  type PlacedHelpline,
} from './select.js';
export { openStatus, channelHours, isTimeZone, parseTime, type OpenStatus } from './hours.js';
export {
  isE164,
  isNationalDigits,
  dialNumber,
  dialHref,
  smsHref,
  whatsappHref,
  numberOfHref,
} from './phone.js';
export { validateHelpline, isHelpline, formatProblem, type Problem } from './validate.js';
export {
  mergeHelplines,
  normaliseHelpline,
  type SkippedRecord,
  type MergeResult,
} from './merge.js';
