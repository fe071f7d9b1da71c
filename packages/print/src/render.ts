/**
 * Print-ready HTML from a campaign: one self-contained page (no script, no web font, no request but
 * the agency's own logo) whose sheets are the printed pages. Chromium prints it to PDF (the CLI) or
 * the studio shows it and the browser's print dialog makes the PDF. Every text is escaped (`html`).
 */
import { parseCampaign, type Campaign } from '@shieldkit/campaign/parse.js';
import { directionOf } from '@shieldkit/locales';
import { html, type Markup } from './escape.js';
import {
  BILINGUAL_LAYOUTS,
  PRINT_FORMATS,
  TEAR_OFF_TABS,
  type BilingualLayout,
  type PrintFormat,
} from './formats.js';
import { languageContent, PrintError, type LanguageContent, type PrintedLine } from './content.js';
import { qrSvg } from './qr.js';
import { printStyles } from './styles.js';

export interface PrintOptions {
  format: PrintFormat;
  /** One language, or two for a bilingual print (default: the campaign's `print.languages`, else its default language). */
  languages?: readonly string[];
  /** How two languages share a page (default `side-by-side`). */
  layout?: BilingualLayout;
  /**
   * A label for where this print hangs (`bus-station-3`): added to the QR code's address as
   * `?location=<label>`, so the agency counts scans per place in its own server logs. Nothing is
   * sent from a reader's device but the page request the scan makes anyway.
   */
  location?: string;
  /** The day a story's consent is checked against (default: today). */
  now?: Date;
}

/** The address the QR codes open: `print.url`, with `location=<label>` added when given. */
export function qrUrl(url: string, location?: string): string {
  if (location === undefined || location === '') return url;
  const address = new URL(url);
  address.searchParams.set('location', location);
  return address.href;
}

/** How many red flags each format prints (bilingual pages have room for fewer). */
function flagCount(format: PrintFormat, bilingual: boolean): number {
  if (format === 'pocket-card') return 0;
  if (format === 'poster-a4' || format === 'poster-a3') return bilingual ? 3 : 5;
  return bilingual ? 1 : 3;
}

const number = (display: string) => html`<span class="number" dir="ltr">${display}</span>`;

function lineFacts(line: PrintedLine, c: LanguageContent): Markup {
  const facts = [line.free ? c.free : undefined, line.hours].filter(Boolean) as string[];
  return facts.length > 0 ? html`<p class="facts">${facts.join(' · ')}</p>` : html``;
}

function helplines(c: LanguageContent, withNames: boolean): Markup {
  return html`<ul class="lines">
      ${c.lines.map(
        (line) =>
          html`<li class="line">
            ${withNames ? html`<p class="line-name"><bdi>${line.name}</bdi></p>` : ''}
            <p class="numbers">
              ${line.numbers.map(
                (n) =>
                  html`<span class="number-item"
                    >${number(n.display)}${n.keyword ? html` <span class="keyword" dir="ltr">${n.keyword}</span>` : ''}${n.fromAbroad ? html` <span class="abroad">(${c.fromAbroad})</span>` : ''}</span
                  > `,
              )}
            </p>
            ${lineFacts(line, c)}
          </li>`,
      )}
    </ul>
    ${c.emergency.length > 0 ? html`<p class="emergency">${c.emergencyCall} ${c.emergency.map((n) => html`${number(n)} `)}</p>` : ''}`;
}

function block(c: LanguageContent, format: PrintFormat, withHelp: boolean): Markup {
  const long = format === 'poster-a4' || format === 'poster-a3';
  return html`<div class="block" lang="${c.lang}" dir="${c.dir}">
    <div class="lead">
      <h1 class="headline">${c.headline}</h1>
      <p class="message">${c.notAlone}</p>
    </div>
    <div class="flags-area">
      <ul class="flags">
        ${c.flags.map((f) => html`<li class="flag">${f}</li>`)}
      </ul>
      ${long && c.story ? html`<blockquote class="story">${c.story}</blockquote>` : ''}
    </div>
    ${
      withHelp
        ? html`<div class="help">
            <h2 class="help-title">${c.helpTitle}</h2>
            ${helplines(c, true)}
          </div>`
        : ''
    }
  </div>`;
}

