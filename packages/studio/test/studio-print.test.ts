import '../../core/test/support/safety-guard.js';
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { helplines } from '@shieldkit/helplines';
import { PRINT_STRINGS, renderPrintHtml } from '@shieldkit/print';
import type { ShieldStudio } from '../src/index.js';
import type { PrintReport } from '../src/print-view.js';
import { TEMPLATES } from '../src/templates.js';
import { $, BASE, buttonNamed, studio } from './support/studio.js';

// The studio's Print view as a campaign team member uses it, in a real browser: the frame loads
// the built studio's print/ (packages/studio/dist/, `npm run build`). The frame is sandboxed
// without allow-same-origin, so the test reads it, and stubs its print() (a dialog no test can
// close), through the test runner (`shield-frame` in scripts/wtr-commands.mjs).

const FRAME = `${BASE}print/index.html`;

/** Opens the Ukraine–Poland example the way a person does: the template picker. */
async function ukrainePoland(el: ShieldStudio): Promise<void> {
  $<HTMLSelectElement>(el, '#template').value = 'campaign-ukraine-poland';
  const changed = oneEvent(el, 'shield-studio-change');
  // "Use template", in whichever language the studio speaks.
  $<HTMLButtonElement>(el, '#template + button').click();
  await changed;
  await el.updateComplete;
}

/** Resolves with the next page the print frame shows that `wanted` accepts. */
function printShows(el: ShieldStudio, wanted: (r: PrintReport) => boolean): Promise<PrintReport> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const report = (event as CustomEvent<PrintReport>).detail;
      if (!wanted(report)) return;
      el.removeEventListener('shield-studio-print', listener);
      resolve(report);
    };
    el.addEventListener('shield-studio-print', listener);
  });
}

