import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { formatProblem, helplines, validateHelpline, type Channel } from '../src/index.js';

/** Every link of a record, from-abroad alternatives included, in order. */
const links = (channels: readonly Channel[]) =>
  channels.flatMap((c) => (c.fromAbroad ? [c.href, c.fromAbroad.href] : [c.href]));

describe('the dataset', () => {
  it('has one record per line of the fact sheet, Ukraine as two (La Strada 527, government 1547)', () => {
    expect(helplines.map((r) => `${r.country} ${r.id}`)).to.deep.equal([
      'US us-nhth',
      'GB gb-modern-slavery',
      'CA ca-chth',
      'MX mx-linea-nacional',
      'PH ph-1343-actionline',
      'ZA za-nhtrl',
      'UA ua-la-strada-527',
      'UA ua-government-1547',
      'MD md-la-strada',
    ]);
  });

  it('passes the validator, every record', () => {
    for (const record of helplines) {
      expect(validateHelpline(record).map(formatProblem), record.id).to.deep.equal([]);
    }
  });

  it('gives every record its source and the date of the fact sheet, and confirms none', () => {
    for (const record of helplines) {
      const sources = typeof record.source === 'string' ? [record.source] : record.source;
      expect(sources.length, record.id).to.be.greaterThan(0);
      expect(record.lastVerified, record.id).to.equal('2026-11-28');
      expect(record.confirmed, record.id).to.equal(false);
    }
    const us = helplines.find((r) => r.id === 'us-nhth')!;
    expect(us.source).to.deep.equal([
      'https://humantraffickinghotline.org/about-us/what-we-do',
      'https://www.acf.hhs.gov/otip/success-story/announcing-24-7-chat-text-national-human-trafficking-hotline',
    ]);
  });

  it('links every number as the fact sheet writes it, in E.164 unless in-country only', () => {
    expect(Object.fromEntries(helplines.map((r) => [r.id, links(r.channels)]))).to.deep.equal({
      'us-nhth': [
        'tel:+18883737888',
        'sms:233733?body=BEFREE',
        'https://humantraffickinghotline.org/',
      ],
      'gb-modern-slavery': ['tel:+448000121700', 'https://www.modernslaveryhelpline.org/'],
      'ca-chth': ['tel:+18339001010'],
      'mx-linea-nacional': ['tel:+528005533000', 'https://wa.me/528005533000'],
      'ph-1343-actionline': ['tel:1343', 'tel:021343'],
      'za-nhtrl': ['tel:+27800222777'],
      'ua-la-strada-527': ['tel:527', 'tel:+380442841915'],
      'ua-government-1547': ['tel:1547'],
      'md-la-strada': ['tel:080077777', 'tel:+37322233309'],
    });
  });

  it('marks the short codes and national numbers in-country only, with the number from abroad where known', () => {
    const inCountry = helplines.flatMap((r) =>
      r.channels
        .filter((c) => c.inCountryOnly === true)
        .map((c) => `${r.id} ${c.display} → ${c.fromAbroad?.display ?? 'none'}`),
    );
    expect(inCountry).to.deep.equal([
      'us-nhth 233733 → none',
      'ph-1343-actionline 1343 → none',
      'ph-1343-actionline 02 1343 → none',
      'ua-la-strada-527 527 → +38 044 284 19 15',
      'ua-government-1547 1547 → none',
      'md-la-strada 0 800 77777 → +373 22 23 33 09',
    ]);
    // Every other tel: link is E.164.
    const national = helplines.flatMap((r) =>
      r.channels.filter((c) => c.inCountryOnly !== true && !/^(tel:\+|https:)/.test(c.href)),
    );
    expect(national).to.deep.equal([]);
  });

  it('leaves out what the sources do not state and says so in unconfirmed', () => {
    expect(Object.fromEntries(helplines.map((r) => [r.id, r.unconfirmed]))).to.deep.equal({
      'us-nhth': ['free'],
      'gb-modern-slavery': ['free'],
      'ca-chth': ['channels', 'free'],
      'mx-linea-nacional': ['hours', 'languages', 'free'],
      'ph-1343-actionline': ['channels', 'languages', 'free'],
      'za-nhtrl': ['channels', 'languages', 'free'],
      'ua-la-strada-527': ['channels', 'languages', 'free'],
      'ua-government-1547': ['channels', 'hours', 'languages', 'free'],
      'md-la-strada': ['channels', 'hours', 'languages'],
    });
    for (const record of helplines) {
      const open = record.unconfirmed ?? [];
      expect(record.hours === undefined, `${record.id} hours`).to.equal(open.includes('hours'));
      expect(record.languages === undefined, `${record.id} languages`).to.equal(
        open.includes('languages'),
      );
      expect(record.free === undefined, `${record.id} free`).to.equal(open.includes('free'));
    }
    // Moldova's number is free inside Moldova; the only 24/7 claim for Mexico is its chat.
    expect(helplines.find((r) => r.id === 'md-la-strada')!.free).to.equal(true);
    const mx = helplines.find((r) => r.id === 'mx-linea-nacional')!;
    expect(mx.channels.map((c) => c.hours)).to.deep.equal([undefined, { alwaysOpen: true }]);
  });

  it('keeps the languages the sources give, interpreters as a lower bound', () => {
    expect(Object.fromEntries(helplines.map((r) => [r.id, r.languages]))).to.deep.equal({
      'us-nhth': { codes: ['en', 'es'], interpreters: 200 },
      'gb-modern-slavery': { codes: [], interpreters: 200 },
      'ca-chth': { codes: [], interpreters: 200, note: 'Indigenous languages included' },
      'mx-linea-nacional': undefined,
      'ph-1343-actionline': undefined,
      'za-nhtrl': undefined,
      'ua-la-strada-527': undefined,
      'ua-government-1547': undefined,
      'md-la-strada': undefined,
    });
  });

  it('is plain data an agency can copy as JSON', () => {
    expect(JSON.parse(JSON.stringify(helplines))).to.deep.equal(helplines);
  });
});
