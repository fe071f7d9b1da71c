import '../../core/test/support/safety-guard.js';
import { expectTokenUse } from '../../core/test/support/tokens.js';
import { itForgets } from '../../core/test/support/forgets.js';
import { styles } from '../src/red-flag-checklist.styles.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { collectShieldErrors, spyConsole } from '../../core/test/support/console-spy.js';
import { helplineNames, provideCampaign } from '../../core/test/support/campaign.js';
import { emulateMediaOrSkip, resetMedia } from '../../core/test/support/media.js';
import { rendered } from '../../core/test/support/rendered.js';
import enChecklist from '../../locales/src/checklists/en.js';
import {
  CHECKLIST_SETS,
  CHECKLIST_RESULT_DELAY,
  CHECKLIST_SOURCES,
  type ChecklistResultDetail,
  type ShieldRedFlagChecklist,
} from '../src/index.js';
import '../src/define.js';

const EN_ITEMS = enChecklist.items as Record<string, string>;
const EN_WHY = enChecklist.why as Record<string, string>;

const $ = (el: ShieldRedFlagChecklist, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ShieldRedFlagChecklist, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const boxes = (el: ShieldRedFlagChecklist) => $$(el, 'input[type=checkbox]') as HTMLInputElement[];
const labels = (el: ShieldRedFlagChecklist) => boxes(el).map((box) => text(box.labels![0]));
const legends = (el: ShieldRedFlagChecklist) => $$(el, 'fieldset > legend').map(text);
const result = (el: ShieldRedFlagChecklist) => text($(el, '[part=result]'));
const level = (el: ShieldRedFlagChecklist) => $(el, '[part=result]')?.dataset.level;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The checklist once its item texts are on screen (they load on demand), and the widgets it
 * renders in its help area (a banner, a quick exit) have rendered too.
 */
async function checklist(template: ReturnType<typeof html>): Promise<ShieldRedFlagChecklist> {
  const host = await fixture(template);
  const el = (
    host.localName === 'shield-red-flag-checklist'
      ? host
      : host.querySelector('shield-red-flag-checklist')
  ) as ShieldRedFlagChecklist;
  await waitUntil(() => $(el, 'fieldset'), 'the checklist never rendered its items');
  return rendered(el);
}

/** Ticks the box of an item by its text, as a click would. */
async function tick(el: ShieldRedFlagChecklist, itemText: string): Promise<void> {
  const box = boxes(el).find((candidate) => text(candidate.labels![0]) === itemText);
  expect(box, itemText).not.to.equal(undefined);
  box!.click();
  await el.updateComplete;
}

function collectResults(): { details: ChecklistResultDetail[]; stop(): void } {
  const details: ChecklistResultDetail[] = [];
  const listener = (event: Event) =>
    void details.push((event as CustomEvent<ChecklistResultDetail>).detail);
  document.addEventListener('shield-checklist-result', listener);
  return { details, stop: () => document.removeEventListener('shield-checklist-result', listener) };
}

const RESULT_EN = {
  none: 'Nothing ticked. Before you accept, ask for a contract you can read, keep your own passport, and never pay to get a job.',
  some: 'Take your time before you say yes. Talk to someone you trust, or call a helpline: they can check the offer with you.',
  urgent:
    'If you are in danger now, call the emergency number. You do not have to go. Then talk to someone you trust or call a helpline.',
};

describe('<shield-red-flag-checklist>', () => {
  describe('Defaults', () => {
    // First on purpose: neither the English items nor Arabic are loaded yet on this page.
    it('shows its fallback, then a polite "Loading…", until the texts of the page’s language arrive: no English item flashes on an Arabic page', async () => {
      const seen: string[] = [];
      const page = await fixture(html`<div lang="ar"></div>`);
      const el = document.createElement('shield-red-flag-checklist');
      page.append(el);
      // Watch from before the first render: every state the reader could see is recorded.
      const loadingRoles = new Set<string | null>();
      const observer = new MutationObserver(() => {
        const loading = el.shadowRoot!.querySelector('[part=loading]');
        seen.push(el.shadowRoot!.textContent!);
        if (loading) loadingRoles.add(loading.getAttribute('role'));
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await waitUntil(() => $(el, 'fieldset'));
      observer.disconnect();
      expect(seen.length).to.be.greaterThan(0);
      expect([...loadingRoles].every((role) => role === 'status')).to.equal(true);
      const english = Object.values(EN_ITEMS);
      for (const snapshot of seen) {
        for (const item of english) expect(snapshot).not.to.contain(item);
      }
      expect(labels(el)[0]).to.equal('الأجر أعلى بكثير من أجر العمل نفسه في أي مكان آخر.');
    });

    it('renders the job-offer set: a heading, categories as fieldsets, native checkboxes with labels', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      expect(el.set).to.equal('job-offer');
      const title = $(el, '[part=title]')!;
      expect([title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal([
        'heading',
        '2',
      ]);
      expect(text(title)).to.equal('Check an offer of work or travel');
      expect(text($(el, '[part=intro]'))).to.equal(
        'Before you say yes, tick each sentence that is true about the offer.',
      );
      expect(legends(el)).to.deep.equal(['The job', 'Money', 'Papers and contract', 'Pressure']);
      expect(labels(el)).to.deep.equal(
        CHECKLIST_SETS['job-offer'].map((item) => EN_ITEMS[item.id]),
      );
      expect(boxes(el).every((box) => !box.checked && box.closest('fieldset'))).to.equal(true);
      expect(result(el)).to.equal(RESULT_EN.none);
      expect(level(el)).to.equal('none');
    });

    it('has a native "Clear answers" button, the privacy note and a "Sources" disclosure crediting the frameworks', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      const clear = $(el, '[part=clear-button]') as HTMLButtonElement;
      expect([clear.localName, clear.type, text(clear)]).to.deep.equal([
        'button',
        'button',
        'Clear answers',
      ]);
      expect(text($(el, '[part=note]'))).to.equal(
        'Your answers are not saved or sent. These signs are prompts to get advice. No single sign proves anything.',
      );
      const sources = $(el, '[part=sources]') as HTMLDetailsElement;
      expect(sources.localName).to.equal('details');
      expect(sources.open).to.equal(false);
      expect(text($(el, '[part=sources-summary]'))).to.equal('Sources');
      expect([...sources.querySelectorAll('li')].map(text)).to.deep.equal([...CHECKLIST_SOURCES]);
      expect(CHECKLIST_SOURCES.join()).to.contain('ILO Indicators of Forced Labour (2012)');
    });

    it('renders no helpline banner and no quick exit by default', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      expect($(el, 'shield-helpline-banner')).to.equal(null);
      expect($(el, 'shield-quick-exit')).to.equal(null);
    });

    it('is hidden when printed, unless the agency sets printable', async function () {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      try {
        // Firefox: WebDriver BiDi cannot emulate print media, so this runs in Chromium only.
        await emulateMediaOrSkip(this, { media: 'print' });
        expect(getComputedStyle(el).display).to.equal('none');
        el.printable = true;
        await el.updateComplete;
        expect(el.hasAttribute('printable')).to.equal(true);
        expect(getComputedStyle(el).display).to.equal('block');
      } finally {
        await resetMedia();
      }
      el.printable = false;
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('block');
    });
  });

  describe('Properties', () => {
    for (const [name, set] of Object.entries(CHECKLIST_SETS)) {
      it(`set="${name}" shows its items, in its categories`, async () => {
        const el = await checklist(
          html`<shield-red-flag-checklist set=${name}></shield-red-flag-checklist>`,
        );
        expect(labels(el)).to.deep.equal(set.map((item) => EN_ITEMS[item.id]));
        expect($$(el, 'fieldset')).to.have.length(new Set(set.map((item) => item.category)).size);
        for (const fieldset of $$(el, 'fieldset')) {
          expect(fieldset.querySelectorAll('input[type=checkbox]').length).to.be.greaterThan(0);
        }
      });
    }

    it('responder items carry "why it matters" as their description', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist set="responder"></shield-red-flag-checklist>`,
      );
      expect($(el, '[part=title]')!.textContent).to.contain(
        'Screening aid for staff and volunteers',
      );
      const described = boxes(el).map((box) => {
        const description = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!);
        return text(description);
      });
      expect(described).to.deep.equal(
        CHECKLIST_SETS.responder.map((item) => `Why it matters: ${EN_WHY[item.id]}`),
      );
    });

    it('other sets have no item descriptions', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist set="my-situation"></shield-red-flag-checklist>`,
      );
      expect(boxes(el).some((box) => box.hasAttribute('aria-describedby'))).to.equal(false);
      expect($(el, '[part=why]')).to.equal(null);
    });

    it('an unknown set is reported and the job-offer set is shown', async () => {
      const errors = spyConsole('error');
      const events = collectShieldErrors();
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist set="fake-job"></shield-red-flag-checklist>`,
        );
        expect(el.set).to.equal('job-offer');
        expect(labels(el)[0]).to.equal(EN_ITEMS['offer-too-good']);
        expect(events.codes).to.deep.equal(['invalid-set']);
        expect(errors.messages[0]).to.contain('set "fake-job"');
      } finally {
        errors.restore();
        events.stop();
      }
    });

    it('changing the set shows the new items with nothing ticked', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      await tick(el, EN_ITEMS['offer-fee']!);
      expect(level(el)).to.equal('some');
      el.set = 'someone-else';
      await el.updateComplete;
      expect(labels(el)[0]).to.equal(EN_ITEMS['other-speaks-for']);
      expect(boxes(el).filter((box) => box.checked)).to.have.length(0);
      expect(level(el)).to.equal('none');
    });

    it('items rewrite a shipped item and add new ones, shown as plain text', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      el.items = [
        { id: 'offer-fee', text: 'They ask for <b>money</b> <img src=x onerror=alert(1)>' },
        { id: 'visa-promise', text: 'They promise a visa in a few days.' },
        { id: 'room', text: 'The room is shared with many people.', category: 'Housing' },
      ];
      await el.updateComplete;
      expect(labels(el)).to.include('They ask for <b>money</b> <img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(legends(el)).to.deep.equal([
        'The job',
        'Money',
        'Papers and contract',
        'Pressure',
        'Other signs',
        'Housing',
      ]);
      expect(labels(el).slice(-2)).to.deep.equal([
        'They promise a visa in a few days.',
        'The room is shared with many people.',
      ]);
    });

    it('an agency item flagged urgent gives emergency guidance; its own "why" is its description', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      el.items = [
        { id: 'locked', text: 'You were locked in a room.', urgent: true, why: 'Danger now.' },
      ];
      await el.updateComplete;
      const box = boxes(el).at(-1)!;
      expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!))).to.equal(
        'Why it matters: Danger now.',
      );
      await tick(el, 'You were locked in a room.');
      expect(result(el)).to.equal(RESULT_EN.urgent);
    });

    it('invalid items are reported one by one and skipped; the rest is shown', async () => {
      const errors = spyConsole('error');
      const events = collectShieldErrors();
      try {
        const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
        el.items = [
          { id: 'no-text' },
          { text: 'No id' },
          { id: 'bad-urgent', text: 'X', urgent: 'yes' },
          { id: 'fine', text: 'A fine item' },
          { id: 'fine', text: 'A second copy' },
        ] as never;
        await el.updateComplete;
        expect(events.codes).to.deep.equal([
          'invalid-item',
          'invalid-item',
          'invalid-item',
          'duplicate-item',
        ]);
        expect(errors.messages).to.have.length(4);
        expect(errors.messages[0]).to.contain('<shield-red-flag-checklist>').and.contain('item 1');
        expect(labels(el).filter((label) => label!.startsWith('A '))).to.deep.equal([
          'A fine item',
        ]);
        expect(labels(el)).to.have.length(CHECKLIST_SETS['job-offer'].length + 1);
      } finally {
        errors.restore();
        events.stop();
      }
    });

    it('removeItems leaves shipped items out; an unknown id is a warning', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
        el.removeItems = ['offer-fee', 'offer-travel-debt', 'nope'];
        await el.updateComplete;
        expect(legends(el)).to.deep.equal(['The job', 'Papers and contract', 'Pressure']);
        expect(labels(el)).not.to.include(EN_ITEMS['offer-fee']);
        expect(warnings.messages.join()).to.contain('no item "nope"');
      } finally {
        warnings.restore();
      }
    });

    it('some-threshold: guidance changes only from that many ticks', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist some-threshold="2"></shield-red-flag-checklist>`,
      );
      await tick(el, EN_ITEMS['offer-fee']!);
      expect(level(el)).to.equal('none');
      await tick(el, EN_ITEMS['offer-vague']!);
      expect(level(el)).to.equal('some');
      expect(result(el)).to.equal(RESULT_EN.some);
    });

    it('thresholds property, beaten by the attributes; urgent-threshold escalates many ticks', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      el.thresholds = { some: 3, urgent: 4 };
      await el.updateComplete;
      await tick(el, EN_ITEMS['offer-fee']!);
      await tick(el, EN_ITEMS['offer-vague']!);
      expect(level(el)).to.equal('none');
      await tick(el, EN_ITEMS['offer-changes']!);
      expect(level(el)).to.equal('some');
      el.setAttribute('urgent-threshold', '3');
      await el.updateComplete;
      expect(level(el)).to.equal('urgent');
    });

    it('a threshold that is not a whole number from 1 is reported and ignored', async () => {
      const errors = spyConsole('error');
      const events = collectShieldErrors();
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist some-threshold="0"></shield-red-flag-checklist>`,
        );
        el.thresholds = { urgent: 1.5 };
        await el.updateComplete;
        expect(events.codes).to.deep.equal(['invalid-threshold', 'invalid-threshold']);
        await tick(el, EN_ITEMS['offer-fee']!);
        expect(level(el)).to.equal('some');
      } finally {
        errors.restore();
        events.stop();
      }
    });

    it('country renders a helpline banner for that country (and not otherwise)', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist country="UA"></shield-red-flag-checklist>`,
      );
      const banner = $(el, '[part=help] shield-helpline-banner')!;
      expect(banner.getAttribute('country')).to.equal('UA');
      el.country = undefined;
      await el.updateComplete;
      expect($(el, 'shield-helpline-banner')).to.equal(null);
    });

    it('the campaign provides the country (read by the banner itself) and its own item changes', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = provideCampaign(host);
      host.append(document.createElement('shield-red-flag-checklist'));
      const el = await checklist(html`${host}`);
      expect($(el, 'shield-helpline-banner')).to.equal(null);
      provider.setValue({
        country: 'US',
        // The campaign file's format (issue #7): `checklist: { set, add, remove }`.
        checklist: {
          add: [{ id: 'offer-fee', text: { en: 'Campaign wording', uk: 'Формулювання кампанії' } }],
          remove: ['offer-threats'],
        },
      });
      await el.updateComplete;
      const banner = $(el, 'shield-helpline-banner')!;
      expect(banner.hasAttribute('country')).to.equal(false);
      await waitUntil(
        () => helplineNames(banner)[0] === 'National Human Trafficking Hotline',
        'the banner did not show the campaign country’s helpline',
      );
      expect(labels(el)).to.include('Campaign wording');
      expect(labels(el)).not.to.include(EN_ITEMS['offer-threats']);
      el.country = 'DE';
      el.items = [{ id: 'offer-fee', text: 'Embed wording' }];
      await el.updateComplete;
      expect($(el, 'shield-helpline-banner')!.getAttribute('country')).to.equal('DE');
      expect(labels(el)).to.include('Embed wording');
    });

    it('quick-exit renders a <shield-quick-exit> in the help area', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist quick-exit></shield-red-flag-checklist>`,
      );
      expect($(el, '[part=help] > shield-quick-exit')).not.to.equal(null);
    });

    it('heading-level sets the title’s level; a bad one is reported', async () => {
      const errors = spyConsole('error');
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist heading-level="3"></shield-red-flag-checklist>`,
        );
        expect($(el, '[part=title]')!.getAttribute('aria-level')).to.equal('3');
        el.headingLevel = 9;
        await el.updateComplete;
        await el.updateComplete;
        expect($(el, '[part=title]')!.getAttribute('aria-level')).to.equal('2');
        expect(errors.messages[0]).to.contain('heading-level');
      } finally {
        errors.restore();
      }
    });
  });

  describe('Slots', () => {
    it('the help slot shows the agency’s own help content in the help area', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist
          ><p slot="help">Call our office: <a href="tel:+380000000">+380 000 000</a></p>
          <p>Fallback</p></shield-red-flag-checklist
        >`,
      );
      const slot = $(el, '[part=help] slot[name=help]') as HTMLSlotElement;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Call our office: +380 000 000']);
    });

    it('the no-JavaScript fallback is readable before upgrade and hidden after', async () => {
      const page = await fixture(
        html`<div>
          <shield-red-flag-checklist-nojs><p>Call the helpline</p></shield-red-flag-checklist-nojs>
          <shield-red-flag-checklist><p>Call the helpline</p></shield-red-flag-checklist>
        </div>`,
      );
      // "After" is after the first render (until then the page's content stays on screen).
      await page.querySelector('shield-red-flag-checklist')!.updateComplete;
      const [before, after] = [...page.querySelectorAll('p')];
      expect(before!.checkVisibility()).to.equal(true);
      expect(after!.checkVisibility()).to.equal(false);
    });
  });

  describe('Events', () => {
    it('shield-checklist-result carries exactly { set, level }, once the level settles', async () => {
      const results = collectResults();
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist report-results></shield-red-flag-checklist>`,
        );
        await tick(el, EN_ITEMS['offer-fee']!);
        await tick(el, EN_ITEMS['offer-vague']!);
        await tick(el, EN_ITEMS['offer-changes']!);
        expect(results.details).to.deep.equal([]);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        expect(results.details).to.have.length(1);
        expect(Object.keys(results.details[0]!).sort()).to.deep.equal(['level', 'set']);
        expect(results.details[0]).to.deep.equal({ set: 'job-offer', level: 'some' });
      } finally {
        results.stop();
      }
    });

    it('is dispatched on a change of level only, bubbling and composed', async () => {
      const results = collectResults();
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist report-results></shield-red-flag-checklist>`,
        );
        let event: CustomEvent | undefined;
        el.addEventListener('shield-checklist-result', (e) => (event = e as CustomEvent), {
          once: true,
        });
        await tick(el, EN_ITEMS['offer-fee']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        await tick(el, EN_ITEMS['offer-vague']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        await tick(el, EN_ITEMS['offer-threats']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        expect(results.details.map((detail) => detail.level)).to.deep.equal(['some', 'urgent']);
        expect([event!.bubbles, event!.composed]).to.deep.equal([true, true]);
      } finally {
        results.stop();
      }
    });

    it('ticking and unticking within the delay dispatches nothing', async () => {
      const results = collectResults();
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist report-results></shield-red-flag-checklist>`,
        );
        await tick(el, EN_ITEMS['offer-fee']!);
        await tick(el, EN_ITEMS['offer-fee']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        expect(results.details).to.deep.equal([]);
      } finally {
        results.stop();
      }
    });
  });

  describe('Accessibility', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const lang = dir === 'rtl' ? 'ar' : 'en';
      const mounted = async (set = 'job-offer') => {
        const el = await checklist(
          html`<main dir=${dir} lang=${lang}>
            <shield-red-flag-checklist set=${set} country="UA"
              ><p slot="help">Agency help</p></shield-red-flag-checklist
            >
          </main>`,
        );
        if (lang === 'ar')
          await waitUntil(() =>
            $(el, '[part=clear-button]')!.textContent!.includes('مسح الإجابات'),
          );
        return el;
      };
      const page = (el: ShieldRedFlagChecklist) => el.parentElement!;

      for (const set of Object.keys(CHECKLIST_SETS)) {
        it(`is accessible with nothing ticked (${set}, ${dir})`, async () => {
          const el = await mounted(set);
          await expect(page(el)).to.be.accessible();
        });
      }

      it(`is accessible at the "some" and "urgent" levels and with the sources open (${dir})`, async () => {
        const el = await mounted();
        boxes(el)[0]!.click();
        await el.updateComplete;
        expect(level(el)).to.equal('some');
        await expect(page(el)).to.be.accessible();
        boxes(el).at(-1)!.click();
        await el.updateComplete;
        expect(level(el)).to.equal('urgent');
        await expect(page(el)).to.be.accessible();
        ($(el, '[part=sources]') as HTMLDetailsElement).open = true;
        ($(el, '[part=clear-button]') as HTMLButtonElement).click();
        await el.updateComplete;
        expect(level(el)).to.equal('none');
        await expect(page(el)).to.be.accessible();
      });

      it(`fits a 320 px wide column (400 % zoom) without horizontal scrolling (${dir})`, async () => {
        const column = await fixture(
          html`<div style="inline-size: 320px" dir=${dir} lang=${lang}>
            <shield-red-flag-checklist set="responder" country="UA"></shield-red-flag-checklist>
          </div>`,
        );
        const el = column.firstElementChild as ShieldRedFlagChecklist;
        await waitUntil(() => $(el, 'fieldset'));
        if (lang === 'ar')
          await waitUntil(() =>
            $(el, '[part=clear-button]')!.textContent!.includes('مسح الإجابات'),
          );
        ($(el, '[part=sources]') as HTMLDetailsElement).open = true;
        boxes(el).at(-1)!.click();
        await el.updateComplete;
        // The helpline banner in the help area renders after the checklist: measure it too.
        await rendered(el);
        expect(column.scrollWidth).to.be.at.most(column.clientWidth);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        for (const fieldset of $$(el, 'fieldset')) {
          expect(fieldset.scrollWidth).to.be.at.most(fieldset.clientWidth);
        }
      });
    }

    it('the result is a polite live region that changes once per change of level, not on every tick', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      const region = $(el, '[part=result]')!;
      expect(region.getAttribute('role')).to.equal('status');
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(text(region)!));
      observer.observe(region, { subtree: true, childList: true, characterData: true });
      await tick(el, EN_ITEMS['offer-fee']!);
      await tick(el, EN_ITEMS['offer-vague']!);
      await tick(el, EN_ITEMS['offer-changes']!);
      await tick(el, EN_ITEMS['offer-threats']!);
      await tick(el, EN_ITEMS['offer-pressure']!);
      observer.disconnect();
      expect($(el, '[part=result]')).to.equal(region);
      expect(changes).to.deep.equal([RESULT_EN.some, RESULT_EN.urgent]);
    });

    it('keyboard: Tab reaches each checkbox in order, Space ticks, then the clear button', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>before</button
          ><shield-red-flag-checklist set="my-situation"></shield-red-flag-checklist>
        </div>`,
      );
      const el = wrapper.querySelector('shield-red-flag-checklist')!;
      await waitUntil(() => $(el, 'fieldset'));
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
      expect(getComputedStyle(boxes(el)[0]!).outlineStyle).to.equal('solid');
      // The space bar, by the name every driver knows (Firefox's WebDriver BiDi has no "Space").
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(boxes(el)[0]!.checked).to.equal(true);
      expect(level(el)).to.equal('some');
      for (let i = 1; i < boxes(el).length; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el).at(-1));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=clear-button]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(boxes(el)[0]!.checked).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=clear-button]'));
    });

    it('checkboxes and labels are touch targets of at least 44 px high', async () => {
      const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
      for (const box of boxes(el)) {
        expect(box.labels![0]!.getBoundingClientRect().height).to.be.at.least(44);
      }
      expect($(el, '[part=clear-button]')!.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('i18n and RTL', () => {
    it('Arabic: items, categories, guidance and buttons in Arabic, right to left', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist lang="ar" set="my-situation"></shield-red-flag-checklist>`,
      );
      const base = $(el, '[part=base]')!;
      expect([base.lang, base.dir, getComputedStyle(base).direction]).to.deep.equal([
        'ar',
        'rtl',
        'rtl',
      ]);
      expect(text($(el, '[part=title]'))).to.equal('هل يحدث هذا لي؟');
      expect(legends(el)[0]).to.equal('وثائقك ومالك');
      expect(labels(el)[0]).to.equal('شخص آخر يحتفظ بجواز سفرك أو بطاقة هويتك ولا يعيدها إليك.');
      boxes(el)[3]!.click(); // cannot-leave: urgent
      await el.updateComplete;
      expect(result(el)).to.contain('الاتصال برقم الطوارئ');
      expect(text($(el, '[part=clear-button]'))).to.equal('مسح الإجابات');
      expect(text($(el, '[part=note]'))).to.contain('لا تُحفظ إجاباتك ولا تُرسل.');
    });

    it('Ukrainian, and a change of the page language re-renders the items', async () => {
      const page = await fixture(
        html`<div lang="en">
          <shield-red-flag-checklist set="responder"></shield-red-flag-checklist>
        </div>`,
      );
      const el = page.firstElementChild as ShieldRedFlagChecklist;
      await waitUntil(() => $(el, 'fieldset'));
      expect(labels(el)[0]).to.equal(EN_ITEMS['resp-deceived']);
      page.setAttribute('lang', 'uk');
      await waitUntil(() => labels(el)[0] === 'Людині обіцяли іншу роботу, оплату чи місце.');
      expect(text($(el, '[part=why]'))).to.equal(
        'Чому це важливо: Обман під час вербування — ключовий індикатор. Запишіть, що обіцяли і що сталося.',
      );
      expect(text($(el, '[part=sources-summary]'))).to.equal('Джерела');
    });

    it('source framework names stay in English, marked lang="en" inside a translated page', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist lang="ar"></shield-red-flag-checklist>`,
      );
      await waitUntil(() => text($(el, '[part=sources-summary]')) === 'المصادر');
      const names = [...$(el, '[part=sources]')!.querySelectorAll('li')];
      expect(names.map((li) => [li.lang, text(li)])).to.deep.equal(
        CHECKLIST_SOURCES.map((name) => ['en', name]),
      );
    });

    it('agency items keep their own text in any language', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist
          lang="uk"
          .items=${[{ id: 'own', text: 'Власний пункт агенції' }]}
        ></shield-red-flag-checklist>`,
      );
      await waitUntil(() => legends(el).includes('Інші ознаки'));
      expect(labels(el).at(-1)).to.equal('Власний пункт агенції');
    });
  });

  describe('Safety', () => {
    it('dispatches no result unless the page opts in with report-results (a level can reveal what was ticked)', async () => {
      const results = collectResults();
      try {
        const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
        await tick(el, EN_ITEMS['offer-threats']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        await tick(el, EN_ITEMS['offer-fee']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        expect(level(el)).to.equal('urgent');
        expect(results.details).to.deep.equal([]);
        // Opting in later reports the next change only.
        el.setAttribute('report-results', '');
        await tick(el, EN_ITEMS['offer-threats']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        expect(results.details).to.deep.equal([{ set: 'job-offer', level: 'some' }]);
      } finally {
        results.stop();
      }
    });

    it('a campaign opts in with checklist.reportResults; without it nothing is dispatched', async () => {
      const results = collectResults();
      try {
        for (const reportResults of [false, true]) {
          const el = await checklist(html`<shield-red-flag-checklist></shield-red-flag-checklist>`);
          el.campaign = { checklist: { reportResults } };
          await el.updateComplete;
          await tick(el, EN_ITEMS['offer-threats']!);
          await sleep(CHECKLIST_RESULT_DELAY + 100);
          expect(results.details, `reportResults: ${reportResults}`).to.deep.equal(
            reportResults ? [{ set: 'job-offer', level: 'urgent' }] : [],
          );
        }
      } finally {
        results.stop();
      }
    });

    it('its stylesheet reads only global tokens, its own hooks (with fallbacks) and private properties', () => {
      expectTokenUse('red-flag-checklist', styles);
    });

    it('ticking leaves no trace: nothing in the URL, storage or cookies; events carry set and level only', async () => {
      const results = collectResults();
      const url = location.href;
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist report-results></shield-red-flag-checklist>`,
        );
        await tick(el, EN_ITEMS['offer-passport-kept']!);
        await tick(el, EN_ITEMS['offer-threats']!);
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        expect(location.href).to.equal(url);
        expect(localStorage.length + sessionStorage.length).to.equal(0);
        expect(document.cookie).to.equal('');
        expect(results.details).to.deep.equal([{ set: 'job-offer', level: 'urgent' }]);
        expect(JSON.stringify(results.details)).not.to.match(/offer-|passport|threat/);
        // The safety guard (imported first) fails this test on any storage write or foreign request.
      } finally {
        results.stop();
      }
    });

    it('checkboxes belong to no form and ask the browser not to restore them', async () => {
      const wrapper = await fixture(
        html`<form><shield-red-flag-checklist></shield-red-flag-checklist></form>`,
      );
      const el = wrapper.querySelector('shield-red-flag-checklist')!;
      await waitUntil(() => $(el, 'fieldset'));
      for (const box of boxes(el)) {
        expect([box.form, box.name, box.getAttribute('autocomplete')]).to.deep.equal([
          null,
          '',
          'off',
        ]);
      }
      boxes(el)[0]!.click();
      expect([...new FormData(wrapper as HTMLFormElement).keys()]).to.deep.equal([]);
    });

    it('"Clear answers" unticks everything, says so, and resets the guidance', async () => {
      const results = collectResults();
      try {
        const el = await checklist(
          html`<shield-red-flag-checklist report-results></shield-red-flag-checklist>`,
        );
        await tick(el, EN_ITEMS['offer-fee']!);
        await tick(el, EN_ITEMS['offer-threats']!);
        ($(el, '[part=clear-button]') as HTMLButtonElement).click();
        await el.updateComplete;
        expect(boxes(el).filter((box) => box.checked)).to.have.length(0);
        expect(result(el)).to.equal(RESULT_EN.none);
        const statuses = $$(el, '[role=status]').map(text);
        expect(statuses).to.include('Your answers were cleared.');
        await sleep(CHECKLIST_RESULT_DELAY + 100);
        expect(results.details).to.deep.equal([]);
        await tick(el, EN_ITEMS['offer-fee']!);
        expect($$(el, '[role=status]').map(text)).not.to.include('Your answers were cleared.');
      } finally {
        results.stop();
      }
    });

    itForgets(
      (on) => `forgets every answer at once on ${on}, and tells nobody`,
      async (leave) => {
        const results = collectResults();
        try {
          const el = await checklist(
            html`<shield-red-flag-checklist report-results></shield-red-flag-checklist>`,
          );
          await tick(el, EN_ITEMS['offer-fee']!);
          await tick(el, EN_ITEMS['offer-threats']!);
          leave();
          // Synchronously, before any rendering: the boxes in the DOM are unticked too.
          expect(boxes(el).filter((box) => box.checked)).to.have.length(0);
          await el.updateComplete;
          expect(level(el)).to.equal('none');
          await sleep(CHECKLIST_RESULT_DELAY + 100);
          expect(results.details).to.deep.equal([]);
        } finally {
          results.stop();
        }
      },
    );

    it('stops listening when removed from the page', async () => {
      const el = await checklist(
        html`<shield-red-flag-checklist report-results></shield-red-flag-checklist>`,
      );
      const heard: Event[] = [];
      el.addEventListener('shield-checklist-result', (event) => heard.push(event));
      await tick(el, EN_ITEMS['offer-fee']!);
      el.remove();
      await sleep(CHECKLIST_RESULT_DELAY + 100);
      expect(heard).to.deep.equal([]);
    });
  });
});
