import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { expectLinearReads } from '../../core/test/support/linear.js';
import { mergeHelplines, validateHelpline, type Helpline } from '../src/index.js';

const valid: Helpline = {
  id: 'xx-fuzz',
  country: 'PL',
  organisation: 'Agency',
  name: 'Line',
  topics: ['trafficking'],
  channels: [{ type: 'phone', display: '+48 22 000 00 00', href: 'tel:+48220000000' }],
  sources: [{ url: 'https://agency.example/', states: 'Our line', accessed: '2026-11-28' }],
  verified: '2026-11-28',
  confirmed: true,
};
const HREFS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.example',
  'https://agency.example/chat',
  'https://wa.me/48220000000',
  'tel:+48220000000',
  'sms:+48220000000?body=HELP',
  'mailto:help@agency.example',
  'mailto:a@b.example?cc=c@d.example',
  '\u202etel:+48220000000',
];
const text = fc.oneof(
  fc.constantFrom(...HREFS, '+48 22 000 00 00', 'HELP', '<b>x</b>', '\u202e', '__proto__'),
  fc.string({ maxLength: 30 }),
);
const channel = fc.record(
  {
    type: fc.constantFrom('phone', 'sms', 'whatsapp', 'chat', 'form', 'email', 'fax'),
    display: text,
    href: fc.oneof(fc.constantFrom(...HREFS), text),
    keyword: text,
    note: text,
  },
  { requiredKeys: ['type', 'href'] },
);
/** The valid record with random channels and random values in random fields. */
const record = fc
  .tuple(
    fc.array(channel, { minLength: 1, maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('name', 'id', 'country', 'hours', 'languages', '__proto__', 'constructor'),
      fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 3 },
    ),
  )
  .map(([channels, changes]) => JSON.parse(JSON.stringify({ ...valid, channels, ...changes })));
const ALLOWED = /^(tel:|sms:|mailto:|https:\/\/)/;

describe('helpline validator under fuzzing (fast-check)', () => {
  it('never throws, and a record it passes links only with tel:, sms:, mailto: or https:', () => {
    fc.assert(
      fc.property(fc.oneof(record, fc.anything()), (input) => {
        const problems = validateHelpline(input);
        for (const p of problems) expect(p.message).to.be.a('string');
        if (problems.length === 0) {
          for (const c of (input as Helpline).channels) expect(c.href).to.match(ALLOWED);
        }
        const { records } = mergeHelplines([], [input]);
        for (const r of records) for (const c of r.channels) expect(c.href).to.match(ALLOWED);
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      }),
      { numRuns: 200 },
    );
  });

  it('reads many channels, languages and records in linear work', () => {
    const shapes: Record<string, (n: number) => unknown> = {
      channels: (n) => ({ ...valid, channels: Array.from({ length: n }, () => valid.channels[0]) }),
      'language codes': (n) => ({ ...valid, languages: { codes: Array(n).fill('uk') } }),
      sources: (n) => ({ ...valid, sources: Array.from({ length: n }, () => valid.sources[0]) }),
      'unknown fields': (n) => ({
        ...valid,
        ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${i}`, i])),
      }),
    };
    for (const [label, make] of Object.entries(shapes)) {
      expectLinearReads(label, make, validateHelpline, 100);
    }
    expectLinearReads(
      'merged records',
      (n) => Array.from({ length: n }, (_, i) => ({ ...valid, id: `r-${i}` })),
      (records) => mergeHelplines([], records),
      100,
    );
  });

  // Time is not measured here (a busy CI machine makes any time ratio flaky): the string checks'
  // regular expressions are kept linear by eslint-plugin-regexp's super-linear rules, and these
  // inputs, 8 times larger than the cases above, must still come back with problems, not throw.
  it('checks huge texts and links without throwing', () => {
    const cases: Record<string, (n: number) => unknown> = {
      'a huge mailto:': (n) => ({
        ...valid,
        channels: [{ type: 'email', display: 'Mail', href: `mailto:${'a@'.repeat(n)}` }],
      }),
      'a huge display': (n) => ({
        ...valid,
        channels: [{ ...valid.channels[0], display: '0 ('.repeat(n) }],
      }),
      'bidi controls in a name': (n) => ({ ...valid, name: '\u202e\u2066a'.repeat(n) }),
      'a huge language code': (n) => ({ ...valid, languages: { codes: ['aa-'.repeat(n)] } }),
    };
    for (const [label, make] of Object.entries(cases)) {
      expect(() => validateHelpline(make(32_000)), label).to.not.throw();
    }
  });
});
