// Writes the benchmark's pages to scripts/bench/pages/ (they are committed; re-run this after
// changing a page here): `node scripts/bench/make-pages.mjs`.
// Every page has the same heading and paragraph (the floor), the same viewport and no external
// stylesheet; a widget page adds the widget with its light-DOM fallback, the content that follows
// it on a real page, and the CDN script in <head>. The `:not(:defined)` rules are the ones the
// README tells agencies to copy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const out = 'scripts/bench/pages';
const script = '/packages/shieldkit/dist/shieldkit.js';

/** Page styles of a typical agency page (system fonts: no font request). */
const pageCss = `
  body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.5; color: #1f1f1f; }
  main { max-inline-size: 48rem; margin-inline: auto; padding: 1rem; }`;

/** The rules agencies copy: each fallback takes the upgraded element's size and look. */
export const notDefinedCss = {
  'quick-exit': `
  shield-quick-exit:is(:not(:defined), :state(loading)) {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem;
    font: 1rem/1.5 system-ui, sans-serif;
  }
  shield-quick-exit[position='top']:is(:not(:defined), :state(loading)) {
    position: sticky; inset-block-start: 0; z-index: 1000; justify-content: flex-end;
    padding: 0.5rem 1rem; background: #fff; border-block-end: 1px solid #6b6b6b;
  }
  shield-quick-exit:not([shortcut='none']):is(:not(:defined), :state(loading))::after {
    content: ''; order: 1; inline-size: 44px; block-size: 12px;
  }
  shield-quick-exit:is(:not(:defined), :state(loading)) > p {
    order: 2; flex-basis: 100%; margin: 0; color: #4d4d4d; font-size: 0.875em;
  }
  shield-quick-exit:is(:not(:defined), :state(loading)) > a {
    display: inline-flex; align-items: center; min-block-size: 44px; padding: 0.5rem 1rem;
    border: 2px solid transparent; border-radius: 0.375rem; background: #b3261e; color: #fff;
    box-sizing: border-box; font-size: 1.125em; font-weight: 700; line-height: 1.5;
    text-decoration: none;
  }`,
  // The banner and the checklist grow from a paragraph to their full size, the carousel from its
  // first story (the others wait hidden) to a slide with its controls: reserve the larger (measured
  // for this content at 320, 412 and 768 px wide, plus 7% for other browsers' fonts) where scripts
  // run, so readers without JavaScript get no empty space. The checklist keeps the reservation
  // after upgrade: it shows "Loading…" until its texts arrive. flow-root: margins stay inside.
  'helpline-banner': `
  shield-helpline-banner { display: flow-root; }
  @media (scripting: enabled) {
    shield-helpline-banner { min-block-size: 62rem; }
    @media (min-width: 25.75rem) { shield-helpline-banner { min-block-size: 53rem; } }
    @media (min-width: 48rem) { shield-helpline-banner { min-block-size: 41rem; } }
  }`,
  checklist: `
  shield-red-flag-checklist { display: flow-root; }
  @media (scripting: enabled) {
    shield-red-flag-checklist { min-block-size: 118rem; }
    @media (min-width: 48rem) { shield-red-flag-checklist { min-block-size: 72rem; } }
  }`,
  'story-carousel': `
  shield-story-carousel { display: flow-root; }
  @media (scripting: enabled) {
    shield-story-carousel:is(:not(:defined), :state(loading)) > shield-story:not(:first-of-type) {
      display: none;
    }
    shield-story-carousel { min-block-size: 43rem; }
    @media (min-width: 25.75rem) { shield-story-carousel { min-block-size: 39rem; } }
    @media (min-width: 48rem) { shield-story-carousel { min-block-size: 25rem; } }
  }`,
};

const floor = `
    <h1>Safe work abroad</h1>
    <p>
      Before you accept a job in another country, check the offer with someone you trust. These
      pages explain the warning signs and where to get free, confidential help in your language.
    </p>`;

const after = `
    <h2>About this page</h2>
    <p>
      This page is published by a relief agency. It stores nothing about you and sends nothing
      anywhere. Read it on a device the person who controls you cannot check.
    </p>`;