/** A text in each language, each in its own element with its `lang` and `dir`. */
const inEach = (
  blocks: LanguageContent[],
  text: (c: LanguageContent) => string,
  tag: 'span' | 'p' = 'span',
): Markup =>
  html`${blocks.map((c, i) => {
    const words = text(c);
    if (!words) return '';
    return tag === 'p'
      ? html`<p lang="${c.lang}" dir="${c.dir}">${words}</p>`
      : html`${i > 0 ? ' / ' : ''}<span lang="${c.lang}" dir="${c.dir}">${words}</span>`;
  })}`;

/** The helplines once for two languages: numbers are the same in both, the words in each. */
function sharedHelp(blocks: LanguageContent[]): Markup {
  const first = blocks[0]!;
  return html`<div class="help shared">
    <ul class="lines">
      ${first.lines.map(
        (line, index) =>
          html`<li class="line">
            <p class="line-name"><bdi>${line.name}</bdi></p>
            <p class="numbers">
              ${line.numbers.map(
                (n) =>
                  html`<span class="number-item"
                    >${number(n.display)}${n.keyword ? html` <span class="keyword" dir="ltr">${n.keyword}</span>` : ''}${n.fromAbroad ? html` <span class="abroad">(${inEach(blocks, (c) => c.fromAbroad)})</span>` : ''}</span
                  > `,
              )}
            </p>
            <div class="facts">
              ${inEach(
                blocks,
                (c) => {
                  const l = c.lines[index]!;
                  return [l.free ? c.free : undefined, l.hours].filter(Boolean).join(' · ');
                },
                'p',
              )}
            </div>
          </li>`,
      )}
    </ul>
    ${first.emergency.length > 0 ? html`<p class="emergency">${inEach(blocks, (c) => c.emergencyCall)} ${first.emergency.map((n) => html`${number(n)} `)}</p>` : ''}
  </div>`;
}

function blocksAndHelp(blocks: LanguageContent[], format: PrintFormat): Markup {
  const bilingual = blocks.length > 1;
  return html`<div class="blocks">${blocks.map((c) => block(c, format, !bilingual))}</div>
    ${bilingual ? sharedHelp(blocks) : ''}`;
}

function organisation(campaign: Campaign, blocks: LanguageContent[]): Markup {
  const org = campaign.print?.organisation;
  if (!org) return html``;
  const alt = blocks[0]?.logoAlt ?? '';
  return html`<div class="org">
    ${org.logo ? html`<img class="logo" src="${org.logo.src}" alt="${alt}" />` : ''}
    <p class="org-name"><bdi>${org.name}</bdi></p>
  </div>`;
}

function qrFooter(url: string, blocks: LanguageContent[], size: string): Markup {
  return html`<div class="qr-row">
    ${qrSvg(url, size, blocks.map((b) => b.scan).join(' / '))}
    <div class="qr-text">
      ${blocks.map((b) => html`<p class="scan" lang="${b.lang}" dir="${b.dir}">${b.scan}</p>`)}
      <p class="url" dir="ltr">${url}</p>
    </div>
  </div>`;
}

const QR_SIZE: Record<PrintFormat, string> = {
  'poster-a4': '40mm',
  'poster-a3': '56mm',
  'flyer-a5': '22mm',
  'tear-off-a4': '30mm',
  'pocket-card': '0',
};

function poster(
  campaign: Campaign,
  blocks: LanguageContent[],
  o: PrintOptions,
  url: string,
): Markup {
  const layout = blocks.length > 1 ? (o.layout ?? 'side-by-side') : 'single';
  return html`<section class="sheet ${o.format}" data-layout="${layout}">
    ${organisation(campaign, blocks)} ${blocksAndHelp(blocks, o.format)}
    ${qrFooter(url, blocks, QR_SIZE[o.format])}
  </section>`;
}

function tearOff(
  campaign: Campaign,
  blocks: LanguageContent[],
  o: PrintOptions,
  url: string,
): Markup {
  const first = blocks[0]!;
  const line = first.lines[0];
  const tabNumber = line?.numbers[0]?.display ?? first.emergency[0] ?? '';
  const tab = html`<li class="tab">
    ${qrSvg(url, '22mm', first.scan)}
    <p class="tab-number">${number(tabNumber)}</p>
  </li>`;
  const layout = blocks.length > 1 ? (o.layout ?? 'side-by-side') : 'single';
  return html`<section class="sheet tear-off-a4" data-layout="${layout}">
    <div class="poster-part">
      ${organisation(campaign, blocks)} ${blocksAndHelp(blocks, o.format)}
      ${qrFooter(url, blocks, QR_SIZE['tear-off-a4'])}
    </div>
    <ul class="tabs">
      ${Array.from({ length: TEAR_OFF_TABS }, () => tab)}
    </ul>
  </section>`;
}

