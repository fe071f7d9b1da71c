/**
 * The `<head>` code of a page that embeds Shieldkit from a CDN: an import map whose `integrity`
 * section covers every CDN file (so the browser refuses any file that is not the published one,
 * including those the main file imports later), a `modulepreload` link for each file this page
 * will load (so they all download in one round instead of a chain), and the script tag.
 *
 * One function for the `embed` command and the studio's "Copy embed code": both print the same.
 * It reads nothing itself: the manifest (`@shieldkit/campaign/cdn-manifest.json`, written by the
 * build) and the campaign are passed in.
 */

/** One CDN file: its Subresource Integrity hash and the files it imports statically. */
export interface CdnFile {
  integrity: string;
  imports: string[];
}

/** What the build says about the CDN files of one version (`cdn-manifest.json`). */
export interface CdnManifest {
  package: string;
  version: string;
  /** The main file, relative to the CDN folder: `shieldkit.js`. */
  entry: string;
  files: Record<string, CdnFile>;
  /** Widget name (`red-flag-checklist`) → the file that defines it. */
  widgets: Record<string, string>;
  /** Language code → its file. English is in the main file. */
  languages: Record<string, string>;
  /** The checklist's English item texts, loaded by every checklist. */
  checklistEnglish?: string;
  /** Language code → the scenario texts in it (`locales/scenario-<code>.js`); English always loads. */
  scenarioTexts?: Record<string, string>;
  /** Loaded by a helpline banner given agency helpline records (a campaign's `helplines.custom`). */
  helplineRecords?: string;
}

export interface EmbedOptions {
  /** Widgets on the page (`quick-exit`, `red-flag-checklist` …). Default: the campaign's, else all. */
  widgets?: readonly string[];
  /** The page's language (`uk`). Default: the campaign's default language, else `en`. */
  lang?: string;
  /** The CDN folder, ending in `/`. Default: jsDelivr's folder of this version. */
  base?: string;
  /** A parsed campaign file: its widgets, language and helpline records decide what to preload. */
  campaign?: unknown;
  /** Where the page's `<shield-campaign src>` points: preloaded too. */
  campaignUrl?: string;
}

export interface EmbedCode {
  /** The `<head>` code, ready to paste. */
  html: string;
  /** The import map exactly as in `html` (inline scripts are hashed byte for byte). */
  importMap: string;
  /** `'sha256-…'` of the import map, for the page's `script-src` (under a CSP). */
  importMapHash: string;
  /** Every file preloaded, as full URLs, the main file first. */
  preloads: string[];
  /** Widgets and language the code was made for (after defaults). */
  widgets: string[];
  lang: string;
}

/** Problems with the options: a widget or a language this version does not have. */
export class EmbedError extends Error {
  override name = 'EmbedError';
}

/** jsDelivr's URL of the CDN folder of `version`. */
export const cdnBase = (manifest: CdnManifest): string =>
  `https://cdn.jsdelivr.net/npm/${manifest.package}@${manifest.version}/dist/`;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The widgets a campaign implies: the campaign, the quick exit and banner, and what it fills. */
function campaignWidgets(manifest: CdnManifest, campaign: Record<string, unknown>): string[] {
  const names = ['campaign', 'quick-exit', 'helpline-banner'];
  if ('checklist' in campaign) names.push('red-flag-checklist');
  if (Array.isArray(campaign['stories']) && campaign['stories'].length > 0)
    names.push('story-carousel');
  if (Array.isArray(campaign['scenarios']) && campaign['scenarios'].length > 0)
    names.push('scenario');
  return names.filter((name) => name in manifest.widgets);
}

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `'sha256-…'` of a string's UTF-8 bytes (Web Crypto: Node ≥ 20 and every browser). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/** The `<head>` code for a page with `options.widgets` in `options.lang`. */
export async function embedCode(
  manifest: CdnManifest,
  options: EmbedOptions = {},
): Promise<EmbedCode> {
  const campaign = options.campaign === undefined ? undefined : record(options.campaign);
  const known = Object.keys(manifest.widgets);
  const widgets = [
    ...new Set(
      options.widgets?.length
        ? options.widgets
        : campaign
          ? campaignWidgets(manifest, campaign)
          : known,
    ),
  ];
  const unknown = widgets.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new EmbedError(
      `no widget named ${unknown.join(', ')} in ${manifest.package}@${manifest.version} (known: ${known.join(', ')})`,
    );
  const campaignLang = record(campaign?.['languages'])['default'];
  const lang = options.lang ?? (typeof campaignLang === 'string' ? campaignLang : 'en');
  const primary = lang.split('-')[0]!;
  const langFile = manifest.languages[lang] ?? manifest.languages[primary];
  if (primary !== 'en' && !langFile)
    throw new EmbedError(
      `no language "${lang}" in ${manifest.package}@${manifest.version} (known: en, ${Object.keys(manifest.languages).join(', ')})`,
    );
  let base = options.base ?? cdnBase(manifest);
  if (!base.endsWith('/')) base += '/';

  // The files this page loads: each widget's file, the language, what a widget always loads.
  const wanted = [manifest.entry, ...widgets.map((name) => manifest.widgets[name]!)];
  if (langFile) wanted.push(langFile);
  if (widgets.includes('red-flag-checklist') && manifest.checklistEnglish)
    wanted.push(manifest.checklistEnglish);
  if (widgets.includes('scenario')) {
    const texts = manifest.scenarioTexts ?? {};
    for (const file of [texts['en'], texts[lang] ?? texts[primary]]) if (file) wanted.push(file);
  }
  const custom = record(campaign?.['helplines'])['custom'];
  const banner = widgets.includes('helpline-banner');
  if (banner && Array.isArray(custom) && custom.length > 0 && manifest.helplineRecords)
    wanted.push(manifest.helplineRecords);
  // …and everything they import, so no request waits for another.
  const files: string[] = [];
  const add = (file: string): void => {
    if (files.includes(file) || !manifest.files[file]) return;
    files.push(file);
    manifest.files[file]!.imports.forEach(add);
  };
  wanted.forEach(add);

  const url = (file: string): string => `${base}${file}`;
  const integrity = Object.fromEntries(
    Object.entries(manifest.files).map(([file, { integrity }]) => [url(file), integrity]),
  );
  // `<` escaped: nothing in a URL can close the script element.
  const importMap = JSON.stringify({ integrity }, null, 2).replace(/</g, '\\u003c');
  const importMapHash = await sha256(importMap);
  const preloads = files.map(url);
  const link = (file: string): string =>
    `<link rel="modulepreload" href="${escapeAttribute(url(file))}" integrity="${manifest.files[file]!.integrity}" crossorigin="anonymous" />`;
  const lines = [
    `<!-- Shieldkit ${manifest.version}: ${widgets.join(', ')}; language ${lang}. Made by \`npx @shieldkit/campaign embed\`.`,
    `     Under a Content-Security-Policy, allow this import map: script-src ${importMapHash} -->`,
    `<script type="importmap">${importMap}</script>`,
    ...files.map(link),
  ];
  if (options.campaignUrl)
    lines.push(
      `<link rel="preload" as="fetch" href="${escapeAttribute(options.campaignUrl)}" crossorigin="anonymous" referrerpolicy="no-referrer" />`,
    );
  lines.push(
    `<script type="module" src="${escapeAttribute(url(manifest.entry))}" integrity="${manifest.files[manifest.entry]!.integrity}" crossorigin="anonymous"></script>`,
  );
  return { html: `${lines.join('\n')}\n`, importMap, importMapHash, preloads, widgets, lang };
}