const fallbacks = {
  'quick-exit': `
    <shield-quick-exit position="top">
      <a href="https://www.wikipedia.org/" rel="nofollow noreferrer">Exit this page</a>
    </shield-quick-exit>`,
  // The whole kit's quick exit shows its safety note: the fallback carries the same note.
  'quick-exit-safety': `
    <shield-quick-exit position="top" safety-info>
      <a href="https://www.wikipedia.org/" rel="nofollow noreferrer">Exit this page</a>
      <p>
        This button does not delete your browsing history. If someone checks this device, use a
        private window or a safer device.
      </p>
    </shield-quick-exit>`,
  'helpline-banner': `
    <shield-helpline-banner country="PL" origin="UA">
      <p>
        Ukraine, government hotline 1547 from abroad:
        <a href="tel:+380442841915">+38 044 284 19 15</a>
      </p>
    </shield-helpline-banner>`,
  checklist: `
    <shield-red-flag-checklist set="job-offer">
      <p>
        Is this job offer safe? <a href="https://www.ilo.org/">Read the warning signs</a> or call
        a helpline.
      </p>
    </shield-red-flag-checklist>`,
  'story-carousel': (count) => `
    <shield-story-carousel label="Survivors' stories">
${Array.from(
  { length: count },
  (_, i) => `      <shield-story story-id="story-${i + 1}" consent-given="2025-01-15" pseudonym>
        <h3>Story ${i + 1}: the job that was not there</h3>
        <p>
          The offer came through a friend of a friend: kitchen work, good pay, a room included.
          At the border they took my passport "to register it".
        </p>
        <p>I kept a photo of my passport on my phone. It helped when I called the helpline.</p>
      </shield-story>`,
).join('\n')}
    </shield-story-carousel>`,
};

/** Which elements each page upgrades (for "time to upgraded widget"). */
export const pages = [
  { id: 'floor', title: 'empty floor (no script)', widgets: [] },
  { id: 'static', title: 'same content, static HTML (no script)', widgets: [] },
  { id: 'quick-exit', title: '<shield-quick-exit>', widgets: ['quick-exit'] },
  { id: 'helpline-banner', title: '<shield-helpline-banner>', widgets: ['helpline-banner'] },
  { id: 'checklist', title: '<shield-red-flag-checklist>', widgets: ['checklist'] },
  {
    id: 'story-carousel',
    title: '<shield-story-carousel> (3 stories)',
    widgets: ['story-carousel'],
  },
  {
    id: 'arabic',
    title: 'Arabic page: quick exit + banner, ar.js preloaded',
    widgets: ['quick-exit', 'helpline-banner'],
    lang: 'ar',
  },
  {
    id: 'kit',
    title: 'whole kit, 12-story carousel',
    widgets: ['quick-exit', 'helpline-banner', 'checklist', 'story-carousel'],
  },
  // The embed code (`npx @shieldkit/campaign embed`): every file preloaded, with integrity.
  {
    id: 'kit-embed',
    title: 'whole kit, 12-story carousel, embed code',
    widgets: ['quick-exit', 'helpline-banner', 'checklist', 'story-carousel'],
    embed: true,
  },
  {
    id: 'carousel-12',
    title: '<shield-story-carousel> (12 stories)',
    widgets: ['story-carousel'],
    stories: 12,
  },
  {
    id: 'carousel-embed',
    title: '<shield-story-carousel> (12 stories), embed code',
    widgets: ['story-carousel'],
    stories: 12,
    embed: true,
  },
  // What each reserve rule buys (measured by the Lighthouse part only: `lighthouseOnly`): the whole
  // kit with the one-line embed and nothing else, and without one widget's rules each.
  {
    id: 'kit-bare',
    title: 'whole kit, one-line embed only (no reserve CSS)',
    widgets: ['quick-exit', 'helpline-banner', 'checklist', 'story-carousel'],
    omit: ['quick-exit', 'helpline-banner', 'checklist', 'story-carousel'],
    lighthouseOnly: true,
  },
  ...['quick-exit', 'helpline-banner', 'checklist'].map((widget) => ({
    id: `kit-without-${widget}-css`,
    title: `whole kit without the ${widget} reserve rules`,
    widgets: ['quick-exit', 'helpline-banner', 'checklist', 'story-carousel'],
    omit: [widget],
    lighthouseOnly: true,
  })),
  // Peers: the same 12 stories in the fastest carousel libraries, built here from the pinned
  // versions (esbuild, minified, one file each); "upgraded" is when their buttons work.
  { id: 'embla', title: 'peer: Embla Carousel (12 stories)', widgets: [], peer: 'embla' },
  { id: 'swiper', title: 'peer: Swiper (12 stories)', widgets: [], peer: 'swiper' },
];

