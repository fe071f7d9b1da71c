import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import {
  countryCode,
  emergencyNumbers,
  findAHelplineUrl,
  placeHelplines,
  type Placement,
  helplines,
  isCountryCode,
  COUNTRY_CODES,
  selectForDisplacement,
  selectHelplines,
  type Helpline,
  type PlacedHelpline,
} from '../src/index.js';

const ids = (records: readonly Helpline[]) => records.map((r) => r.id);
/** A displacement result as lines of text: role, id and each channel (with what it replaces). */
const lines = (placed: readonly PlacedHelpline[]) =>
  placed.map(
    ({ role, record, channels }) =>
      `${role} ${record.id}: ${channels
        .map(({ channel, insteadOf }) =>
          insteadOf ? `${channel.href} (from abroad, instead of ${insteadOf.href})` : channel.href,
        )
        .join(', ')}`,
  );

describe('selectHelplines', () => {
  it("returns a country's lines, in any letter case", () => {
    expect(ids(selectHelplines(helplines, { country: 'UA' }))).to.deep.equal([
      'ua-527',
      'ua-government-1547',
      'ua-la-strada',
    ]);
    expect(ids(selectHelplines(helplines, { country: ' gb ' }))).to.deep.equal([
      'gb-modern-slavery',
    ]);
  });

  it('narrows by topic', () => {
    expect(
      ids(selectHelplines(helplines, { country: 'MD', topic: 'safe-migration' })),
    ).to.deep.equal(['md-la-strada']);
    expect(
      ids(selectHelplines(helplines, { country: 'US', topic: 'safe-migration' })),
    ).to.deep.equal([]);
    expect(
      ids(selectHelplines(helplines, { country: 'GB', topic: 'labour-exploitation' })),
    ).to.deep.equal(['gb-modern-slavery']);
  });

  it('returns nothing for a country without lines or a code that is not one', () => {
    expect(selectHelplines(helplines, { country: 'SD' })).to.deep.equal([]);
    expect(selectHelplines(helplines, { country: '' })).to.deep.equal([]);
    expect(selectHelplines(helplines, { country: 42 as unknown as string })).to.deep.equal([]);
  });

  it('puts confirmed records first and keeps the given order otherwise', () => {
    const line = (id: string, confirmed: boolean): Helpline => ({
      ...helplines[0]!,
      id,
      confirmed,
    });
    const records = [line('a', false), line('b', true), line('c', false), line('d', true)];
    expect(ids(selectHelplines(records, { country: 'US' }))).to.deep.equal(['b', 'd', 'a', 'c']);
    expect(ids(records)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});

describe('selectForDisplacement', () => {
  it('from Ukraine into Poland: the Polish line, then the Ukrainian line reachable from abroad', () => {
    const placed = selectForDisplacement(helplines, { host: 'PL', origin: 'UA' });
    // 1547 is replaced by its from-abroad number; 527 and 116 123 have none and are left out.
    expect(lines(placed)).to.deep.equal([
      'host pl-kcik: tel:+48226289999, tel:+48226280120',
      'origin ua-government-1547: tel:+380442841915 (from abroad, instead of tel:1547)',
    ]);
    const line = placed[1]!;
    expect(line.channels[0]!.channel.display).to.equal('+38 044 284 19 15');
    expect(line.channels[0]!.insteadOf!.display).to.equal('1547');
  });

  it('from Mexico into the United States: US lines first with all channels, then the Mexican ones', () => {
    expect(lines(selectForDisplacement(helplines, { host: 'US', origin: 'MX' }))).to.deep.equal([
      'host us-nhth: tel:+18883737888, sms:233733?body=BEFREE, https://humantraffickinghotline.org/',
      'origin mx-linea-nacional: tel:+528005533000, https://wa.me/528005533000',
    ]);
  });

  it('leaves out in-country-only channels of the origin that have no from-abroad number', () => {
    expect(lines(selectForDisplacement(helplines, { host: 'MX', origin: 'us' }))).to.deep.equal([
      'host mx-linea-nacional: tel:+528005533000, https://wa.me/528005533000',
      'origin us-nhth: tel:+18883737888, https://humantraffickinghotline.org/',
    ]);
    expect(lines(selectForDisplacement(helplines, { host: 'GB', origin: 'PH' }))).to.deep.equal([
      'host gb-modern-slavery: tel:+448000121700, https://www.modernslaveryhelpline.org/',
    ]);
  });

  it('keeps in-country-only channels of the host: the reader is there', () => {
    expect(lines(selectForDisplacement(helplines, { host: 'MD', origin: 'UA' }))).to.deep.equal([
      'host md-la-strada: tel:080077777',
      'origin ua-government-1547: tel:+380442841915 (from abroad, instead of tel:1547)',
    ]);
  });

  it('gives the host lines only once when host and origin are the same', () => {
    expect(lines(selectForDisplacement(helplines, { host: 'UA', origin: 'ua' }))).to.deep.equal([
      'host ua-527: tel:527',
      'host ua-government-1547: tel:1547',
      'host ua-la-strada: tel:116123',
    ]);
  });

  it('narrows both countries by topic', () => {
    expect(
      lines(
        selectForDisplacement(helplines, { host: 'GB', origin: 'MD', topic: 'safe-migration' }),
      ),
    ).to.deep.equal([
      'origin md-la-strada: tel:+37322233309 (from abroad, instead of tel:080077777)',
    ]);
  });

  it('shows one from-abroad number once when two short codes share it', () => {
    const shared = {
      type: 'phone',
      display: '+38 044 284 19 15',
      href: 'tel:+380442841915',
    } as const;
    const line: Helpline = {
      ...helplines.find((r) => r.id === 'ua-government-1547')!,
      channels: [
        { type: 'phone', display: '527', href: 'tel:527', inCountryOnly: true, fromAbroad: shared },
        {
          type: 'phone',
          display: '1547',
          href: 'tel:1547',
          inCountryOnly: true,
          fromAbroad: shared,
        },
      ],
    };
    expect(lines(selectForDisplacement([line], { host: 'PL', origin: 'UA' }))).to.deep.equal([
      'origin ua-government-1547: tel:+380442841915 (from abroad, instead of tel:527)',
    ]);
  });
});

describe('placeHelplines', () => {
  const summary = (placement: Placement) => ({
    ...placement,
    host: lines(placement.host),
    fromOrigin: lines(placement.fromOrigin),
    emergency: placement.emergency?.numbers.map((n) => n.number),
  });

  it('the worked example: a reader from Ukraine now in Poland', () => {
    expect(
      summary(
        placeHelplines(helplines, { emergency: emergencyNumbers, country: 'pl', origin: 'UA' }),
      ),
    ).to.deep.equal({
      country: 'PL',
      origin: 'UA',
      host: ['host pl-kcik: tel:+48226289999, tel:+48226280120'],
      fromOrigin: [
        'origin ua-government-1547: tel:+380442841915 (from abroad, instead of tel:1547)',
      ],
      emergency: ['112'],
    });
  });

  it('where no line is sourced (Sudan): the emergency numbers, the origin’s lines from abroad, Find A Helpline', () => {
    expect(
      summary(
        placeHelplines(helplines, { emergency: emergencyNumbers, country: 'SD', origin: 'UA' }),
      ),
    ).to.deep.equal({
      country: 'SD',
      origin: 'UA',
      host: [],
      fromOrigin: [
        'origin ua-government-1547: tel:+380442841915 (from abroad, instead of tel:1547)',
      ],
      emergency: ['999', '333'],
      findAHelpline: 'https://findahelpline.com/SD',
    });
    expect(
      summary(placeHelplines(helplines, { emergency: emergencyNumbers, country: 'AQ' })),
    ).to.deep.equal({
      country: 'AQ',
      host: [],
      fromOrigin: [],
      emergency: undefined,
      findAHelpline: 'https://findahelpline.com/AQ',
    });
  });

  it('leaves emergency numbers out when not given any', () => {
    expect(placeHelplines(helplines, { country: 'PL' }).emergency).to.equal(undefined);
  });

  it('normalises country codes once, and ignores what is not one', () => {
    expect(
      summary(
        placeHelplines(helplines, { emergency: emergencyNumbers, country: ' gb ', origin: 'gb' }),
      ),
    ).to.deep.equal({
      country: 'GB',
      host: ['host gb-modern-slavery: tel:+448000121700, https://www.modernslaveryhelpline.org/'],
      fromOrigin: [],
      emergency: ['999'],
    });
    for (const country of ['EU', 'Ukraine', 42, undefined, null]) {
      expect(
        summary(placeHelplines(helplines, { emergency: emergencyNumbers, country, origin: 'XX' })),
        String(country),
      ).to.deep.equal({
        host: [],
        fromOrigin: [],
        emergency: undefined,
      });
    }
  });

  it('shows a pinned line alone, whatever the country; an unknown pin is ignored', () => {
    expect(
      summary(
        placeHelplines(helplines, {
          emergency: emergencyNumbers,
          country: 'PL',
          origin: 'UA',
          pinned: 'gb-modern-slavery',
        }),
      ),
    ).to.deep.equal({
      country: 'PL',
      host: ['host gb-modern-slavery: tel:+448000121700, https://www.modernslaveryhelpline.org/'],
      fromOrigin: [],
      emergency: ['112'],
    });
    expect(
      summary(
        placeHelplines(helplines, { emergency: emergencyNumbers, pinned: 'ke-child-helpline-116' }),
      ).emergency,
    ).to.deep.equal(['999']);
    expect(
      summary(
        placeHelplines(helplines, { emergency: emergencyNumbers, country: 'GB', pinned: 'nope' }),
      ).host,
    ).to.deep.equal([
      'host gb-modern-slavery: tel:+448000121700, https://www.modernslaveryhelpline.org/',
    ]);
  });
});

describe('country codes', () => {
  it('knows the 249 ISO 3166-1 alpha-2 codes, in upper case only', () => {
    expect(COUNTRY_CODES.size).to.equal(249);
    expect(['UA', 'PL', 'ZW', 'ua', 'XK', 'UK', 'EU', 42].map(isCountryCode)).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('normalises a code in one function', () => {
    expect([' ua ', 'Pl', 'EU', 'XK', 'Ukraine', 42, undefined].map(countryCode)).to.deep.equal([
      'UA',
      'PL',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('links to Find A Helpline for a country, as a further resource', () => {
    expect(findAHelplineUrl('ua')).to.equal('https://findahelpline.com/UA');
    expect(findAHelplineUrl('XX')).to.equal(undefined);
  });
});
