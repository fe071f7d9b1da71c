import '../../core/test/support/safety-guard.js';
import { expect, waitUntil } from '@open-wc/testing';
import { validateCampaign } from '@shieldkit/campaign';
import { validateHelpline } from '@shieldkit/helplines';
import type { ShieldStudio } from '../src/index.js';
import {
  $$,
  buttonNamed,
  downloaded,
  field,
  focused,
  hasFocus,
  studio,
  type,
} from './support/studio.js';

// An agency's own helpline records, edited field by field in the form generated from the record's
// schema, with the record validator's problems next to the fields they are about.

const at = (...rest: (string | number)[]) => ['helplines', 'custom', ...rest];
const record = (el: ShieldStudio, index = 0) =>
  (el.campaign['helplines'] as { custom: Record<string, unknown>[] }).custom[index]!;
/** The problems shown for a field: the list its `aria-describedby` names. */
const problemsOf = (el: ShieldStudio, control: Element): string[] =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id.endsWith('-problems'))
    .flatMap((id) =>
      [...el.shadowRoot!.getElementById(id)!.querySelectorAll('li')].map((li) =>
        li.textContent!.trim(),
      ),
    );

const fine = {
  id: 'pl-agency-line',
  country: 'PL',
  organisation: 'Agency',
  name: 'Agency line',
  topics: ['trafficking'],
  channels: [{ type: 'phone', display: '+48 22 000 00 00', href: 'tel:+48220000000' }],
  sources: [{ url: 'https://agency.example/helplines' }],
  verified: '2026-11-01',
  confirmed: true,
};

async function withRecords(records: unknown[], uiLanguage = 'en'): Promise<ShieldStudio> {
  const el = await studio(uiLanguage);
  el.campaign = {
    version: 1,
    id: 'own-lines',
    languages: { default: 'en' },
    country: 'PL',
    helplines: { custom: records },
  };
  await el.updateComplete;
  return el;
}

async function open(el: ShieldStudio, path: (string | number)[]): Promise<void> {
  const item = field(el, path);
  item.querySelector<HTMLButtonElement>('.item-toggle')!.click();
  await el.updateComplete;
}