/** The version of an installed package, for the page titles. */
const versionOf = (name) =>
  JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;

const peerPackages = { embla: 'embla-carousel', swiper: 'swiper' };

/** Entry modules of the peer pages: set `window.__peerReady` once the carousel works. */
const peerEntries = {
  embla: `import EmblaCarousel from 'embla-carousel';
const embla = EmblaCarousel(document.querySelector('.embla__viewport'));
document.querySelector('.embla__prev').addEventListener('click', () => embla.scrollPrev());
document.querySelector('.embla__next').addEventListener('click', () => embla.scrollNext());
window.__peerReady = true;`,
  swiper: `import Swiper from 'swiper';
import { Navigation } from 'swiper/modules';
import 'swiper/css';
import 'swiper/css/navigation';
new Swiper('.swiper', {
  modules: [Navigation],
  navigation: { nextEl: '.swiper-button-next', prevEl: '.swiper-button-prev' },
  on: { init: () => { window.__peerReady = true; } },
});`,
};

const peerCss = {
  embla: `
  .embla__viewport { overflow: hidden; }
  .embla__container { display: flex; }
  .embla__slide { flex: 0 0 100%; min-inline-size: 0; }`,
  swiper: '',
};

const story = (i, tag) => `      <${tag}>
        <h3>Story ${i + 1}: the job that was not there</h3>
        <p>
          The offer came through a friend of a friend: kitchen work, good pay, a room included.
          At the border they took my passport "to register it".
        </p>
        <p>I kept a photo of my passport on my phone. It helped when I called the helpline.</p>
      </${tag.split(' ')[0]}>`;

const peerMarkup = {
  embla: (count) => `
    <section class="embla" aria-label="Survivors' stories">
      <div class="embla__viewport"><div class="embla__container">
${Array.from({ length: count }, (_, i) => story(i, 'article class="embla__slide"')).join('\n')}
      </div></div>
      <button class="embla__prev" type="button">Previous story</button>
      <button class="embla__next" type="button">Next story</button>
    </section>`,
  swiper: (count) => `
    <section class="swiper" aria-label="Survivors' stories">
      <div class="swiper-wrapper">
${Array.from({ length: count }, (_, i) => story(i, 'article class="swiper-slide"')).join('\n')}
      </div>
      <button class="swiper-button-prev" type="button" aria-label="Previous story"></button>
      <button class="swiper-button-next" type="button" aria-label="Next story"></button>
    </section>`,
};

/** The Arabic page's text: the fallbacks a Syrian or Sudanese reader would see without JS. */
const arabic = {
  after: `
    <h2>عن هذه الصفحة</h2>
    <p>
      تنشر هذه الصفحة وكالة إغاثة. لا تحفظ أي شيء عنك ولا ترسل أي شيء إلى أي مكان. اقرأها على جهاز لا
      يستطيع الشخص الذي يتحكم بك فحصه.
    </p>`,
  floor: `
    <h1>العمل الآمن في الخارج</h1>
    <p>
      قبل أن تقبل عملًا في بلد آخر، تحقق من العرض مع شخص تثق به. تشرح هذه الصفحات علامات الخطر وأين
      تجد مساعدة مجانية وسرية بلغتك.
    </p>`,
  'quick-exit': `
    <shield-quick-exit position="top">
      <a href="https://www.wikipedia.org/" rel="nofollow noreferrer">غادر هذه الصفحة</a>
    </shield-quick-exit>`,
  'helpline-banner': `
    <shield-helpline-banner country="PL" origin="UA">
      <p>
        أوكرانيا، الخط الحكومي 1547 من الخارج:
        <a href="tel:+380442841915"><bdi dir="ltr">+38 044 284 19 15</bdi></a>
      </p>
    </shield-helpline-banner>`,
};

