import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import type { ShieldStudio } from '../src/index.js';
import {
  $,
  $$,
  buttonNamed,
  field,
  focused,
  previewShows,
  settle,
  studio,
  type,
  ukrainePoland,
  until,
  useTemplate,
} from './support/studio.js';

// axe in every state of the studio, with its English words (left to right) and its Arabic words
// (right to left): new, a template opened, the whole form open, the translation grid filtered to
// missing texts, problems listed, the preview, the export with its embed code, invalid JSON pasted,
// and a story added and removed (where focus goes each time).

/** Opens every closed list item, and adds one item to every empty list, until nothing is closed. */
async function openEverything(el: ShieldStudio): Promise<void> {
  for (let round = 0; round < 5; round++) {
    let clicked = false;
    for (const add of $$<HTMLButtonElement>(el, 'button[data-action="add"]')) {
      const list = add.closest('[data-schema-path]')!.getAttribute('data-schema-path')!;
      const present = $$(el, `[data-schema-path="${list}[]"], [data-schema-path="${list}.*"]`);
      if (present.length > 0) continue;
      add.click();
      clicked = true;
      await el.updateComplete;
    }
    for (const toggle of $$<HTMLButtonElement>(el, '.item-toggle[aria-expanded="false"]')) {
      toggle.click();
      clicked = true;
    }
    await el.updateComplete;
    if (!clicked) return;
  }
}

/** The control at `path`, or null while it is not there. */
const find = (el: ShieldStudio, path: unknown[]) =>
  el.shadowRoot!.querySelector(`[data-path="${CSS.escape(JSON.stringify(path))}"]`);

/** The number `n` as the studio writes it in its language (Arabic may use Arabic-Indic digits). */
const number = (el: ShieldStudio, n: number) => new Intl.NumberFormat(el.language).format(n);

