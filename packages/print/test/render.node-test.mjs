// The print HTML as a string, in Node (the renderer needs no DOM). Run after `npm run build`:
//   node --test packages/print/test/render.node-test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  escapeHtml,
  PRINT_FORMAT_NAMES,
  PRINT_FORMATS,
  PrintError,
  qrUrl,
  renderPrintHtml,
} from '../dist/index.js';

const example = () =>
  JSON.parse(
    readFileSync(
      new URL('../../../examples/campaign-ukraine-poland/campaign.json', import.meta.url),
      'utf8',
    ),
  );

/** The elements of a page in order, without their text: what a hostile text could change. */
const tags = (html) => [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[0]);

test('the escaper writes every character HTML gives meaning to as a reference', () => {
  assert.equal(
    escapeHtml(`<script>alert("x")</script> & 'y' &amp;`),
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &amp;amp;',
  );
  assert.equal(
    escapeHtml('"><img src=x onerror=alert(1)>'),
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
  );
  assert.equal(escapeHtml('Київ — كييف'), 'Київ — كييف');
  assert.equal(escapeHtml(42), '42');
  // Nothing left that could open a tag, an attribute value or a reference.
  const hostile = '<</>>"\'&<!-- --><![CDATA[x]]>`${}';
  assert.doesNotMatch(escapeHtml(hostile), /[<>"']/);
});

test('no text of a campaign becomes markup, in any format', async () => {
  const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>\'<b>';
  const hostile = example();
  hostile.print.organisation.name = `Agency ${evil}`;
  hostile.print.neutralTitle = { uk: `Номери ${evil}` };
  hostile.checklist = { set: 'job-offer', add: [{ id: 'own', text: { uk: `Знак ${evil}` } }] };
  hostile.print.flags = ['own', 'offer-fee', 'offer-vague'];
  hostile.strings = { uk: { 'helplineBanner.free': evil, 'print.notAlone': evil } };
  hostile.stories[0].consent.print = true;
  hostile.stories[0].quote = { uk: evil };
  const benign = example();
  benign.checklist = { set: 'job-offer', add: [{ id: 'own', text: { uk: 'Знак' } }] };
  benign.print.flags = ['own', 'offer-fee', 'offer-vague'];
  benign.stories[0].consent.print = true;
  benign.stories[0].quote = { uk: 'Цитата' };
  for (const format of PRINT_FORMAT_NAMES) {
    const options = { format, languages: ['uk'], location: evil };
    const bad = await renderPrintHtml(hostile, options);
    const good = await renderPrintHtml(benign, { ...options, location: 'x' });
    assert.deepEqual(tags(bad), tags(good), format);
    assert.doesNotMatch(bad, /<script|<img src=x|onerror=alert\(2\)>/, format);
  }
  const poster = await renderPrintHtml(hostile, { format: 'poster-a4', languages: ['uk'] });
  assert.match(poster, /Agency &quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(poster, /Знак &quot;&gt;&lt;script&gt;/);
});

test('the page is one self-contained document: @page at the format size, system fonts, no script', async () => {
  for (const format of PRINT_FORMAT_NAMES) {
    const html = await renderPrintHtml(example(), { format, languages: ['uk'] });
    const { width, height } = PRINT_FORMATS[format];
    assert.match(
      html,
      new RegExp(`@page \\{ size: ${width}mm ${height}mm; margin: 0; \\}`),
      format,
    );
    assert.doesNotMatch(html, /<script|@font-face|@import|url\(|<link/i, format);
    assert.match(html, /^<!doctype html>\n<html lang="uk" dir="ltr">/);
  }
});

test('a poster has the headline, the flags, the helplines with hours, 112, the QR code and the agency', async () => {
  const html = await renderPrintHtml(example(), { format: 'poster-a4', languages: ['uk'] });
  assert.match(html, /Перевірте пропозицію роботи чи поїздки/);
  assert.match(html, /Ви не самі\./);
  // The campaign's four flags, in its order.
  const flags = [...html.matchAll(/<li class="flag">([^<]*)<\/li>/g)].map((m) => m[1]);
  assert.equal(flags.length, 4);
  assert.match(flags[1], /Ви маєте заплатити/);
  for (const number of ['+48 22 628 99 99', '+48 22 628 01 20', '+38 044 284 19 15', '112'])
    assert.ok(html.includes(`<span class="number" dir="ltr">${number}</span>`), number);
  // The Ukrainian short codes work only inside Ukraine: never printed for readers in Poland.
  assert.doesNotMatch(html, /527|116 123/);
  assert.match(html, /пн–чт 09:00–19:00, пт 09:00–14:00/);
  assert.match(html, /З-за кордону/);
  assert.match(
    html,
    /<svg\s+class="qr"\s+role="img"[^>]*viewBox="0 0 \d+ \d+"[^>]*>\s*<rect[^>]*\/>\s*<path fill="#000" d="M/,
  );
  assert.match(html, /Example Agency/);
});

test('a bilingual print gives each language its own block with its lang and dir', async () => {
  const html = await renderPrintHtml(example(), {
    format: 'poster-a4',
    languages: ['ar', 'en'],
    layout: 'top-bottom',
  });
  assert.match(html, /data-layout="top-bottom"/);
  assert.match(html, /<div class="block" lang="ar" dir="rtl">/);
  assert.match(html, /<div class="block" lang="en" dir="ltr">/);
  assert.match(
    html,
    /<span lang="ar" dir="rtl">[^<]+<\/span> \/ <span lang="en" dir="ltr">From abroad<\/span>/,
  );
  // Without options, the campaign's print.languages.
  const pair = await renderPrintHtml(example(), { format: 'flyer-a5' });
  assert.match(pair, /<div class="block" lang="uk"[\s\S]*<div class="block" lang="pl"/);
  assert.match(pair, /data-layout="side-by-side"/);
});

test('the pocket card: a front with the neutral title only, a back with numbers and three questions', async () => {
  const page = await renderPrintHtml(example(), { format: 'pocket-card', languages: ['pl'] });
  const html = page.slice(page.indexOf('<body'));
  const front = html.slice(
    html.indexOf('card-front'),
    html.indexOf('<section', html.indexOf('card-front')),
  );
  assert.match(
    front,
    /<p\s+class="neutral-title"\s+lang="pl"\s+dir="ltr"\s*>\s*Przydatne numery\s*<\/p>/,
  );
  assert.equal(
    front
      .replace(/^[^>]*>/, '')
      .replace(/<[^>]*>/g, '')
      .trim(),
    'Przydatne numery',
  );
  const back = html.slice(html.indexOf('card-back'));
  assert.equal([...back.matchAll(/<li>/g)].length, 3);
  assert.match(back, /Czy mogę przeczytać umowę/);
  assert.match(back, /\+48 22 628 99 99/);
  assert.doesNotMatch(html, /trafficking|handel/i);
  // A language without a neutral title in the campaign shows the English one, marked English.
  const ar = await renderPrintHtml(example(), { format: 'pocket-card', languages: ['ar'] });
  assert.match(
    ar,
    /<p\s+class="neutral-title"\s+lang="en"\s+dir="ltr"\s*>\s*Useful numbers\s*<\/p>/,
  );
});

test('a tear-off sheet has eight tabs, each with the number and a QR code', async () => {
  const html = await renderPrintHtml(example(), { format: 'tear-off-a4', languages: ['en'] });
  const tabs = html.split('<li class="tab">').slice(1);
  assert.equal(tabs.length, 8);
  for (const tab of tabs) {
    assert.match(tab, /<svg\s+class="qr"/);
    assert.match(tab, /<span class="number" dir="ltr">\+48 22 628 99 99<\/span>/);
  }
});

test('--location adds the place to the QR code address as a query, nothing else', async () => {
  assert.equal(qrUrl('https://agency.example/pomoc'), 'https://agency.example/pomoc');
  assert.equal(
    qrUrl('https://agency.example/pomoc?lang=uk', 'Dworzec Zachodni #2'),
    'https://agency.example/pomoc?lang=uk&location=Dworzec+Zachodni+%232',
  );
  const plain = await renderPrintHtml(example(), { format: 'flyer-a5', languages: ['en'] });
  const placed = await renderPrintHtml(example(), {
    format: 'flyer-a5',
    languages: ['en'],
    location: 'bus-station',
  });
  assert.match(placed, /https:\/\/agency\.example\/pomoc\?location=bus-station/);
  assert.notEqual(plain.match(/d="M[^"]+"/)[0], placed.match(/d="M[^"]+"/)[0]);
});

test('a story is printed only when its teller agreed to print', async () => {
  const campaign = example();
  campaign.stories[0].quote = { uk: 'Я попросила договір українською.' };
  const options = { format: 'poster-a4', languages: ['uk'], now: new Date('2026-06-01') };
  assert.doesNotMatch(await renderPrintHtml(campaign, options), /Я попросила договір/);
  campaign.stories[0].consent.print = false;
  assert.doesNotMatch(await renderPrintHtml(campaign, options), /Я попросила договір/);
  campaign.stories[0].consent.print = true;
  assert.match(
    await renderPrintHtml(campaign, options),
    /<blockquote class="story">Я попросила договір українською\.<\/blockquote>/,
  );
  // Consent that ran out is no consent.
  const later = { ...options, now: new Date('2027-02-01') };
  assert.doesNotMatch(await renderPrintHtml(campaign, later), /Я попросила договір/);
});

test('clear errors: no print part, a wrong format, layout or language, three languages', async () => {
  const none = example();
  delete none.print;
  await assert.rejects(renderPrintHtml(none, { format: 'poster-a4' }), (e) => {
    assert.ok(e instanceof PrintError);
    assert.match(e.message, /has no print part: add "print": \{ "url"/);
    return true;
  });
  const http = example();
  http.print.url = 'http://agency.example/';
  await assert.rejects(
    renderPrintHtml(http, { format: 'poster-a4' }),
    /print part cannot be used: print\.url/,
  );
  await assert.rejects(
    renderPrintHtml(example(), { format: 'poster-a2' }),
    /"poster-a2" is not a print format: use poster-a4, poster-a3, flyer-a5, tear-off-a4, pocket-card/,
  );
  await assert.rejects(
    renderPrintHtml(example(), { format: 'poster-a4', layout: 'diagonal' }),
    /is not a layout/,
  );
  await assert.rejects(
    renderPrintHtml(example(), { format: 'poster-a4', languages: ['xx'] }),
    /no texts in "xx"/,
  );
  await assert.rejects(
    renderPrintHtml(example(), { format: 'poster-a4', languages: ['uk', 'pl', 'en'] }),
    /one or two languages, not 3/,
  );
  await assert.rejects(renderPrintHtml('nope', { format: 'poster-a4' }), PrintError);
});
