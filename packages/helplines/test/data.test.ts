import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import {
  DATASET_VERIFIED,
  UNCONFIRMED_PARTS,
  emergencyNumbers,
  formatProblem,
  helplines,
  validateHelpline,
  type Channel,
  type Helpline,
} from '../src/index.js';

/** Every link of a record, from-abroad alternatives included, in order. */
const links = (channels: readonly Channel[]) =>
  channels.flatMap((c) => (c.fromAbroad ? [c.href, c.fromAbroad.href] : [c.href]));
const byId = (id: string) => helplines.find((r) => r.id === id)!;

/** The parts of a record it states (as opposed to leaving out and naming in `unconfirmed`). */
function statedParts(record: Helpline): string[] {
  const stated = ['channels', 'topics'];
  if (record.hours !== undefined) stated.push('hours');
  if (record.languages !== undefined) stated.push('languages');
  if (record.free !== undefined) stated.push('free');
  if (record.audience !== undefined) stated.push('audience');
  return stated;
}

describe('the dataset', () => {
  it('covers at least 25 countries, each with a sourced record', () => {
    const countries = [...new Set(helplines.map((r) => r.country))].sort();
    expect(countries).to.deep.equal(
      [
        ...['BD', 'BR', 'CA', 'CO', 'DE', 'EG', 'ES', 'FR', 'GB', 'IT', 'KE', 'LB', 'MD'],
        ...['MX', 'MY', 'PE', 'PH', 'PL', 'RO', 'TH', 'TR', 'UA', 'UG', 'US', 'ZA'],
      ].sort(),
    );
    expect(countries.length).to.be.at.least(25);
    expect(new Set(helplines.map((r) => r.id)).size, 'ids are unique').to.equal(helplines.length);
  });

  it('passes the validator, every record (display digits match their links, no hidden characters)', () => {
    for (const record of helplines) {
      expect(validateHelpline(record).map(formatProblem), record.id).to.deep.equal([]);
    }
  });

  it('gives every record an https source, what each source states and when it was read, and the date it was checked', () => {
    for (const record of helplines) {
      expect(
        record.sources.some((s) => s.url.startsWith('https://')),
        `${record.id} has an https source`,
      ).to.equal(true);
      for (const source of record.sources) {
        expect(source.states?.trim(), `${record.id} ${source.url} states`).to.not.equal(undefined);
        expect(source.accessed, `${record.id} ${source.url} accessed`).to.match(
          /^\d{4}-\d{2}(-\d{2})?$/,
        );
      }
      expect(record.verified, record.id).to.equal(DATASET_VERIFIED);
      expect(record.confirmed, record.id).to.equal(false);
    }
  });

  it('states no part without a source, and names every part it leaves out', () => {
    for (const record of helplines) {
      const supported = new Set(record.sources.flatMap((s) => s.supports ?? []));
      const stated = statedParts(record);
      for (const part of stated) {
        expect(supported.has(part as never), `${record.id}: ${part} has no source`).to.equal(true);
      }
      const open = record.unconfirmed ?? [];
      for (const part of ['hours', 'languages', 'free', 'audience'] as const) {
        expect(
          stated.includes(part) !== open.includes(part),
          `${record.id}: ${part} is either stated or unconfirmed, not both or neither`,
        ).to.equal(true);
      }
      for (const part of open) expect(UNCONFIRMED_PARTS).to.include(part);
    }
  });

  it('carries the fact check of December 2026', () => {
    // 527 is IOM's short code, not La Strada's; it has no number for callers abroad.
    const ua527 = byId('ua-527');
    expect(ua527.organisation).to.match(/^IOM/);
    expect(ua527.channels.map((c) => c.fromAbroad)).to.deep.equal([undefined]);
    expect(ua527.free).to.equal(true);
    // The number for callers abroad belongs to the government line 1547.
    expect(byId('ua-government-1547').channels[0]!.fromAbroad!.href).to.equal('tel:+380442841915');
    // La Strada-Ukraine's own line is its own record.
    expect(byId('ua-la-strada').organisation).to.equal('La Strada-Ukraine');
    expect(links(byId('ua-la-strada').channels)).to.deep.equal(['tel:116123']);
    // Free where the operators' own pages say so.
    expect(byId('us-nhth').free).to.equal(true);
    expect(byId('gb-modern-slavery').free).to.equal(true);
    // South Africa's line is The A21 Campaign's; Canada's Indigenous-languages note is from 2019.
    expect(byId('za-nhtrl').organisation).to.equal('The A21 Campaign');
    expect(byId('ca-chth').languages!.note).to.equal('Indigenous languages included (2019)');
    expect(helplines.some((r) => r.id === 'ua-la-strada-527')).to.equal(false);
  });

  it('links every number as its source writes it, in E.164 unless in-country only', () => {
    expect(Object.fromEntries(helplines.map((r) => [r.id, links(r.channels)]))).to.deep.equal({
      'us-nhth': [
        'tel:+18883737888',
        'sms:233733?body=BEFREE',
        'https://humantraffickinghotline.org/',
      ],
      'gb-modern-slavery': ['tel:+448000121700', 'https://www.modernslaveryhelpline.org/'],
      'ca-chth': ['tel:+18339001010'],
      'mx-linea-nacional': ['tel:+528005533000', 'https://wa.me/528005533000'],
      'ph-1343-actionline': ['tel:1343', 'tel:021343', 'sms:1343'],
      'za-nhtrl': ['tel:+27800222777', 'https://0800222777.org.za'],
      'ua-527': ['tel:527'],
      'ua-government-1547': ['tel:1547', 'tel:+380442841915'],
      'ua-la-strada': ['tel:116123'],
      'md-la-strada': ['tel:080077777', 'tel:+37322233309'],
      'pl-kcik': ['tel:+48226289999', 'tel:+48226280120'],
      'de-hilfetelefon': ['tel:116016'],
      'ro-anitp': ['tel:+40800800678'],
      'tr-yimer-157': ['tel:157', 'tel:+903121571112'],
      'co-mininterior': ['tel:018000522020'],
      'pe-1818': ['tel:1818'],
      'br-disque-100': ['tel:100', 'https://wa.me/5561996565008'],
      'th-oscc-1300': ['tel:1300', 'tel:+66991301300'],
      'bd-probash-bandhu': ['tel:16135', 'tel:+8809610102030'],
      'my-mapo': ['tel:+60380008000', 'mailto:mapo_tip@moha.gov.my'],
      'ke-child-helpline-116': ['tel:116'],
      'ug-sauti-116': ['tel:116'],
      'eg-child-16000': ['tel:16000'],
      'eg-women-15115': ['tel:15115'],
      'eg-human-rights-15508': ['tel:15508'],
      'lb-labour-1740': ['tel:1740'],
      'it-numero-verde-antitratta': ['tel:+39800290290'],
      'fr-116006': ['tel:116006', 'tel:+33180523376', 'mailto:victimes@116006.fr'],
      'es-policia-trata': ['tel:+34900105090', 'mailto:trata@policia.es'],
      'es-a21': ['tel:+34900759759'],
    });
    // Every tel:/sms: link without "+" is on an in-country-only channel.
    const national = helplines.flatMap((r) =>
      r.channels.filter((c) => c.inCountryOnly !== true && /^(tel|sms):[^+]/.test(c.href)),
    );
    expect(national).to.deep.equal([]);
  });

  it('names who a line is for when it is not for everyone, never presenting it as a general line', () => {
    const forOneGroup = helplines
      .filter((r) => r.audience !== undefined && r.audience !== 'everyone')
      .map((r) => `${r.id}: ${r.audience!}`);
    expect(forOneGroup).to.deep.equal([
      'de-hilfetelefon: women',
      'bd-probash-bandhu: migrant-workers',
      'ke-child-helpline-116: children',
      'eg-child-16000: children',
      'eg-women-15115: women',
      'lb-labour-1740: migrant-workers',
    ]);
  });

  it('has sourced emergency numbers for every country with a line, and for Sudan', () => {
    const countries = new Set(helplines.map((r) => r.country));
    for (const country of [...countries, 'SD']) {
      const entry = emergencyNumbers[country];
      expect(entry, country).to.not.equal(undefined);
      expect(entry!.numbers.length, country).to.be.greaterThan(0);
      expect(
        entry!.sources.every((s) => s.url.startsWith('https://')),
        country,
      ).to.equal(true);
      for (const { number } of entry!.numbers) expect(number, country).to.match(/^\d{3,5}$/);
    }
    expect(emergencyNumbers['PL']!.numbers.map((n) => n.number)).to.deep.equal(['112']);
    expect(
      emergencyNumbers['UA']!.numbers.map((n) => `${n.number} ${n.services.join('+')}`),
    ).to.deep.equal(['102 police', '103 ambulance', '101 fire']);
    expect(emergencyNumbers['GB']!.numbers.map((n) => n.number)).to.deep.equal(['999']);
    expect(emergencyNumbers['US']!.numbers.map((n) => n.number)).to.deep.equal(['911']);
  });

  it('is plain data an agency can copy as JSON', () => {
    expect(JSON.parse(JSON.stringify(helplines))).to.deep.equal(helplines);
  });
});
