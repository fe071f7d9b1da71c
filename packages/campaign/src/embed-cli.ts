import { parseArgs, parseInput, readInput, type CliIO } from './cli.js';
import { embedCode, EmbedError, type CdnManifest, type EmbedOptions } from './embed.js';

export const EMBED_USAGE = `Usage: shieldkit-campaign embed [campaign.json] [--widgets a,b] [--lang code] [--base URL] [--src URL]

Prints the <head> code of a page that embeds Shieldkit from a CDN: an import map with the integrity
hash of every file, a modulepreload link for each file the page will load, and the script tag.
  campaign.json   the page's campaign: its widgets, default language and helpline records
  --widgets       the widgets on the page (default: the campaign's, else all):
                  quick-exit, helpline-banner, red-flag-checklist, story-carousel, campaign
  --lang          the page's language (default: the campaign's default language, else en)
  --base          the CDN folder (default: jsDelivr's, for this version)
  --src           the URL of the campaign file (<shield-campaign src>): preloaded too
Exit code: 0 when printed, 1 when the campaign or an option is wrong, 2 on a usage error.`;

const VALUE_FLAGS = new Set(['--widgets', '--lang', '--base', '--src']);

/** Runs `shieldkit-campaign embed <args>` (the args after `embed`) and returns the exit code. */
export async function runEmbed(
  args: readonly string[],
  io: CliIO,
  manifest: CdnManifest,
): Promise<number> {
  const parsed = parseArgs(args, VALUE_FLAGS);
  if (!parsed) {
    io.err(EMBED_USAGE);
    return 2;
  }
  const { files } = parsed;
  const options: EmbedOptions & { widgets?: string[] } = {};
  for (const [flag, value] of parsed.values) {
    if (flag === '--widgets')
      options.widgets = [
        ...(options.widgets ?? []),
        ...value.split(/[\s,]+/).filter((name) => name !== ''),
      ];
    else if (flag === '--lang') options.lang = value;
    else if (flag === '--base') options.base = value;
    else options.campaignUrl = value;
  }
  if (files.length > 1) {
    io.err(EMBED_USAGE);
    return 2;
  }
  const [file] = files;
  if (file !== undefined) {
    const text = readInput(file, io);
    if (text === undefined) return 2;
    const parsed = parseInput(file, text, io);
    if (!parsed) return 1;
    options.campaign = parsed.value;
  }
  try {
    const code = await embedCode(manifest, options);
    io.out(code.html.trimEnd());
    return 0;
  } catch (error) {
    if (!(error instanceof EmbedError)) throw error;
    io.err(`✖ ${error.message}`);
    return 1;
  }
}