describe('<shield-studio> own helpline records', function () {
  // Each test fills a whole studio and runs axe over it, twice in some: on a busy two-core machine
  // that can pass the runner's 10 s per test. A bound, not a measure: nothing waits on a clock.
  this.timeout(30000);

  it('adds a record and fills it field by field, each problem beside its field, until it is valid', async () => {
    const el = await studio();
    el.campaign = { version: 1, id: 'own-lines', languages: { default: 'en' }, country: 'PL' };
    await el.updateComplete;
    buttonNamed(el, 'Add your own helplines').click();
    // Focus goes to the new record's first field.
    await waitUntil(() => hasFocus(el, at(0, 'id')), 'focus is not on the id');
    const id = field(el, at(0, 'id'));
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(problemsOf(el, id)).to.deep.equal([
      'Problem: is missing: a unique identifier such as "us-nhth"',
    ]);
    await type(el, id, 'pl-agency-line');
    expect(id.hasAttribute('aria-invalid')).to.equal(false);
    expect(problemsOf(el, id)).to.deep.equal([]);
    await type(el, field(el, at(0, 'country')), 'Poland');
    await type(el, field(el, at(0, 'organisation')), 'Agency');
    await type(el, field(el, at(0, 'name')), 'Agency line');
    buttonNamed(el, 'Add topics').click();
    await el.updateComplete;
    await type(el, field<HTMLSelectElement>(el, at(0, 'topics', 0)), 'trafficking');
    buttonNamed(el, 'Add channels').click();
    await waitUntil(
      () => hasFocus(el, at(0, 'channels', 0, 'type')),
      'focus is not on the new channel',
    );
    await type(el, field<HTMLSelectElement>(el, at(0, 'channels', 0, 'type')), 'phone');
    await type(el, field(el, at(0, 'channels', 0, 'display')), '+48 22 000 00 00');
    await type(el, field(el, at(0, 'channels', 0, 'href')), 'tel:+48220000000');
    buttonNamed(el, 'Add sources').click();
    await el.updateComplete;
    await type(el, field(el, at(0, 'sources', 0, 'url')), 'https://agency.example/helplines');
    await type(el, field(el, at(0, 'verified')), '2026-11-01');
    field(el, at(0, 'confirmed')).click();
    await el.updateComplete;
    expect(record(el)).to.deep.equal(fine);
    expect(validateHelpline(record(el))).to.deep.equal([]);
    expect(validateCampaign(el.campaign)).to.deep.equal([]);
    expect($$(el, '.record .field-problems')).to.have.length(0);
    expect(((await downloaded(el))['helplines'] as { custom: unknown[] }).custom).to.deep.equal([
      fine,
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows each problem at its field: closed channel, unknown field, upper case; fixing one clears it', async () => {
    const el = await withRecords([
      {
        ...fine,
        country: 'pl',
        channels: [{ type: 'phone', display: '+48 22 000 00 00', href: 'javascript:alert(1)' }],
        foo: 1,
      },
    ]);
    await open(el, at(0));
    expect(problemsOf(el, field(el, at(0, 'country')))).to.deep.equal([
      'Problem: "pl" must be written in upper case: "PL"',
    ]);
    // A field the record's shape does not know: listed at the top of the record, with its path.
    const recordSet = field(el, at(0)).querySelector('fieldset.record')!;
    expect(problemsOf(el, recordSet)).to.deep.equal([
      'Problem: foo: is not a known field here; check the spelling',
    ]);
    // The channel is closed: its problem shows under it, with its place in the channel.
    const channel = field(el, at(0, 'channels', 0));
    expect(channel.querySelector('.field-problems')!.textContent!.trim()).to.equal(
      'Problem: href: "javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)',
    );
    await open(el, at(0, 'channels', 0));
    const href = field(el, at(0, 'channels', 0, 'href'));
    expect(href.getAttribute('aria-invalid')).to.equal('true');
    expect(problemsOf(el, href)).to.deep.equal([
      'Problem: "javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)',
    ]);
    await expect(el).to.be.accessible();
    await type(el, href, 'tel:+48220000000');
    expect(problemsOf(el, field(el, at(0, 'channels', 0, 'href')))).to.deep.equal([]);
    // The same states, right to left in Arabic.
    el.uiLanguage = 'ar';
    await el.updateComplete;
    expect(problemsOf(el, field(el, at(0, 'country')))).to.deep.equal([
      'مشكلة: "pl" must be written in upper case: "PL"',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows a closed record’s problem count, and the panel opens the record at the field', async () => {
    const el = await withRecords([{ ...fine, organisation: undefined, name: '' }]);
    const item = field(el, at(0));
    expect(item.querySelector('.field-problems')!.textContent!.trim()).to.equal('2 problems');
    buttonNamed(el, /^helplines\.custom\[0\]\.organisation/).click();
    await waitUntil(
      () => hasFocus(el, at(0, 'organisation')),
      'the problem did not focus its field',
    );
    expect(problemsOf(el, field(el, at(0, 'organisation')))).to.deep.equal([
      'Problem: is missing: who runs the helpline',
    ]);
  });

  it('removes records without losing focus: to the next record, then to the Add button', async () => {
    const el = await withRecords([
      { ...fine, id: 'one', name: 'Line one' },
      { ...fine, id: 'two', name: 'Line two' },
    ]);
    buttonNamed(el, 'Remove Line one').click();
    await waitUntil(
      () => focused(el)?.classList.contains('item-toggle'),
      'focus is not on the next record',
    );
    expect(focused(el)!.textContent!.trim()).to.equal('Line two');
    buttonNamed(el, 'Remove Line two').click();
    await waitUntil(
      () => focused(el) === buttonNamed(el, 'Add your own helplines'),
      'focus is not on the Add button',
    );
    expect(el.campaign['helplines']).to.deep.equal({});
  });

  it('picks the kind of opening hours, and of interpreters, from the record’s schema', async () => {
    const el = await withRecords([fine]);
    await open(el, at(0));
    const kind = (path: (string | number)[]) =>
      field(el, path).querySelector<HTMLSelectElement>('select[data-action="kind"]')!;
    const options = [...kind(at(0, 'hours')).options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal([
      '(not set)',
      'Open around the clock, every day.',
      'Open at set times each week.',
    ]);
    await type(el, kind(at(0, 'hours')), '1');
    await type(el, field(el, at(0, 'hours', 'timeZone')), 'Europe/Warsaw');
    buttonNamed(el, 'Add mon').click();
    await el.updateComplete;
    buttonNamed(el, 'Add item 1').click();
    await el.updateComplete;
    await type(el, field(el, at(0, 'hours', 'weekly', 'mon', 0, 0)), '09:00');
    buttonNamed(el, 'Add item 1').click();
    await el.updateComplete;
    await type(el, field(el, at(0, 'hours', 'weekly', 'mon', 0, 1)), '17:00');
    expect(record(el)['hours']).to.deep.equal({
      timeZone: 'Europe/Warsaw',
      weekly: { mon: [['09:00', '17:00']] },
    });
    expect(validateHelpline(record(el))).to.deep.equal([]);
    // Always open instead: the schedule goes, a switch comes.
    await type(el, kind(at(0, 'hours')), '0');
    expect(record(el)['hours']).to.equal(undefined);
    field(el, at(0, 'hours', 'alwaysOpen')).click();
    await el.updateComplete;
    expect(record(el)['hours']).to.deep.equal({ alwaysOpen: true });
    expect(kind(at(0, 'hours')).value).to.equal('0');
    // Interpreters: a number of languages, or "true: a number is not known".
    await type(el, kind(at(0, 'languages', 'interpreters')), '1');
    expect(record(el)['languages']).to.deep.equal({ interpreters: true });
    await type(el, kind(at(0, 'hours')), '');
    expect(record(el)['hours']).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