function html({ id, title, widgets, lang = 'en', stories: count, embed, peer, omit = [] }) {
  const withScript = widgets.length > 0 && !embed;
  const text = (key) => (lang === 'ar' && arabic[key]) || { floor, after }[key] || fallbacks[key];
  const preload =
    lang === 'en'
      ? ''
      : `\n    <link rel="modulepreload" href="${script}" />` +
        `\n    <link rel="modulepreload" href="/packages/shieldkit/dist/locales/${lang}.js" />`;
  const content =
    id === 'static' ? Object.keys(fallbacks).filter((w) => w !== 'quick-exit-safety') : widgets;
  const stories = count ?? (id.startsWith('kit') || id === 'static' ? 12 : 3);
  const body = content.map((w) =>
    typeof fallbacks[w] === 'function'
      ? fallbacks[w](stories)
      : w === 'quick-exit' && id.startsWith('kit')
        ? fallbacks['quick-exit-safety']
        : text(w),
  );
  const exit = body[content.indexOf('quick-exit')] ?? '';
  let inMain = body.filter((b) => b !== exit).join('\n');
  const css = [
    pageCss,
    ...content.filter((w) => !omit.includes(w)).map((w) => notDefinedCss[w]),
    peerCss[peer] ?? '',
  ].join('\n');
  if (peer) inMain += peerMarkup[peer](12);
  const peerHead = peer
    ? `\n    <script type="module" src="peers/${peer}.js"></script>` +
      (peer === 'swiper' ? `\n    <link rel="stylesheet" href="peers/${peer}.css" />` : '')
    : '';
  const embedHead = embed ? `\n${embed.trimEnd()}` : '';
  return `<!doctype html>
<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench: ${title.replace(/</g, '&lt;')}</title>
    <link rel="icon" href="data:," />${preload}${embedHead}${peerHead}${
      withScript ? `\n    <script type="module" src="${script}"></script>` : ''
    }
    <style>${css}
    </style>
  </head>
  <body>${exit}
    <main>${text('floor')}${inMain}${id === 'floor' ? '' : text('after')}
    </main>
  </body>
</html>
`;
}

/** The embed code's name of a bench widget. */
const embedName = (widget) => (widget === 'checklist' ? 'red-flag-checklist' : widget);

/**
 * Writes every bench page to scripts/bench/pages/ (generated: not in git), and the peer
 * carousels' files to pages/peers/. Needs the build (the embed code reads its manifest).
 */
export async function writePages() {
  mkdirSync(join(out, 'peers'), { recursive: true });
  for (const peer of Object.keys(peerEntries))
    await build({
      stdin: { contents: peerEntries[peer], resolveDir: '.', loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(out, 'peers', `${peer}.js`),
      logLevel: 'error',
    });
  const { embedCode } = await import('../../packages/campaign/dist/embed.js');
  const manifest = JSON.parse(readFileSync('packages/campaign/dist/cdn-manifest.json', 'utf8'));
  for (const page of pages) {
    const embed = page.embed
      ? (
          await embedCode(manifest, {
            widgets: page.widgets.map(embedName),
            lang: page.lang ?? 'en',
            base: '/packages/shieldkit/dist/',
          })
        ).html
      : undefined;
    // Peer titles name the version measured.
    if (page.peer && !page.title.includes('@'))
      page.title = `${page.title} @${versionOf(peerPackages[page.peer])}`;
    writeFileSync(join(out, `${page.id}.html`), html({ ...page, embed }));
  }
  return pages.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote ${await writePages()} pages to ${out}/`);
}
