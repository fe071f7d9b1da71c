// Pictures of each print format for the docs page (stories/printing.mdx), from the Ukraine–Poland
// example campaign, rendered by the local Chromium. Run after `npm run build`, when the layouts
// change: node scripts/print-screenshots.mjs
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { renderPrintHtml } from '@shieldkit/print';
import { findChrome } from '@shieldkit/print/pdf.js';

const campaign = JSON.parse(
  readFileSync(
    new URL('../examples/campaign-ukraine-poland/campaign.json', import.meta.url),
    'utf8',
  ),
);
const shots = [
  { name: 'poster-a4', format: 'poster-a4', languages: ['uk'] },
  { name: 'poster-a3-bilingual', format: 'poster-a3', languages: ['uk', 'pl'] },
  { name: 'flyer-a5', format: 'flyer-a5', languages: ['pl'] },
  { name: 'tear-off-a4', format: 'tear-off-a4', languages: ['en'] },
  { name: 'pocket-card', format: 'pocket-card', languages: ['uk'], scale: 1.5 },
];
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
for (const { name, format, languages, scale = 0.5 } of shots) {
  const html = await renderPrintHtml(campaign, { format, languages });
  // Small pictures: about 400 px wide for an A4 sheet.
  await page.setViewport({ width: 1200, height: 1700, deviceScaleFactor: scale });
  await page.setContent(html, { waitUntil: 'load' });
  // Sheets one under the other on grey, so the card's two sides show apart.
  await page.addStyleTag({
    content: 'body { background: #ccc !important; } .sheet { margin: 0 0 4mm !important; }',
  });
  const sheets = await page.$$('.sheet');
  const boxes = await Promise.all(sheets.map((sheet) => sheet.boundingBox()));
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const path = `stories/assets/print-${name}.png`;
  await page.screenshot({
    path,
    clip: { x: left, y: top, width: right - left, height: bottom - top },
  });
  console.log(`wrote ${path}`);
}
await browser.close();
