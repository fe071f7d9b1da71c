// Pictures of the studio for the campaign teams' guide (stories/studio.mdx), taken from the built
// studio as `npx @shieldkit/studio` serves it, walking the guide's steps with the Ukraine–Poland
// template. Run after `npm run build`, when the studio's look changes:
//   node scripts/studio-screenshots.mjs
// 1000 px wide at 1×; when ImageMagick's `convert` is there, each PNG is reduced to a palette of
// 128 colours (a third of the bytes, text still crisp).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../chromium.mjs';
import { createStudioServer } from '../packages/studio/bin/shieldkit-studio.js';

if (!existsSync('packages/studio/dist/index.html')) {
  console.error('packages/studio/dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const WIDTH = 1000;
const MAX_HEIGHT = 900;
const convert = spawnSync('convert', ['-version']).status === 0;

const server = createStudioServer();
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumFlags,
});
const page = await browser.newPage();
await page.setViewport({ width: WIDTH, height: 1200, deviceScaleFactor: 1 });
await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
await page.waitForFunction(() => document.querySelector('shield-studio')?.shadowRoot);

/** An element inside the studio's shadow root. */
const find = async (selector) => {
  const handle = await page.waitForFunction(
    (s) => document.querySelector('shield-studio').shadowRoot.querySelector(s),
    { timeout: 60_000 },
    selector,
  );
  return handle.asElement();
};
const at = (path) => `[data-path='${JSON.stringify(path)}']`;
/** Clicks the studio's button whose text is `name`. */
const press = async (name) => {
  const button = await page.waitForFunction(
    (wanted) =>
      [...document.querySelector('shield-studio').shadowRoot.querySelectorAll('button')].find(
        (b) => b.textContent.trim() === wanted,
      ),
    { timeout: 60_000 },
    name,
  );
  await button.asElement().click();
};
/** Types into a field of the studio as a person does. */
const write = async (selector, text) => {
  const input = await find(selector);
  await input.click({ count: 3 });
  await page.keyboard.type(text);
};
const settled = () =>
  page.evaluate(() => document.querySelector('shield-studio').updateComplete.then(() => true));

/** Screenshots the box around `selectors` (at most MAX_HEIGHT tall) as stories/assets/<name>.png. */
async function shot(name, ...selectors) {
  await settled();
  // On screen: the browser does not paint a frame (the preview) that is out of view.
  await (await find(selectors[0])).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await new Promise((done) => setTimeout(done, 1000));
  const boxes = [];
  for (const selector of selectors) {
    // In page coordinates (what `clip` takes), not the viewport's.
    const element = await find(selector);
    boxes.push(
      await element.evaluate((e) => {
        const box = e.getBoundingClientRect();
        return { top: box.top + scrollY, bottom: box.bottom + scrollY };
      }),
    );
  }
  const top = Math.max(0, Math.min(...boxes.map((b) => b.top)) - 12);
  const bottom = Math.max(...boxes.map((b) => b.bottom)) + 12;
  const path = `stories/assets/${name}.png`;
  await page.screenshot({
    path,
    captureBeyondViewport: false,
    clip: { x: 0, y: top, width: WIDTH, height: Math.min(bottom - top, MAX_HEIGHT) },
  });
  if (convert) spawnSync('convert', [path, '-strip', '-colors', '128', `PNG8:${path}`]);
  console.log(`wrote ${path} (${Math.round(statSync(path).size / 1024)} KB)`);
}

try {
  // 1. The first screen, the Ukraine–Poland template chosen.
  const template = await find('#template');
  await template.select('campaign-ukraine-poland');
  await shot('studio-open', 'header', 'section.open');
  await press('Use template');

  // 2. Languages, then the helplines of the campaign's countries.
  await shot('studio-languages', '[data-schema-path="languages"]');
  await shot('studio-helplines', 'fieldset.helplines');

  // 3. A story of the team's own, written in Ukrainian only so far.
  await press('Add stories');
  await write(at(['stories', 1, 'id']), 'our-warehouse');
  await write(at(['stories', 1, 'heading', 'uk']), 'Робота на складі без договору');
  await shot('studio-story', `li${at(['stories', 1])}`);

  // 4. What is missing, in the Problems panel.
  await shot('studio-problems', 'section.problems');

  // 5. The preview, in Polish.
  const language = await find('#preview-language');
  await language.select('pl');
  await page.waitForFunction(
    () => {
      const report = document.querySelector('shield-studio').previewReport;
      return report?.lang === 'pl' && report.text.includes('Oferta pracy');
    },
    { timeout: 60_000 },
  );
  await shot('studio-preview', 'section.preview');

  // 6. Translations: only the texts still missing a language, and the CSV buttons.
  await (await find('#missing-only')).click();
  await shot('studio-translations', 'section.translate');

  // 7. Download, and the embed code for the web team.
  await press('Copy embed code');
  await find('#embed-code');
  await shot('studio-export', 'section.export');
} finally {
  await browser.close();
  server.close();
}
