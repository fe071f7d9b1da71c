import '../../core/test/support/safety-guard.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Helpline } from '@shieldkit/helplines';
import type { ShieldHelplineBanner } from '../src/index.js';
import '../src/define.js';

// Issue #15: a TTY number, an SMS keyword and a time inside right-to-left text are isolated
// (<bdi> with their own direction), so "0800 123 456" is never shown as "456 123 0800"; and every
// number the banner writes follows Intl.NumberFormat of the reader's locale.

const agencyLine: Helpline = {
  id: 'gb-agency-line',
  country: 'GB',
  organisation: 'Agency',
  name: 'Agency line',
  topics: ['trafficking'],
  channels: [
    { type: 'phone', display: '0800 111 222', href: 'tel:+44800111222', tty: '0800 123 456' },
    {
      type: 'sms',
      display: '80 800',
      href: 'sms:80800?body=HELP%2024',
      keyword: 'HELP 24',
      inCountryOnly: true,
    },
  ],
  hours: { timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] } },
  languages: { codes: ['ar', 'en'], interpreters: 12 },
  sources: [
    { url: 'https://agency.example/helplines', states: 'Our own line', accessed: '2026-11-01' },
  ],
  verified: '2026-11-01',
  confirmed: true,
};
/** Monday 30 November 2026, 10:00 in London: open until 17:00. */
const MONDAY_MORNING = new Date('2026-11-30T10:00:00Z');

async function banner(lang: string): Promise<ShieldHelplineBanner> {
  const el = await fixture<ShieldHelplineBanner>(
    html`<shield-helpline-banner
      lang=${lang}
      country="GB"
      .helplines=${[agencyLine]}
      .now=${MONDAY_MORNING}
    ></shield-helpline-banner>`,
  );
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part=base]')?.getAttribute('lang') === lang && ours(el),
    `the banner never showed the agency line in ${lang}`,
  );
  await el.updateComplete;
  return el;
}

/** The agency line's card (the country's bundled helplines are shown beside it). */
const ours = (el: ShieldHelplineBanner) =>
  el.shadowRoot!.querySelector<HTMLElement>('[aria-labelledby="helpline-gb-agency-line"]');

/** The left edge on screen of the first occurrence of `part` in a text node. */
function leftOf(node: Text, part: string): number {
  const range = document.createRange();
  const start = node.data.indexOf(part);
  range.setStart(node, start);
  range.setEnd(node, start + part.length);
  return range.getBoundingClientRect().left;
}

/** The first non-empty text node directly inside `element` (Lit also leaves comment markers). */
const textIn = (element: Element) =>
  [...element.childNodes].find(
    (node): node is Text => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
  )!;

const hintWith = (el: ShieldHelplineBanner, value: string) =>
  [...(ours(el)?.querySelectorAll<HTMLElement>('.hint') ?? [])].find((hint) =>
    hint.textContent!.includes(value),
  );

describe('<shield-helpline-banner>: numbers and keywords inside right-to-left text', () => {
  for (const lang of ['ar', 'fa', 'ps', 'ur']) {
    it(`${lang}: the TTY number and the SMS keyword are isolated and keep their order on screen`, async () => {
      const el = await banner(lang);
      expect(getComputedStyle(ours(el)!).direction).to.equal('rtl');

      const tty = hintWith(el, '0800 123 456')!;
      expect(tty, 'no TTY hint').to.not.equal(undefined);
      const number = tty.querySelector('bdi')!;
      expect(number.getAttribute('dir')).to.equal('ltr');
      expect(number.textContent).to.equal('0800 123 456');
      // The translated label is outside the isolate, and on its right (it is read first).
      const label = textIn(tty);
      expect(label, 'the label is a text node beside the isolate').to.not.equal(undefined);
      const digits = textIn(number);
      expect(leftOf(digits, '0800')).to.be.lessThan(leftOf(digits, '456'));
      expect(leftOf(label, label.data.trim())).to.be.greaterThan(
        number.getBoundingClientRect().left,
      );

      const sms = hintWith(el, 'HELP 24')!;
      const keyword = sms.querySelector('bdi')!;
      expect(keyword.getAttribute('dir')).to.equal('ltr');
      expect(keyword.textContent).to.equal('HELP 24');
      const word = textIn(keyword);
      expect(leftOf(word, 'HELP')).to.be.lessThan(leftOf(word, '24'));

      // The opening hours' time is isolated too.
      const status = ours(el)!.querySelector('[part=status]')!;
      expect(status.querySelector('bdi'), 'the closing time is isolated').to.not.equal(null);
    });
  }

  it('an RTL keyword keeps its own direction in left-to-right text', async () => {
    const el = await banner('en');
    el.helplines = [
      {
        ...agencyLine,
        channels: [
          {
            type: 'sms',
            display: '80 800',
            href: `sms:80800?body=${encodeURIComponent('مساعدة 1')}`,
            keyword: 'مساعدة 1',
            inCountryOnly: true,
          },
        ],
      },
    ];
    await waitUntil(() => hintWith(el, 'مساعدة'), 'no keyword hint');
    const keyword = hintWith(el, 'مساعدة')!.querySelector('bdi')!;
    expect(keyword.getAttribute('dir')).to.equal('rtl');
    expect(hintWith(el, 'مساعدة')!.textContent!.trim()).to.equal('Message: مساعدة 1');
  });
});

describe('<shield-helpline-banner>: one digit style per locale', () => {
  // Intl decides (Persian digits in fa and ps, Bengali in bn …; Latin in ar and ur on this
  // engine): every number the banner writes into translated text (the interpreters count, the
  // closing time) uses the digits of Intl.NumberFormat for the locale, and no other.
  for (const lang of ['ar', 'fa', 'ps', 'ur', 'bn', 'my', 'ne']) {
    it(`${lang}: numbers follow Intl.NumberFormat('${lang}')`, async () => {
      const el = await banner(lang);
      const own = new Intl.NumberFormat(lang, { useGrouping: false }).format(1234567890);
      const details = ours(el)!.querySelector('.details')!.textContent!;
      expect(details, 'the interpreters count').to.contain(new Intl.NumberFormat(lang).format(12));
      const digits = details.match(/\p{Nd}/gu) ?? [];
      expect(digits.length, 'numbers on screen').to.be.greaterThan(2);
      const foreign = digits.filter((digit) => !own.includes(digit));
      expect(foreign, `${lang}: "${details}" mixes digit styles`).to.deep.equal([]);
    });
  }
});