for (const language of ['en', 'ar']) {
  const dir = language === 'ar' ? 'rtl' : 'ltr';

  describe(`<shield-studio> accessibility, ${language} (${dir})`, function () {
    // axe over the whole studio (a few thousand nodes with the form open) on a busy machine.
    this.timeout(60_000);

    async function open(): Promise<ShieldStudio> {
      const el = await studio(language);
      expect($(el, '.studio').getAttribute('dir')).to.equal(dir);
      expect($(el, '.studio').getAttribute('lang')).to.equal(language);
      return el;
    }

    it('is accessible new, and after "New empty campaign"', async () => {
      const el = await open();
      await expect(el).to.be.accessible();
      el.campaign = ukrainePoland;
      el.dirty = false;
      buttonNamed(el, el.t('open.blank')).click();
      await el.updateComplete;
      expect(el.campaign['id']).to.equal('');
      expect(el.shadowRoot!.querySelector('li[data-schema-path="stories[]"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the Ukraine–Poland template opened', async () => {
      const el = await open();
      await useTemplate(el, 'campaign-ukraine-poland');
      expect(el.campaign['id']).to.equal('ua-pl-2026');
      expect($(el, '.message').textContent!.trim()).to.equal(
        el.t('open.opened', { name: 'campaign-ukraine-poland' }),
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with every part of the form open', async () => {
      const el = await open();
      await useTemplate(el, 'campaign-ukraine-poland');
      await openEverything(el);
      expect($$(el, '.item-toggle[aria-expanded="false"]')).to.have.length(0);
      expect($$(el, '.item-toggle[aria-expanded="true"]').length).to.be.greaterThan(1);
      // The open story shows its fields (its heading in each offered language).
      expect(field(el, ['stories', 0, 'heading']).querySelectorAll('textarea')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the translation grid showing only missing texts', async () => {
      const el = await open();
      el.campaign = {
        ...ukrainePoland,
        languages: { default: 'uk', offered: ['uk', 'pl', 'en', 'ar'] },
      };
      await el.updateComplete;
      $<HTMLInputElement>(el, '#missing-only').click();
      await el.updateComplete;
      const rows = $$(el, '.translate tbody tr');
      expect(rows.length).to.be.greaterThan(0);
      expect(rows.every((row) => row.querySelector('td.missing textarea[lang="ar"]'))).to.equal(
        true,
      );
      expect($<HTMLTextAreaElement>(el, '.translate textarea[lang="ar"]').dir).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('is accessible with problems listed in the Problems region', async () => {
      const el = await open();
      el.today = '2027-01-01';
      el.campaign = {
        ...ukrainePoland,
        id: 'Not An Id',
        stories: [...(ukrainePoland['stories'] as object[]), { id: 'new-story' }],
      };
      await el.updateComplete;
      const region = $(el, 'section.problems');
      expect(region.getAttribute('aria-labelledby')).to.equal('problems-heading');
      expect($(el, '#problems-heading').textContent).to.equal(el.t('problems.heading'));
      // The id, the new story's heading, body and consent, and the first story's consent warning.
      expect(region.querySelectorAll('li button')).to.have.length(5);
      expect(region.querySelectorAll('li.warning')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the preview showing the campaign, 320 px wide', async () => {
      const el = await open();
      el.campaign = ukrainePoland;
      await el.updateComplete;
      $$<HTMLInputElement>(el, 'input[name="preview-width"]')
        .find((r) => r.value === '320')!
        .click();
      await el.updateComplete;
      await previewShows(el, (r) => r.lang === 'uk' && r.text.includes('Пропозиція роботи'));
      await el.updateComplete;
      expect($(el, '.preview [role="status"]').textContent!.trim()).to.equal(
        el.t('preview.shown', { language: 'uk' }),
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible in Export with the embed code shown', async () => {
      const el = await open();
      el.campaign = ukrainePoland;
      await el.updateComplete;
      buttonNamed(el, el.t('export.embed')).click();
      const code = await until(el, () => el.shadowRoot!.querySelector('#embed-code'));
      expect(code.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('is accessible with pasted invalid JSON, its line and column said in an alert', async () => {
      const el = await open();
      $<HTMLDetailsElement>(el, '.open details').open = true;
      const area = $<HTMLTextAreaElement>(el, '#paste');
      area.value = '{\n  "version": 1,\n  "id": "x",\n}';
      buttonNamed(el, el.t('open.pasteOpen')).click();
      await el.updateComplete;
      const message = $(el, '.message');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent!.trim()).to.equal(
        el.t('open.notJson', {
          name: el.t('open.pasted'),
          line: 4,
          column: 1,
          reason: el.t('syntax.PropertyNameExpected'),
        }),
      );
      expect(message.textContent).to.include(number(el, 4));
      // The text stays in the box, to be mended.
      expect(area.value).to.include('"id": "x"');
      await expect(el).to.be.accessible();
    });

    it('keeps focus on a field when a story is added and removed, and stays accessible', async () => {
      const el = await open();
      el.campaign = ukrainePoland;
      await el.updateComplete;
      const add = () => field<HTMLButtonElement>(el, ['stories', '+']);
      add().click();
      // Focus goes to the new story's first field: its id.
      await until(el, () => focused(el) === find(el, ['stories', 1, 'id']));
      await type(el, field(el, ['stories', 1, 'id']), 'second-story');
      await expect(el).to.be.accessible();

      // Removing the last story: focus goes to the story before it.
      field(el, ['stories', 1]).querySelector<HTMLButtonElement>('[data-action="remove"]')!.click();
      await settle(el);
      expect((el.campaign['stories'] as unknown[]).length).to.equal(1);
      expect(focused(el) === field(el, ['stories', 0]).querySelector('.item-toggle')).to.equal(
        true,
        'focus is on the remaining story',
      );
      expect($(el, '[role="status"][aria-live="polite"]').textContent).to.equal(
        el.t('form.removed', { what: 'second-story' }),
      );
      await expect(el).to.be.accessible();

      // Removing the only story: focus goes to the list's Add button.
      field(el, ['stories', 0]).querySelector<HTMLButtonElement>('[data-action="remove"]')!.click();
      await settle(el);
      expect(el.campaign['stories']).to.equal(undefined);
      expect(focused(el) === add()).to.equal(true, 'focus is on the Add button');
      expect(document.activeElement === el).to.equal(true, 'focus is in the studio');
      await expect(el).to.be.accessible();
    });
  });
}
