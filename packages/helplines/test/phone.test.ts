import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import {
  dialHref,
  dialNumber,
  isE164,
  isNationalDigits,
  numberOfHref,
  smsHref,
  whatsappHref,
} from '../src/index.js';

describe('phone formats', () => {
  it('turns a written number into its tel: link', () => {
    expect(dialHref('+1 888 373 7888')).to.equal('tel:+18883737888');
    expect(dialHref('+38 044 284 19 15')).to.equal('tel:+380442841915');
    expect(dialHref('+373 22 23 33 09')).to.equal('tel:+37322233309');
    expect(dialHref('1-888-373-7888')).to.equal('tel:18883737888');
    expect(dialHref('+52\u00a0800\u202f5533\u2011000')).to.equal('tel:+528005533000');
  });

  it('drops the "(0)" written between a country code and a national number', () => {
    expect(dialHref(' +44 (0)8000-121.700 ')).to.equal('tel:+448000121700');
    expect(dialHref('(0)8000 121 700')).to.equal('tel:08000121700');
  });

  it('keeps national digits without a plus (for in-country-only numbers)', () => {
    expect(dialHref('0 800 77777')).to.equal('tel:080077777');
    expect(dialHref('(02) 1343')).to.equal('tel:021343');
    expect(dialNumber('527')).to.equal('527');
  });

  it('refuses what is not a number', () => {
    for (const bad of [
      '',
      'call us',
      '+0 123 456',
      '12',
      '+1234567890123456',
      '1-888-FREEDOM',
      'tel:+1888',
    ]) {
      expect(dialHref(bad), bad).to.equal(undefined);
    }
  });

  it('builds sms: links with the keyword as the body', () => {
    expect(smsHref('233733', 'BEFREE')).to.equal('sms:233733?body=BEFREE');
    expect(smsHref('233 733')).to.equal('sms:233733');
    expect(smsHref('233733', 'HELP ME')).to.equal('sms:233733?body=HELP%20ME');
    expect(smsHref('text us', 'HELP')).to.equal(undefined);
  });

  it('builds WhatsApp links from international numbers only', () => {
    expect(whatsappHref('+52 800 5533 000')).to.equal('https://wa.me/528005533000');
    expect(whatsappHref('800 5533 000')).to.equal(undefined);
  });

  it('reads the number back out of a link', () => {
    expect(numberOfHref('tel:+18883737888')).to.equal('+18883737888');
    expect(numberOfHref('sms:233733?body=BEFREE')).to.equal('233733');
    expect(numberOfHref('https://wa.me/528005533000')).to.equal('+528005533000');
    expect(numberOfHref('https://example.org/528005533000')).to.equal(undefined);
    expect(numberOfHref('javascript:alert(1)')).to.equal(undefined);
  });

  it('tells E.164 from national digits', () => {
    expect([
      isE164('+18883737888'),
      isE164('18883737888'),
      isE164('+0123'),
      isE164(18883737888),
    ]).to.deep.equal([true, false, false, false]);
    expect([
      isNationalDigits('080077777'),
      isNationalDigits('+1343'),
      isNationalDigits('13'),
    ]).to.deep.equal([true, false, false]);
  });
});
