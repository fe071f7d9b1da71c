/**
 * `@shieldkit/core/schema.js`: the schema language and the helpers shared by every validator of
 * JSON-shaped input. No DOM and no Lit: the campaign CLI and `@shieldkit/helplines` import it in
 * Node; widgets describe their part of the campaign with it (their `campaign.ts`).
 */
export {
  FORMATS,
  boolean,
  either,
  integer,
  list,
  localized,
  map,
  object,
  oneOf,
  record,
  text,
  type ArraySchema,
  type BooleanSchema,
  type EitherSchema,
  type Format,
  type Infer,
  type IntegerSchema,
  type Localized,
  type LocalizedSchema,
  type MapSchema,
  type ObjectSchema,
  type RecordProblem,
  type RecordSchema,
  type Schema,
  type StringSchema,
} from './language.js';
export { validate, matchesFormat, itemOf, type Problem, type Root } from './validate.js';
export { toJsonSchema, type JsonSchema } from './json-schema.js';
export {
  calendarDay,
  formatPath,
  isCalendarDate,
  isObject,
  show,
  type Fields,
  type Path,
} from './values.js';
export { LIMITS, type Limit } from './limits.js';
export { tokens, type TokenName } from '../styles/tokens.js';
export {
  CONTRAST_PAIRS,
  contrastRatio,
  formatRatio,
  parseHexColor,
  relativeLuminance,
  type ContrastPair,
} from '../styles/contrast.js';
