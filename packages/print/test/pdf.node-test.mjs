// PDFs from the Ukraine–Poland example campaign: every format in uk, pl and en, and a uk+pl
// bilingual poster, made by the local Chromium in one browser. The text is extracted (unpdf, the
// PDF.js text layer): every helpline number is there as text, the page size is the format's.
// Run after `npm run build`: node --test packages/print/test/pdf.node-test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { PRINT_FORMAT_NAMES, PRINT_FORMATS, renderPrintHtml } from '../dist/index.js';
import { createPdfPrinter } from '../dist/pdf.js';

const campaign = JSON.parse(
  readFileSync(
    new URL('../../../examples/campaign-ukraine-poland/campaign.json', import.meta.url),
    'utf8',
  ),
);
/** Every number a reader in Poland from Ukraine can call (ua-527 and 1547's short code work only inside Ukraine). */
const NUMBERS = ['+48 22 628 99 99', '+48 22 628 01 20', '+38 044 284 19 15', '112'];
const CARD_NUMBERS = ['+48 22 628 99 99', '+38 044 284 19 15', '112'];
const MM_TO_PT = 72 / 25.4;
const squash = (text) => text.replace(/\s+/g, '');

let printer;
before(async () => {
  printer = await createPdfPrinter();
});
after(() => printer?.close());

const cases = [
  ...PRINT_FORMAT_NAMES.flatMap((format) =>
    ['uk', 'pl', 'en'].map((lang) => ({ format, languages: [lang] })),
  ),
  { format: 'poster-a4', languages: ['uk', 'pl'], layout: 'side-by-side' },
];

for (const { format, languages, layout } of cases) {
  test(`${format} ${languages.join('+')}: the numbers are text, the page is the format's size`, async () => {
    const html = await renderPrintHtml(campaign, { format, languages, layout });
    const pdf = await getDocumentProxy(await printer.pdf(html));
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    assert.equal(totalPages, format === 'pocket-card' ? 2 * languages.length : 1);
    const { width, height } = PRINT_FORMATS[format];
    for (let n = 1; n <= totalPages; n++) {
      const [, , w, h] = (await pdf.getPage(n)).view;
      assert.ok(Math.abs(w - width * MM_TO_PT) < 1, `page ${n} is ${w} pt wide`);
      assert.ok(Math.abs(h - height * MM_TO_PT) < 1, `page ${n} is ${h} pt high`);
    }
    // PDF.js may split a number into runs: compared without spaces.
    for (const number of format === 'pocket-card' ? CARD_NUMBERS : NUMBERS)
      assert.ok(squash(text).includes(squash(number)), `${number} is in the text`);
    const words = {
      uk: format === 'pocket-card' ? 'Корисні номери' : 'Ви не самі.',
      pl: format === 'pocket-card' ? 'Przydatne numery' : 'Nie jesteś sama.',
      en: format === 'pocket-card' ? 'Useful numbers' : 'You are not alone.',
    };
    for (const lang of languages) assert.ok(squash(text).includes(squash(words[lang])), lang);
  });
}
