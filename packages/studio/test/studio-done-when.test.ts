import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { formatPath, runCli, validateCampaign } from '@shieldkit/campaign';
import type { ShieldStudio } from '../src/index.js';
import {
  $,
  $$,
  buttonNamed,
  field,
  focused,
  nextDownload,
  pick,
  previewShows,
  settle,
  studio,
  type,
  ukrainePoland,
  useTemplate,
} from './support/studio.js';

// Issue #18, "Done when", as one flow: a campaign team member makes the Ukraine–Poland campaign
// from its template in three languages, sees it in the preview in each, fixes every problem the
// studio shows from the Problems panel, and downloads a file that the CLI's validator accepts.

const LANGUAGES = ['uk', 'pl', 'en'];
type Texts = Record<string, string>;
const template = (ukrainePoland['stories'] as { heading: Texts }[])[0]!;
/** The team's own story, written in the three languages. */
const ours: Record<'heading' | 'body', Texts> = {
  heading: {
    uk: 'Робота на складі без договору',
    pl: 'Praca w magazynie bez umowy',
    en: 'Warehouse work without a contract',
  },
  body: {
    uk: 'Ця історія вигадана для прикладу.\n\nАндрію обіцяли договір після першого місяця.',
    pl: 'Ta historia jest wymyślona na potrzeby przykładu.\n\nAndrijowi obiecano umowę po miesiącu.',
    en: 'This story is invented for the example.\n\nAndriy was promised a contract after a month.',
  },
};

/** The place a problem's sentence starts with: `stories[1].heading`, `id`. */
const placeOf = (message: string) => message.replace(/^Warning: /, '').split(/[ :]/)[0]!;

/** Writes what the focused field needs, as the campaign team would. */
async function fix(el: ShieldStudio, control: HTMLInputElement | HTMLTextAreaElement) {
  const path = JSON.parse(control.dataset['path']!) as (string | number)[];
  switch (control.dataset['schemaPath']) {
    case 'id':
      return type(el, control, 'ua-pl-our-agency');
    case 'stories[].heading':
    case 'stories[].body': {
      const name = path[2] as 'heading' | 'body';
      for (const language of LANGUAGES) {
        const box = field<HTMLTextAreaElement>(el, [...path.slice(0, 3), language]);
        await type(el, box, ours[name][language]!);
      }
      return;
    }
    case 'stories[].consent.given':
      return type(el, control, '2026-11-20');
    case 'stories[].consent.expires':
      return type(el, control, '2027-12-31');
    default:
      throw new Error(`no fix written for ${control.dataset['schemaPath']}`);
  }
}

describe('<shield-studio>: the campaign team’s whole flow (issue #18, Done when)', function () {
  this.timeout(100_000);

  it('template → three languages → preview in each → every problem fixed → a file the CLI accepts', async () => {
    const el = await studio();
    el.setsTitle = true;
    // A January: the template story's consent (until 2027-01-15) ends within 30 days.
    el.today = '2027-01-01';

    // 1. From the template, offered in Ukrainian, Polish and English.
    await useTemplate(el, 'campaign-ukraine-poland');
    const offered = $$<HTMLInputElement>(el, '[data-schema-path="languages.offered[]"]');
    expect(offered.map((input) => input.value)).to.deep.equal(LANGUAGES);
    const previewLanguages = $$<HTMLOptionElement>(el, '#preview-language option');
    expect(previewLanguages.map((option) => option.value)).to.deep.equal(LANGUAGES);

    // 2. The team makes it theirs: a name of its own, and a story of its own (only its id so far).
    await type(el, field(el, ['id']), 'Our campaign 2027');
    buttonNamed(el, 'Add stories').click();
    await settle(el);
    expect(focused(el) === field(el, ['stories', 1, 'id'])).to.equal(true, 'focus on the new id');
    await type(el, field(el, ['stories', 1, 'id']), 'our-warehouse');

    // 3. Every problem the studio shows, fixed from the Problems panel, each focusing its field.
    const problems = () => $$<HTMLButtonElement>(el, '.problems li button');
    const seen = problems().map((b) => placeOf(b.textContent!.trim()));
    expect(seen).to.deep.equal([
      'id',
      'stories[1].heading',
      'stories[1].body',
      'stories[1].consent',
      'stories[0].consent.expires',
    ]);
    expect(document.title).to.equal('(5 problems) Shieldkit studio');
    for (let round = 0; round < seen.length && problems().length > 0; round++) {
      const problem = problems()[0]!;
      const message = problem.textContent!.trim();
      problem.click();
      await settle(el);
      const control = focused(el) as HTMLInputElement | HTMLTextAreaElement | null;
      expect(control?.matches('input, textarea'), `${message}: a field has focus`).to.equal(true);
      const at = formatPath(JSON.parse(control!.dataset['path']!) as (string | number)[]);
      expect(at.startsWith(placeOf(message)), `${message}: focus on ${at}`).to.equal(true);
      await fix(el, control!);
      const left = problems().map((b) => b.textContent!.trim());
      expect(left, `${message} is fixed`).not.to.include(message);
    }
    expect(problems()).to.have.length(0);
    expect($(el, '.problems p').textContent!.trim()).to.equal(
      'No problems: the campaign is valid.',
    );
    expect(document.title).to.equal('Shieldkit studio');

    // 4. The preview in each language: the stories in that language, and no other.
    for (const language of LANGUAGES) {
      await pick(el, $<HTMLSelectElement>(el, '#preview-language'), language);
      const report = await previewShows(
        el,
        (r) =>
          r.lang === language &&
          r.text.includes(template.heading[language]!) &&
          r.text.includes(ours.heading[language]!),
      );
      expect(report.dir).to.equal('ltr');
      for (const other of LANGUAGES.filter((l) => l !== language)) {
        expect(report.text).not.to.include(template.heading[other]!);
        expect(report.text).not.to.include(ours.heading[other]!);
      }
    }

    // 5. Downloaded, and checked by the CLI's own command (`shieldkit-campaign validate`).
    const download = nextDownload(el);
    buttonNamed(el, 'Download campaign.json').click();
    const { name, text } = await download;
    expect(name).to.equal('campaign.json');
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(['validate', name], {
      readFile: (path) => (path === name ? text : ''),
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    expect({ code, out, err }).to.deep.equal({
      code: 0,
      out: ['✔ campaign.json is a valid Shieldkit campaign (ua-pl-our-agency).'],
      err: [],
    });
    const file = JSON.parse(text) as { stories: Record<string, unknown>[] };
    expect(validateCampaign(file)).to.deep.equal([]);
    expect(file.stories[1]).to.deep.equal({
      id: 'our-warehouse',
      heading: ours.heading,
      body: ours.body,
      consent: { given: '2026-11-20' },
    });
    expect(file.stories[0]!['consent']).to.deep.equal({
      given: '2026-01-15',
      expires: '2027-12-31',
    });
    expect(el.dirty).to.equal(false);
  });
});
