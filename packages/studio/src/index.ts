export {
  ShieldStudio,
  MAX_FILE_BYTES,
  PREVIEW_WIDGETS,
  PREVIEW_WIDTHS,
  STUDIO_LANGUAGES,
  type PreviewReport,
  type PreviewWidget,
  type StudioChangeDetail,
} from './studio-element.js';
export { contrastRatio } from './contrast.js';
export { schemaFields, serialize, inSchemaOrder, type SchemaField } from './model.js';
export { textRows, textsToCsv, csvToTexts, type TextRow, type CsvImport } from './texts.js';
export type { PrintReport } from './print-view.js';
