import { Markup } from './escape.js';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The print CSS: `@page` at the format's size with no margin (each sheet is exactly one page and
 * keeps its own margins inside, so what the studio previews is what prints), system fonts only,
 * black text on white (numbers 21:1, also in greyscale), sizes in points.
 */
export function printStyles(width: number, height: number, primary?: string): Markup {
  const accent = primary && HEX.test(primary) ? primary : '#000';
  return new Markup(`
@page { size: ${width}mm ${height}mm; margin: 0; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #777; color: #000;
  font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Roboto, Arial, sans-serif;
  font-size: 14pt; line-height: 1.3; }
@media print { body { background: #fff; } .sheet { margin: 0 !important; box-shadow: none !important; } }
p, h1, h2, ul, ol, blockquote { margin: 0; }
ul, ol { padding: 0; }
.sheet { position: relative; width: ${width}mm; height: ${height}mm; overflow: hidden; background: #fff;
  margin: 8mm auto; box-shadow: 0 1mm 4mm #0006; break-after: page; display: flex; flex-direction: column; }
.sheet:last-child { break-after: auto; }
.number { font-weight: 800; white-space: nowrap; unicode-bidi: isolate; letter-spacing: 0.01em; }
.keyword { font-weight: 700; }

/* Posters, flyers and the top of the tear-off sheet */
.poster-a4, .poster-a3, .flyer-a5, .poster-part { padding: var(--pad); gap: var(--gap); }
.poster-a4 { --pad: 12mm; --gap: 5mm; --s: 1; }
.poster-a3 { --pad: 16mm; --gap: 7mm; --s: 1.41; }
.flyer-a5 { --pad: 6mm; --gap: 2mm; --s: 0.75; }
.tear-off-a4 { --pad: 10mm; --gap: 3mm; --s: 0.8; }
.poster-part { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.org { display: flex; align-items: center; gap: 4mm; border-block-end: calc(1.5mm * var(--s)) solid ${accent}; padding-block-end: 2mm; }
.logo { max-height: calc(14mm * var(--s)); max-width: 50mm; }
.org-name { font-size: max(14pt, calc(16pt * var(--s))); font-weight: 700; }
.blocks { display: grid; gap: var(--gap); }
.qr-row { margin-block-start: auto; }
[data-layout='side-by-side'] .blocks { grid-template-columns: 1fr 1fr; }
[data-layout='top-bottom'] .blocks { grid-template-rows: auto auto; align-content: start; }
.blocks { align-content: start; }
.shared .lines { grid-template-columns: repeat(auto-fit, minmax(60mm, 1fr)); gap: 3mm var(--gap); }
[data-layout='side-by-side'] .headline, [data-layout='top-bottom'] .headline { font-size: max(16pt, calc(24pt * var(--s))); }
[data-layout='side-by-side'] .message, [data-layout='top-bottom'] .message { font-size: max(14pt, calc(18pt * var(--s))); margin-block-start: 0.5mm; }
.block { display: grid; gap: calc(var(--gap) * 0.8) var(--gap); align-content: start; min-width: 0;
  grid-template-columns: 1fr 1.2fr; grid-template-areas: 'lead lead' 'flags help'; }
[data-layout='side-by-side'] .block { grid-template-columns: 1fr; grid-template-areas: 'lead' 'flags'; }
[data-layout='top-bottom'] .block { grid-template-columns: 1fr 1.8fr; grid-template-areas: 'lead flags'; }
.flyer-a5[data-layout='top-bottom'] .block, .tear-off-a4[data-layout='top-bottom'] .block { grid-template-columns: 1.3fr 1fr; }
[data-layout='top-bottom'] .block + .block { border-block-start: 0.5mm solid #000; padding-block-start: var(--gap); }
[data-layout='side-by-side'] .block + .block { border-inline-start: 0.5mm solid #000; padding-inline-start: var(--gap); }
.lead { grid-area: lead; }
.flags-area { grid-area: flags; min-width: 0; }
.help { grid-area: help; min-width: 0; }
.line { container-type: inline-size; min-width: 0; }
.headline { font-size: max(20pt, calc(36pt * var(--s))); line-height: 1.15; font-weight: 800; }
.message { font-size: max(16pt, calc(26pt * var(--s))); font-weight: 700; margin-block-start: 1.5mm; }
.flags { list-style: none; display: grid; gap: 2mm; }
.flag { font-size: max(14pt, calc(18pt * var(--s))); padding-inline-start: 5mm; position: relative; }
.flag::before { content: ''; position: absolute; inset-inline-start: 0; top: 0.45em; width: 2.5mm; height: 2.5mm; background: ${accent}; }
.story { margin-block-start: 3mm; font-style: italic; font-size: max(14pt, calc(16pt * var(--s))); border-inline-start: 1mm solid ${accent}; padding-inline-start: 3mm; }
.help-title { font-size: max(16pt, calc(20pt * var(--s))); font-weight: 800; margin-block-end: 2mm; }
.lines { list-style: none; display: grid; gap: 3mm; }
.line-name { font-size: max(14pt, calc(15pt * var(--s))); font-weight: 600; }
.numbers { font-size: min(calc(28pt * var(--s)), 8cqi); line-height: 1.2; }
.number-item { display: inline-block; }
.abroad, .facts, .emergency, .scan, .url, .keyword { font-size: max(14pt, calc(14pt * var(--s))); }
.abroad { font-weight: 600; }
.emergency { margin-block-start: 3mm; font-weight: 700; }
.emergency .number { font-size: max(18pt, calc(22pt * var(--s))); }
.qr-row { display: flex; align-items: center; gap: 5mm; }
.qr { flex: none; display: block; }
.url { overflow-wrap: anywhere; }
.scan { font-weight: 700; }

/* Tear-off tabs: a QR code and the number read from the bottom up, cut guides between them */
.tear-off-a4 { padding: 0; }
.tabs { list-style: none; display: grid; grid-template-columns: repeat(${8}, 1fr); height: 78mm; flex: none;
  border-block-start: 0.4mm dashed #000; margin: 0 5mm 4mm; }
.tab { display: flex; flex-direction: column; align-items: center; gap: 2mm; padding: 1.5mm 0 0;
  border-inline-end: 0.3mm dashed #000; min-width: 0; overflow: hidden; }
.tab:last-child { border-inline-end: none; }
.tab-number { writing-mode: vertical-rl; transform: rotate(180deg); font-size: 11pt;
  /* Digits in a Latin face: a Thai or Burmese font's tall lines would widen the rotated number. */
  font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; line-height: 1.2; }

/* Pocket cards: a neutral front, helplines and three questions on the back */
.pocket-card { padding: 3.5mm; font-size: 9pt; line-height: 1.15; }
.card-front { justify-content: center; align-items: center; text-align: center; }
.neutral-title { font-size: 16pt; font-weight: 700; }
.card-back { gap: 1.5mm; }
.card-numbers { container-type: inline-size; }
.card-back .lines { gap: 0.5mm; }
.card-back .numbers { font-size: min(10pt, 8cqi); }
.card-back .abroad, .card-back .facts, .card-back .emergency { font-size: 9pt; }
.card-back .emergency { margin-block-start: 0.5mm; }
.card-back .emergency .number { font-size: 10pt; }
.ask { font-weight: 700; }
.questions { padding-inline-start: 4mm; }
`);
}
