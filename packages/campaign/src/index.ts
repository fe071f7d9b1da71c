export { ShieldCampaign } from './campaign-element.js';
export { mount, type MountOptions, type MountedCampaign, type MountableWidget } from './mount.js';
export { validateCampaign, type CampaignProblem } from './validate.js';
export { parseCampaign, THEME_TOKENS, type Campaign, type CampaignStory } from './parse.js';
export { campaignJsonSchema } from './json-schema.js';
export { campaignSchema, themeCampaign, type CampaignFile } from './schema.js';
export { printCampaign, PRINT_FLAGS, type PrintSettings } from './print.js';
export {
  FORMATS,
  formatPath,
  matchesFormat,
  type Format,
  type Schema,
} from '@shieldkit/core/schema.js';
export { runCli, jsonErrorPlace, lineAndColumn, JSON_SYNTAX_MESSAGES, type CliIO } from './cli.js';
export {
  embedCode,
  cdnBase,
  EmbedError,
  type CdnManifest,
  type CdnFile,
  type EmbedCode,
  type EmbedOptions,
} from './embed.js';
export { runEmbed, EMBED_USAGE } from './embed-cli.js';
export {
  runPrint,
  PRINT_USAGE,
  type PrintIO,
  type PrintModule,
  type PdfModule,
} from './print-cli.js';
