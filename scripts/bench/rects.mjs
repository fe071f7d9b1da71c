import puppeteer from 'puppeteer-core';
import { findChromium, chromiumFlags } from '../../chromium.mjs';
import { createStaticServer } from '../serve.mjs';
const server = createStaticServer(process.cwd());
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumFlags,
});
const pageIds = process.argv.slice(2);
const measure = (sel) =>
  [...document.querySelectorAll(sel)].map((e) => {
    const r = e.getBoundingClientRect();
    return `${e.localName}${e.id ? '#' + e.id : ''} y=${r.y.toFixed(1)} h=${r.height.toFixed(1)} w=${r.width.toFixed(1)}`;
  });
for (const id of pageIds) {
  for (const js of [false, true]) {
    const ctx = await browser.createBrowserContext();
    const p = await ctx.newPage();
    await p.setViewport({
      width: Number(process.env.WIDTH ?? 360),
      height: 740,
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    await p.setJavaScriptEnabled(js);
    await p.goto(`${origin}/scripts/bench/pages/${id}.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    console.log(
      id,
      js ? 'JS' : 'noJS',
      (await p.evaluate(measure, process.env.SEL ?? 'body > *, main > *')).join('\n   '),
    );
    await ctx.close();
  }
}
await browser.close();
server.close();
