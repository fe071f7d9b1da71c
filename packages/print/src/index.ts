export { renderPrintHtml, qrUrl, type PrintOptions } from './render.js';
export {
  PRINT_FORMATS,
  PRINT_FORMAT_NAMES,
  BILINGUAL_LAYOUTS,
  TEAR_OFF_TABS,
  type PrintFormat,
  type BilingualLayout,
} from './formats.js';
export { PrintError } from './content.js';
export { escapeHtml } from './escape.js';
export { qrSvg, QUIET_ZONE } from './qr.js';
export { PRINT_STRINGS, type PrintStrings } from './strings.js';