/** A card has room for each helpline's first number, and no opening hours. */
const cardLines = (c: LanguageContent): LanguageContent => ({
  ...c,
  lines: c.lines.map(({ hours: _, ...line }) => ({ ...line, numbers: line.numbers.slice(0, 1) })),
});

function pocketCards(blocks: LanguageContent[]): Markup {
  return html`${blocks.map(
    (c) =>
      html`<section class="sheet pocket-card card-front">
          <p
            class="neutral-title"
            lang="${c.neutralTitleLang}"
            dir="${directionOf(c.neutralTitleLang)}"
          >
            ${c.neutralTitle}
          </p>
        </section>
        <section class="sheet pocket-card card-back" lang="${c.lang}" dir="${c.dir}">
          <div class="card-numbers">${helplines(cardLines(c), false)}</div>
          <div class="card-questions">
            <p class="ask">${c.askBefore}</p>
            <ol class="questions">
              ${c.questions.map((q) => html`<li>${q}</li>`)}
            </ol>
          </div>
        </section>`,
  )}`;
}

/**
 * The print-ready HTML of one format, in one language or two. Throws a `PrintError` (with a
 * message for the person printing) when the campaign has no usable `print` part or an option is
 * wrong. The campaign is validated here: only its valid parts are printed.
 */
export async function renderPrintHtml(
  campaignFile: unknown,
  options: PrintOptions,
): Promise<string> {
  const { format } = options;
  if (!(format in PRINT_FORMATS)) {
    throw new PrintError(
      `"${String(format)}" is not a print format: use ${Object.keys(PRINT_FORMATS).join(', ')}.`,
    );
  }
  if (options.layout !== undefined && !BILINGUAL_LAYOUTS.includes(options.layout)) {
    throw new PrintError(
      `"${options.layout}" is not a layout: use ${BILINGUAL_LAYOUTS.join(' or ')}.`,
    );
  }
  const { campaign, problems } = parseCampaign(campaignFile);
  if (!campaign) {
    throw new PrintError(
      `this is not a campaign Shieldkit can read: ${problems.map((p) => p.message).join('; ')}`,
    );
  }
  const print = campaign.print;
  if (!print?.url) {
    const why = problems.find((p) => p.path[0] === 'print');
    throw new PrintError(
      why
        ? `the campaign's print part cannot be used: ${why.message}`
        : 'the campaign has no print part: add "print": { "url": "https://…" } (the page its QR codes open).',
    );
  }
  const languages = options.languages?.length
    ? options.languages
    : print.languages?.length
      ? print.languages.slice(0, 2)
      : [campaign.defaultLanguage ?? 'en'];
  if (languages.length > 2) {
    throw new PrintError(`a print holds one or two languages, not ${languages.length}.`);
  }
  const now = options.now ?? new Date();
  const bilingual = languages.length === 2;
  const blocks = await Promise.all(
    languages.map((lang) => languageContent(campaign, lang, flagCount(format, bilingual), now)),
  );
  const url = qrUrl(print.url, options.location);
  const { width, height } = PRINT_FORMATS[format];
  const body =
    format === 'pocket-card'
      ? pocketCards(blocks)
      : format === 'tear-off-a4'
        ? tearOff(campaign, blocks, options, url)
        : poster(campaign, blocks, options, url);
  const first = blocks[0]!;
  const title = format === 'pocket-card' ? first.neutralTitle : first.headline;
  // The doctype is added below (eslint-plugin-lit reads our `html` tag as Lit's, a fragment).
  // eslint-disable-next-line lit/no-invalid-html
  const page = html`<html lang="${first.lang}" dir="${first.dir}">
    <head>
      <meta charset="utf-8" />
      <meta name="referrer" content="no-referrer" />
      <meta name="viewport" content="width=device-width" />
      <title>${title}</title>
      <style>
        ${printStyles(width, height, campaign.theme?.primary)}
      </style>
    </head>
    <body>
      ${body}
    </body>
  </html>`;
  return `<!doctype html>\n${page.value}\n`;
}