async function choose(el: ShieldStudio, selector: string, value: string): Promise<void> {
  const control = $<HTMLSelectElement | HTMLInputElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const frameDocument = () =>
  executeServerCommand<{ html: string; text: string }, { url: string; action: string }>(
    'shield-frame',
    { url: FRAME, action: 'read' },
  );

/** The document a browser makes of `page` (what a frame holding it serializes to). */
const parsed = (page: string) =>
  new DOMParser().parseFromString(page, 'text/html').documentElement.outerHTML;

/** Opens the view with the keyboard: Tab from the last control before it, then Enter. */
async function openPrintView(el: ShieldStudio): Promise<void> {
  buttonNamed(el, 'Copy embed code').focus();
  await sendKeys({ press: 'Tab' });
  const toggle = $<HTMLButtonElement>(el, '#print-heading button');
  expect(el.shadowRoot!.activeElement === toggle, 'Tab reaches the Print heading').to.equal(true);
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  expect(el.shadowRoot!.activeElement === toggle, 'focus stays on the toggle').to.equal(true);
  // Its controls come with @shieldkit/print, which loads when the view is first opened.
  await until(() => el.shadowRoot!.querySelector('#print-format') !== null);
}

describe('<shield-studio> Print view', () => {
  it('shows the very page renderPrintHtml makes for poster-a4 in uk + pl, with the helplines', async () => {
    const el = await studio();
    await ukrainePoland(el);
    // The campaign's print.languages (uk, pl) are the default.
    const first = printShows(el, () => true);
    await openPrintView(el);
    const frame = $<HTMLIFrameElement>(el, '.print-frame iframe');
    expect(frame.title).to.equal('Print preview');
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-modals');
    expect(frame.src).to.equal(new URL(FRAME, location.href).href);
    const initial = await first;
    expect(initial.format).to.equal('poster-a4');
    expect(initial.languages).to.deep.equal(['uk', 'pl']);

    // Another format and one language, then poster-a4 in uk + pl again, as a person chooses them.
    const flyer = printShows(el, (r) => r.format === 'flyer-a5' && r.languages.join() === 'en');
    await choose(el, '#print-format', 'flyer-a5');
    await choose(el, '#print-language', 'en');
    await choose(el, '#print-second', '');
    await flyer;
    expect((await frameDocument()).text).to.include('You are not alone.');

    const poster = printShows(
      el,
      (r) => r.format === 'poster-a4' && r.languages.join() === 'uk,pl',
    );
    await choose(el, '#print-format', 'poster-a4');
    await choose(el, '#print-language', 'uk');
    await choose(el, '#print-second', 'pl');
    await poster;
    expect($(el, '.print-status').textContent).to.include('Poster, A4');

    const shown = await frameDocument();
    // The same page as the CLI's `print campaign.json --format poster-a4 --lang uk,pl`.
    const expected = await renderPrintHtml(el.campaign, {
      format: 'poster-a4',
      languages: ['uk', 'pl'],
    });
    expect(shown.html === parsed(expected), 'the frame holds renderPrintHtml’s page').to.equal(
      true,
    );
    const kcik = helplines.find((r) => r.id === 'pl-kcik')!;
    for (const channel of kcik.channels.filter((c) => c.type === 'phone'))
      expect(shown.text).to.include(channel.display);
    expect(shown.text).to.include(PRINT_STRINGS['uk']!.notAlone);
    expect(shown.text).to.include(PRINT_STRINGS['pl']!.notAlone);
  });

  it('prints the page it shows: the Print button asks the frame’s print()', async () => {
    const el = await studio();
    await ukrainePoland(el);
    const shown = printShows(el, (r) => r.location === 'bus-station-3');
    await openPrintView(el);
    const location = $<HTMLInputElement>(el, '#print-location');
    location.focus();
    location.value = 'bus-station-3';
    location.dispatchEvent(new Event('change', { bubbles: true }));
    await shown;
    const page = await frameDocument();
    expect(page.text).to.include('https://agency.example/pomoc?location=bus-station-3');

    const stubbed = await executeServerCommand('shield-frame', {
      url: FRAME,
      action: 'stub-print',
    });
    expect(stubbed).to.equal(true);
    const frame = $<HTMLIFrameElement>(el, '.print-frame iframe');
    const printed = new Promise<string>((resolve) => {
      const listener = (event: MessageEvent) => {
        const data = event.data as { type?: string; html?: string } | null;
        if (event.source !== frame.contentWindow || data?.type !== 'shield-test-print') return;
        window.removeEventListener('message', listener);
        resolve(data.html ?? '');
      };
      window.addEventListener('message', listener);
    });
    const button = buttonNamed(el, 'Print or save as PDF');
    expect(button.disabled).to.equal(false);
    button.click();
    const expected = await renderPrintHtml(el.campaign, {
      format: 'poster-a4',
      languages: ['uk', 'pl'],
      location: 'bus-station-3',
    });
    expect((await printed) === parsed(expected), 'print() was asked for that page').to.equal(true);
  });

  it('says in words when the campaign has no print address, and links to the field', async () => {
    const el = await studio();
    const file = structuredClone(
      TEMPLATES.find((t) => t.name === 'campaign-ukraine-poland')!.campaign,
    );
    delete file['print'];
    el.campaign = file;
    await el.updateComplete;
    await openPrintView(el);
    const status = $(el, '.print-status');
    await until(() => status.textContent!.includes('print.url'));
    expect(status.textContent).to.include('cannot be printed yet');
    expect(el.shadowRoot!.querySelector('.print-frame'), 'no page without an address').to.equal(
      null,
    );
    const link = $<HTMLButtonElement>(el, '.print-problems button');
    link.click();
    await until(
      () => el.shadowRoot!.activeElement?.getAttribute('data-path') === '["print","url"]',
    );
    await expect(el).to.be.accessible();
  });

  it('lists the problems of the campaign’s print part, each a link to its field', async () => {
    const el = await studio();
    const file = structuredClone(
      TEMPLATES.find((t) => t.name === 'campaign-ukraine-poland')!.campaign,
    );
    (file['print'] as Record<string, unknown>)['url'] = 'http://agency.example/pomoc';
    el.campaign = file;
    await el.updateComplete;
    await openPrintView(el);
    const status = $(el, '.print-status');
    await until(() => status.textContent!.includes('This page cannot be made'));
    const links = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.print-problems button')];
    const link = links.find((b) => b.textContent!.includes('print.url'));
    expect(
      link !== undefined,
      `a link to print.url among ${links.map((b) => b.textContent).join(' | ')}`,
    ).to.equal(true);
    link!.click();
    await until(
      () => el.shadowRoot!.activeElement?.getAttribute('data-path') === '["print","url"]',
    );
    // Fixed there, the page is made.
    const shown = printShows(el, (r) => r.format === 'poster-a4');
    const input = el.shadowRoot!.activeElement as HTMLInputElement;
    input.value = 'https://agency.example/pomoc';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await shown;
    expect(el.shadowRoot!.querySelector('.print-problems'), 'no problems left').to.equal(null);
  });

  for (const language of ['en', 'ar']) {
    it(`is accessible with its page shown, fitting its column (${language})`, async () => {
      const el = await studio(language);
      await ukrainePoland(el);
      const shown = printShows(el, () => true);
      $<HTMLButtonElement>(el, '#print-heading button').click();
      await shown;
      await el.updateComplete;
      expect($(el, '.studio').dir).to.equal(language === 'ar' ? 'rtl' : 'ltr');
      const frame = $<HTMLIFrameElement>(el, '.print-frame iframe');
      const box = frame.getBoundingClientRect();
      const column = frame.parentElement!.getBoundingClientRect();
      expect(box.width > 0 && box.height > 0, 'the page is shown').to.equal(true);
      expect(
        box.left >= column.left - 1 && box.right <= column.right + 1,
        `the page (${box.left}–${box.right}) is inside its column (${column.left}–${column.right})`,
      ).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});

/** Resolves when `ready()` is true, checked on every animation frame (no clock as proof). */
function until(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (ready() ? resolve() : requestAnimationFrame(check));
    check();
  });
}
