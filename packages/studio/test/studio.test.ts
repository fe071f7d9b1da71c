import '../../core/test/support/safety-guard.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { campaignSchema, embedCode, validateCampaign, type CdnManifest } from '@shieldkit/campaign';
import type { ShieldStudio, StudioChangeDetail } from '../src/index.js';
import { schemaFields } from '../src/model.js';
import { TEMPLATES } from '../src/templates.js';
import {
  $,
  $$,
  BASE,
  buttonNamed,
  choose,
  field,
  nextDownload,
  openFile,
  previewShows,
  studio,
  type,
  ukrainePoland,
  until,
} from './support/studio.js';

// The studio's flows as a campaign team member does them, in a real browser (helpers and the
// preview's needs: ./support/studio.ts).

describe('<shield-studio>', () => {
  describe('Defaults', () => {
    it('says nothing leaves the computer, and has Open, Problems and a sandboxed Preview', async () => {
      const el = await studio();
      expect(el.shadowRoot!.textContent).to.include(
        'Nothing you type leaves this computer unless you download it.',
      );
      expect(buttonNamed(el, 'Open campaign file').textContent!.trim()).to.equal(
        'Open campaign file',
      );
      const problems = $(el, 'section[aria-labelledby="problems-heading"]');
      expect($(el, '#problems-heading').textContent).to.equal('Problems');
      expect(problems.localName).to.equal('section');
      const frame = $<HTMLIFrameElement>(el, 'iframe');
      expect(frame.title).to.equal('Preview');
      expect(frame.getAttribute('sandbox')).to.equal('allow-scripts');
      expect(frame.src).to.equal(new URL(`${BASE}preview/index.html`, location.href).href);
      await expect(el).to.be.accessible();
    });

    it('offers every example campaign as a template', async () => {
      const el = await studio();
      const options = $$<HTMLOptionElement>(el, '#template option').map((o) => o.value);
      expect(options).to.deep.equal(TEMPLATES.map((t) => t.name));
      expect(options).to.include('campaign-ukraine-poland');
    });
  });

  describe('Open', () => {
    it('opens a campaign file chosen through the file input', async () => {
      const el = await studio();
      await openFile(el, 'campaign.json', JSON.stringify(ukrainePoland));
      expect(el.campaign['id']).to.equal('ua-pl-2026');
      expect($(el, '.message').textContent!.trim()).to.equal('Opened campaign.json.');
      expect(field(el, ['id']).value).to.equal('ua-pl-2026');
    });

    it('says where invalid JSON breaks, by line and column, and keeps the campaign', async () => {
      const el = await studio();
      const before = el.campaign;
      await choose(
        $<HTMLInputElement>(el, 'input#file'),
        new File(['{\n  "version": 1,\n  "id": "x",\n}'], 'broken.json'),
      );
      // The file's text is read asynchronously: wait for the message.
      const message = await until(el, () => {
        const m = $(el, '.message');
        return m.textContent!.includes('line') && m;
      });
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent!.trim()).to.equal(
        'broken.json is not valid JSON: a key in "double quotes" should come here at line 4, column 1.',
      );
      expect(el.campaign).to.deep.equal(before);
    });

    it('refuses a 5 MB file with a clear message, without reading it', async () => {
      const el = await studio();
      const big = new File([new Uint8Array(5 * 1024 * 1024).fill(32)], 'huge.json');
      expect(await el.openFile(big)).to.equal(false);
      await el.updateComplete;
      expect($(el, '.message').textContent!.trim()).to.equal(
        'huge.json is over 512 KB, larger than any campaign; it was not opened.',
      );
    });

    it('opens pasted JSON and a template', async () => {
      const el = await studio();
      $<HTMLTextAreaElement>(el, '#paste').value =
        '{"version":1,"id":"pasted","languages":{"default":"en"}}';
      buttonNamed(el, 'Open pasted JSON').click();
      await el.updateComplete;
      expect(el.campaign['id']).to.equal('pasted');
      $<HTMLSelectElement>(el, '#template').value = 'campaign-ukraine-poland';
      el.dirty = false;
      buttonNamed(el, 'Use template').click();
      await el.updateComplete;
      expect(el.campaign['id']).to.equal('ua-pl-2026');
    });
  });

  describe('Edit', () => {
    it('edits a field and reports { valid, problems } with shield-studio-change', async () => {
      const el = await studio();
      const changed = oneEvent(el, 'shield-studio-change');
      await type(el, field(el, ['id']), 'my-campaign');
      const { detail } = (await changed) as CustomEvent<StudioChangeDetail>;
      expect(detail).to.deep.equal({ valid: true, problems: [] });
      expect(el.campaign['id']).to.equal('my-campaign');
      expect(el.dirty).to.equal(true);
    });

    it('has a control for every field the schema knows', async function () {
      // Every list opened and every shape of every choice tried, then axe over all of it: more
      // than the runner's 10 s per test on a busy machine. A bound; nothing waits on a clock.
      this.timeout(60000);
      const el = await studio();
      el.campaign = {
        version: 1,
        id: 'all',
        country: 'PL',
        languages: { default: 'en', offered: ['en', 'ar'] },
      };
      await el.updateComplete;
      // Open one item of every list (and every list inside it) with its own Add button; when
      // nothing is left to add, pick the next shape of every "Kind" choice (a helpline record's
      // hours: always open, or set times), whose fields may have lists of their own.
      const shown = new Set<string | null>();
      const tried = new Set<string>();
      const clicked = new WeakSet<HTMLButtonElement>();
      for (let round = 0; round < 40; round++) {
        let added = false;
        for (const add of $$<HTMLButtonElement>(el, 'button[data-action="add"]')) {
          if (clicked.has(add)) continue;
          const list = add.closest('[data-schema-path]')!.getAttribute('data-schema-path')!;
          const present = $$(
            el,
            `[data-schema-path="${list}[]"], [data-schema-path="${list}.*"] input`,
          );
          if (present.length === 0) {
            clicked.add(add);
            add.click();
            await el.updateComplete;
            added = true;
          }
        }
        for (const e of $$(el, '[data-schema-path]')) shown.add(e.getAttribute('data-schema-path'));
        if (added) continue;
        let picked = false;
        for (const kind of $$<HTMLSelectElement>(el, 'select[data-action="kind"]')) {
          const next = [...kind.options].find(
            (o) => o.value !== '' && !tried.has(`${kind.id}/${o.value}`),
          );
          if (!next) continue;
          tried.add(`${kind.id}/${next.value}`);
          kind.value = next.value;
          kind.dispatchEvent(new Event('change'));
          await el.updateComplete;
          picked = true;
        }
        if (!picked) break;
      }
      expect(tried.size).to.be.greaterThan(0, 'no choice of shape was tried');
      const missing = schemaFields(campaignSchema)
        .map((f) => f.path)
        .filter((path) => !shown.has(path));
      expect(missing).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('finds a country by its name', async () => {
      const el = await studio();
      const input = field(el, ['country']);
      await type(el, input, 'Poland');
      expect(el.campaign['country']).to.equal('PL');
      await type(el, input, 'Atlantis');
      expect(el.campaign['country']).to.equal('PL');
      expect(input.validationMessage).to.equal('No country is called "Atlantis".');
    });

    it('shows the contrast of each colour pair live and flags a pair below AA', async () => {
      const el = await studio();
      const pair = () => $(el, '[data-pair="text/background"]');
      expect(pair().textContent).to.include('meets AA');
      await type(el, field(el, ['theme', 'text']), '#777777');
      expect(pair().className).to.equal('fail');
      expect(pair().textContent!.replace(/\s+/g, ' ')).to.include(
        'Contrast of Text / Background: 4.47 to 1 — below AA (needs 4.5 to 1)',
      );
    });

    it('picks helplines of the campaign’s country, showing each one’s source and date', async () => {
      const el = await studio();
      el.campaign = { version: 1, id: 'x', languages: { default: 'en' }, country: 'PL' };
      await el.updateComplete;
      const boxes = $$<HTMLInputElement>(el, '.helplines input[type="checkbox"]');
      expect(boxes.length).to.be.greaterThan(0);
      const source = $(el, `#${boxes[0]!.getAttribute('aria-describedby')}`);
      expect(source.textContent).to.match(/^\s*Source: \S+, verified \d{4}-\d{2}-\d{2}\s*$/);
      boxes[0]!.click();
      await el.updateComplete;
      const include = (el.campaign['helplines'] as { include: string[] }).include;
      expect(include).to.have.length(1);
      expect(validateCampaign(el.campaign)).to.deep.equal([]);
    });

    it('adds, reorders by keyboard and removes stories, keeping focus', async () => {
      const el = await studio();
      buttonNamed(el, 'Add stories').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === field(el, ['stories', 0, 'id'])).to.equal(true);
      await type(el, field(el, ['stories', 0, 'id']), 'first');
      buttonNamed(el, 'Add stories').click();
      await el.updateComplete;
      await type(el, field(el, ['stories', 1, 'id']), 'second');
      // Move "second" up with its button: focus stays on the moved story's button.
      buttonNamed(el, 'Move second up').click();
      await el.updateComplete;
      await el.updateComplete;
      const ids = () => (el.campaign['stories'] as { id: string }[]).map((s) => s.id);
      expect(ids()).to.deep.equal(['second', 'first']);
      const focused = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(focused.getAttribute('aria-label')).to.equal('Move second down');
      expect($(el, '[role="status"][aria-live="polite"]').textContent).to.equal(
        'Moved second to place 1.',
      );
      // Remove it: focus goes to the story now in its place.
      buttonNamed(el, 'Remove second').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(ids()).to.deep.equal(['first']);
      expect((el.shadowRoot!.activeElement as HTMLElement).textContent!.trim()).to.equal('first');
      await expect(el).to.be.accessible();
    });

    it('warns when a story’s consent ends within 30 days, has ended, or is dated after today (the carousel would not show it)', async () => {
      const el = await studio();
      el.today = '2026-12-02';
      el.campaign = {
        ...ukrainePoland,
        stories: [
          {
            id: 'soon',
            heading: 'Soon',
            body: 'B',
            consent: { given: '2026-01-01', expires: '2026-12-12' },
          },
          {
            id: 'gone',
            heading: 'Gone',
            body: 'B',
            consent: { given: '2026-01-01', expires: '2026-11-30' },
          },
          {
            id: 'fine',
            heading: 'Fine',
            body: 'B',
            consent: { given: '2026-01-01', expires: '2027-06-01' },
          },
          {
            id: 'later',
            heading: 'Later',
            body: 'B',
            consent: { given: '2026-12-07', expires: '2027-06-01' },
          },
        ],
      };
      await el.updateComplete;
      const warnings = $$(el, '.list .warning').map((w) => w.textContent!.trim());
      expect(warnings).to.deep.equal([
        'Consent ends in 10 days.',
        'Consent ended 2 days ago: this story is no longer shown.',
        'Consent is dated 5 days from now: the story is not shown before that day.',
      ]);
      const listed = $$(el, '.problems li.warning').map((w) => w.textContent!.trim());
      expect(listed).to.deep.equal([
        'Warning: stories[0].consent.expires: Consent ends in 10 days.',
        'Warning: stories[1].consent.expires: Consent ended 2 days ago: this story is no longer shown.',
        'Warning: stories[3].consent.given: Consent is dated 5 days from now: the story is not shown before that day.',
      ]);
    });
  });

  describe('Problems', () => {
    it('lists every problem; activating one focuses its field; fixing it empties the list', async () => {
      const el = await fixture<ShieldStudio>(
        html`<shield-studio base=${BASE} ui-language="en" sets-title></shield-studio>`,
      );
      el.campaign = {
        ...ukrainePoland,
        id: 'Not An Id',
        stories: [{ id: 'a', heading: 'A', body: 'B' }],
      };
      await el.updateComplete;
      const items = $$(el, '.problems li button').map((b) => b.textContent!.trim());
      expect(items).to.deep.equal(validateCampaign(el.campaign).map((p) => p.message));
      expect(items.length).to.equal(2);
      expect(document.title).to.equal('(2 problems) Shieldkit studio');
      // The story's problem: its item opens and its field takes focus.
      buttonNamed(el, /^stories\[0\]/).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(
        el.shadowRoot!.activeElement ===
          field(el, ['stories', 0, 'consent']).querySelector('input'),
      ).to.equal(true);
      buttonNamed(el, /^id /).click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === field(el, ['id'])).to.equal(true);
      await type(el, field(el, ['id']), 'fixed-id');
      expect($$(el, '.problems li').length).to.equal(1);
      expect(document.title).to.equal('(1 problem) Shieldkit studio');
      await expect(el).to.be.accessible();
    });
  });

  describe('Preview', () => {
    it('shows the campaign in the real widgets and follows edits and the language picked', async () => {
      const el = await studio();
      el.campaign = ukrainePoland;
      await el.updateComplete;
      await previewShows(el, (r) => r.lang === 'uk' && r.text.includes('Пропозиція роботи'));
      // An edit of a wording override shows in the preview.
      $<HTMLSelectElement>(el, '#preview-language').value = 'en';
      $<HTMLSelectElement>(el, '#preview-language').dispatchEvent(new Event('change'));
      await el.updateComplete;
      await previewShows(
        el,
        (r) => r.lang === 'en' && r.text.includes('Help in Poland, and from Ukraine'),
      );
      await type(
        el,
        field(el, ['strings', 'en', 'helplineBanner.title']),
        'Help for you in Poland',
      );
      const report = await previewShows(el, (r) => r.text.includes('Help for you in Poland'));
      expect(report.dir).to.equal('ltr');
    });

    it('shows a right-to-left language right to left, at 320 px, with only the widgets chosen', async () => {
      const el = await studio();
      el.campaign = {
        version: 1,
        id: 'rtl',
        languages: { default: 'ar', offered: ['ar'] },
        country: 'LB',
      };
      await el.updateComplete;
      $$<HTMLInputElement>(el, 'input[name="preview-width"]')
        .find((r) => r.value === '320')!
        .click();
      for (const box of $$<HTMLInputElement>(el, '.preview input[type="checkbox"]'))
        if (box.value !== 'quick-exit') box.click();
      await el.updateComplete;
      expect($<HTMLIFrameElement>(el, 'iframe').getBoundingClientRect().width).to.equal(320);
      const report = await previewShows(
        el,
        (r) => r.widgets.join() === 'quick-exit' && r.lang === 'ar',
      );
      expect(report.dir).to.equal('rtl');
    });
  });

  describe('Export', () => {
    it('downloads campaign.json pretty-printed with its keys in schema order', async () => {
      const el = await studio();
      // Keys written out of order, and one the schema does not know (kept, after the known ones).
      el.campaign = {
        zzz: 1,
        languages: { offered: ['en'], default: 'en' },
        id: 'ordered',
        version: 1,
      };
      await el.updateComplete;
      const download = nextDownload(el);
      buttonNamed(el, 'Download campaign.json').click();
      const { name, text } = await download;
      expect(name).to.equal('campaign.json');
      expect(text).to.equal(
        '{\n  "version": 1,\n  "id": "ordered",\n  "languages": {\n    "default": "en",\n    "offered": [\n      "en"\n    ]\n  },\n  "zzz": 1\n}\n',
      );
      expect(el.dirty).to.equal(false);
    });

    it('downloads the Ukraine–Poland template as a file the validator accepts', async () => {
      const el = await studio();
      el.campaign = ukrainePoland;
      await el.updateComplete;
      const download = nextDownload(el);
      buttonNamed(el, 'Download campaign.json').click();
      const { text } = await download;
      expect(JSON.parse(text)).to.deep.equal(ukrainePoland);
      expect(validateCampaign(JSON.parse(text))).to.deep.equal([]);
    });

    it('copies the same embed code as the CLI’s embed command, with the campaign inline', async () => {
      const el = await studio();
      el.campaign = ukrainePoland;
      await el.updateComplete;
      buttonNamed(el, 'Copy embed code').click();
      const area = await until(el, () =>
        el.shadowRoot!.querySelector<HTMLTextAreaElement>('#embed-code'),
      );
      const manifest = (await (await fetch(`${BASE}cdn-manifest.json`)).json()) as CdnManifest;
      const head = await embedCode(manifest, { campaign: ukrainePoland });
      expect(area.value.startsWith(head.html)).to.equal(true);
      expect(area.value).to.include('<shield-campaign>\n  <script type="application/json">');
      expect(area.value).to.include('<shield-story-carousel></shield-story-carousel>');
    });
  });

  describe('Translate', () => {
    it('flags missing texts, filters to them, and edits right-to-left cells right to left', async () => {
      const el = await studio();
      el.campaign = {
        ...ukrainePoland,
        languages: { default: 'uk', offered: ['uk', 'pl', 'en', 'ar'] },
      };
      await el.updateComplete;
      const arCell = $<HTMLTextAreaElement>(
        el,
        'textarea[data-key="stories[example-olena].heading"][data-language="ar"]',
      );
      expect(arCell.dir).to.equal('rtl');
      expect(arCell.getAttribute('aria-invalid')).to.equal('true');
      expect(arCell.closest('td')!.textContent).to.include('missing');
      const rowsBefore = $$(el, '.translate tbody tr').length;
      $<HTMLInputElement>(el, '#missing-only').click();
      await el.updateComplete;
      expect($$(el, '.translate tbody tr').length).to.equal(rowsBefore); // every row lacks Arabic
      await type(el, arCell, 'عرض عمل بدا جيدًا أكثر من اللازم');
      expect(
        (el.campaign['stories'] as { heading: Record<string, string> }[])[0]!.heading['ar'],
      ).to.equal('عرض عمل بدا جيدًا أكثر من اللازم');
      await expect(el).to.be.accessible();
    });

    it('round-trips the texts through CSV, reporting every row it could not place', async () => {
      const el = await studio();
      el.campaign = {
        ...ukrainePoland,
        languages: { default: 'uk', offered: ['uk', 'pl', 'en', 'ar'] },
      };
      await el.updateComplete;
      const download = nextDownload(el);
      buttonNamed(el, 'Download texts as CSV').click();
      const { name, text } = await download;
      expect(name).to.equal('texts.csv');
      const lines = text.replace(/^\uFEFF/, '').split('\n');
      expect(lines[0]).to.equal('key,uk,pl,en,ar');
      expect(lines[1]).to.match(/^stories\[example-olena\]\.heading,/);
      // A translator fills Arabic for the heading, and a row the campaign does not have.
      const filled =
        text.replace(/(stories\[example-olena\]\.heading,[^\n]*,)(\n)/, '$1عرض عمل$2') +
        'stories[nobody].heading,,,,x\n';
      await choose(
        $<HTMLInputElement>(el, 'input#csv'),
        new File([filled], 'texts.csv', { type: 'text/csv' }),
      );
      const report = await until(el, () => {
        const items = $$(el, '.report li').map((li) => li.textContent!.trim());
        return items.length > 0 && items;
      });
      // heading, body and location of the story, the banner title's wording and the pocket card's
      // neutral title (print.neutralTitle, since the example campaign has a print part): 5 rows.
      expect(report).to.deep.equal([
        'Imported 5 rows.',
        'Row 7 could not be placed: no text "stories[nobody].heading" in this campaign.',
      ]);
      const story = (el.campaign['stories'] as Record<string, Record<string, string>>[])[0]!;
      expect(story['heading']!['ar']).to.equal('عرض عمل');
      expect(story['body']!['uk']).to.equal(
        (ukrainePoland['stories'] as Record<string, Record<string, string>>[])[0]!['body']!['uk'],
      );
    });
  });

  describe('i18n/RTL', () => {
    it('shows the studio in Arabic, right to left, and in Ukrainian', async () => {
      const el = await studio();
      el.uiLanguage = 'ar';
      el.campaign = ukrainePoland;
      await el.updateComplete;
      expect($(el, '.studio').getAttribute('dir')).to.equal('rtl');
      expect($(el, '.studio').getAttribute('lang')).to.equal('ar');
      expect(el.shadowRoot!.textContent).to.include(
        'لا يغادر أي شيء تكتبه هذا الحاسوب إلا إذا نزّلته.',
      );
      await expect(el).to.be.accessible();
      el.uiLanguage = 'uk';
      await el.updateComplete;
      expect($(el, '.studio').getAttribute('dir')).to.equal('ltr');
      expect(buttonNamed(el, 'Відкрити файл кампанії').localName).to.equal('button');
    });
  });

  describe('Safety', () => {
    it('keeps hostile text as text and __proto__ as a plain key', async () => {
      const el = await studio();
      const hostile = '<script>window.hacked=1</script>\u202E<img src=x onerror=alert(1)>';
      await openFile(
        el,
        'hostile.json',
        `{"version":1,"id":"x","languages":{"default":"en"},"__proto__":{"polluted":true},"quickExit":{"href":"javascript:alert(1)"},"stories":[{"id":"s","heading":${JSON.stringify(hostile)},"body":"b","consent":{"given":"2026-01-01"}}]}`,
      );
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.keys(el.campaign)).to.include('__proto__');
      expect((window as unknown as Record<string, unknown>)['hacked']).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect($$(el, '.problems li').map((l) => l.textContent)).to.satisfy((l: string[]) =>
        l.some((t) => t.includes('quickExit.href')),
      );
      const download = nextDownload(el);
      buttonNamed(el, 'Download campaign.json').click();
      expect(JSON.parse((await download).text)).to.have.own.property('__proto__');
    });

    it('opens a campaign of 1,000 stories and edits it', async () => {
      const el = await studio();
      const stories = Array.from({ length: 1000 }, (_, i) => ({
        id: `story-${i}`,
        heading: { en: `Story ${i}` },
        body: { en: 'Text.' },
        consent: { given: '2026-01-01' },
      }));
      await openFile(el, 'many.json', JSON.stringify({ ...ukrainePoland, stories }));
      expect((el.campaign['stories'] as unknown[]).length).to.equal(1000);
      await type(el, field(el, ['id']), 'many-stories');
      expect(el.campaign['id']).to.equal('many-stories');
    });

    it('warns before the page closes with changes not downloaded', async () => {
      const el = await studio();
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(false);
      await type(el, field(el, ['id']), 'changed');
      const again = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(again);
      expect(again.defaultPrevented).to.equal(true);
      el.dirty = false;
    });
  });
});
