import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { formatProblem, isHelpline, validateHelpline, type Helpline } from '../src/index.js';

/** A small valid record to break one field at a time. */
const valid: Helpline = {
  id: 'xx-test',
  country: 'PL',
  organisation: 'Test organisation',
  name: 'Test line',
  topics: ['trafficking'],
  channels: [{ type: 'phone', display: '+48 22 000 00 00', href: 'tel:+48220000000' }],
  hours: { timeZone: 'Europe/Warsaw', weekly: { mon: [['09:00', '17:00']] } },
  sources: [
    { url: 'https://agency.example/helplines', states: 'Our own line', accessed: '2026-11-28' },
  ],
  verified: '2026-11-28',
  confirmed: true,
};

/** The problems of `valid` with some fields replaced (`undefined` removes a field), as text lines. */
function problemsWith(changes: Record<string, unknown>): string[] {
  const record: Record<string, unknown> = { ...valid, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete record[key];
  return validateHelpline(record).map(formatProblem);
}
/** The problems of `valid` with one channel instead of its own. */
const channelProblems = (channel: Record<string, unknown>) => problemsWith({ channels: [channel] });

describe('validateHelpline', () => {
  it('finds nothing wrong in a valid record', () => {
    expect(validateHelpline(valid)).to.deep.equal([]);
    expect(isHelpline(valid)).to.equal(true);
  });

  describe('links', () => {
    it('refuses javascript:, data: and other schemes, in any case', () => {
      const chat = { type: 'chat', display: 'Chat' };
      expect(channelProblems({ ...chat, href: 'javascript:alert(1)' })).to.deep.equal([
        'channels[0].href: "javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)',
      ]);
      expect(channelProblems({ ...chat, href: 'JavaScript:alert(1)' })).to.deep.equal([
        'channels[0].href: "JavaScript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)',
      ]);
      expect(
        channelProblems({ ...chat, href: 'data:text/html,<script>alert(1)</script>' }),
      ).to.deep.equal([
        'channels[0].href: "data:text/html,<script>alert(1)</script>" is not an allowed link (use tel:, sms:, https: or mailto:)',
      ]);
      expect(channelProblems({ ...chat, href: '//evil.example/chat' })).to.deep.equal([
        'channels[0].href: "//evil.example/chat" is not an allowed link (use tel:, sms:, https: or mailto:)',
      ]);
      expect(channelProblems({ ...chat, href: 'HTTPS://agency.example/chat' })).to.deep.equal([
        'channels[0].href: "HTTPS://agency.example/chat": write the scheme in lower case',
      ]);
    });

    it('refuses links with hidden whitespace or control characters', () => {
      expect(
        channelProblems({ type: 'chat', display: 'Chat', href: '\u0001javascript:alert(1)' }),
      ).to.deep.equal([
        'channels[0].href: "\\u0001javascript:alert(1)" contains spaces or control characters; write links without them',
      ]);
      expect(
        channelProblems({ type: 'chat', display: 'Chat', href: 'https://agency.example/\u0085' }),
      ).to.deep.equal([
        'channels[0].href: "https://agency.example/\u0085" contains spaces or control characters; write links without them',
      ]);
      expect(
        channelProblems({ type: 'chat', display: 'Chat', href: 'java\tscript:alert(1)' }),
      ).to.deep.equal([
        'channels[0].href: "java\\tscript:alert(1)" contains spaces or control characters; write links without them',
      ]);
      expect(
        channelProblems({ type: 'phone', display: '1 888', href: 'tel:+1 888 373 7888' }),
      ).to.deep.equal([
        'channels[0].href: "tel:+1 888 373 7888" contains spaces or control characters; write links without them',
      ]);
    });

    it('requires https for chat and forms', () => {
      expect(
        channelProblems({ type: 'form', display: 'Report', href: 'http://agency.example/report' }),
      ).to.deep.equal([
        'channels[0].href: "http://agency.example/report" is not secure: use https:',
      ]);
    });

    it('requires the scheme that fits the channel type', () => {
      expect(
        channelProblems({ type: 'phone', display: 'Chat', href: 'https://agency.example/chat' }),
      ).to.deep.equal([
        'channels[0].href: a phone channel needs a tel: link; got "https://agency.example/chat"',
      ]);
      expect(
        channelProblems({ type: 'email', display: 'Mail', href: 'mailto:nobody' }),
      ).to.deep.equal([
        'channels[0].href: "mailto:nobody" is not an email link to one address (e.g. "mailto:help@example.org")',
      ]);
      expect(
        channelProblems({ type: 'email', display: 'Mail', href: 'mailto:help@agency.example' }),
      ).to.deep.equal([]);
      expect(
        channelProblems({ type: 'whatsapp', display: 'WA', href: 'https://wa.me/+528005533000' }),
      ).to.deep.equal([
        'channels[0].href: "https://wa.me/+528005533000": a WhatsApp link is https://wa.me/ and the international number in digits (e.g. "https://wa.me/528005533000")',
      ]);
      expect(channelProblems({ type: 'chat', display: 'Chat', href: 'https://' })).to.deep.equal([
        'channels[0].href: "https://" is not a valid web address',
      ]);
    });

    it('requires E.164 numbers, and accepts national digits only on an in-country-only channel', () => {
      const e164 =
        'is not an E.164 number: write the scheme, "+", the country code and the number, digits only (e.g. "tel:+18883737888")';
      expect(
        channelProblems({ type: 'phone', display: '1-888-373-7888', href: 'tel:18883737888' }),
      ).to.deep.equal([
        `channels[0].href: "tel:18883737888" ${e164}; national digits are allowed only on a channel marked inCountryOnly`,
      ]);
      expect(
        channelProblems({ type: 'phone', display: '1343', href: 'tel:1343', inCountryOnly: true }),
      ).to.deep.equal([]);
      expect(
        channelProblems({ type: 'phone', display: '?', href: 'tel:+0123', inCountryOnly: true }),
      ).to.deep.equal([`channels[0].href: "tel:+0123" ${e164}`]);
      expect(
        channelProblems({ type: 'phone', display: '?', href: 'tel:1-888', inCountryOnly: true }),
      ).to.deep.equal([`channels[0].href: "tel:1-888" ${e164}`]);
    });

    it('requires a from-abroad alternative to be E.164 and to stand in for an in-country-only channel', () => {
      const abroad = { type: 'phone', display: '0 22 23 33 09', href: 'tel:022233309' };
      expect(
        channelProblems({
          type: 'phone',
          display: '0 800 77777',
          href: 'tel:080077777',
          inCountryOnly: true,
          fromAbroad: abroad,
        }),
      ).to.deep.equal([
        'channels[0].fromAbroad.href: "tel:022233309" is not an E.164 number: write the scheme, "+", the country code and the number, digits only (e.g. "tel:+18883737888"); national digits are allowed only on a channel marked inCountryOnly',
      ]);
      expect(
        channelProblems({
          type: 'phone',
          display: '+373 22 23 33 09',
          href: 'tel:+37322233309',
          fromAbroad: {
            type: 'phone',
            display: '+373 22 23 33 09',
            href: 'tel:+37322233309',
            inCountryOnly: true,
          },
        }),
      ).to.deep.equal([
        'channels[0].fromAbroad: only a channel marked inCountryOnly: true has a fromAbroad alternative',
        'channels[0].fromAbroad.inCountryOnly: is not a known field here; check the spelling',
      ]);
    });

    it('requires the SMS keyword in the link body', () => {
      const sms = { type: 'sms', display: '233733', inCountryOnly: true };
      expect(
        channelProblems({ ...sms, href: 'sms:233733?body=BEFREE', keyword: 'BEFREE' }),
      ).to.deep.equal([]);
      expect(
        channelProblems({ ...sms, href: 'sms:233733?body=HELP', keyword: 'BEFREE' }),
      ).to.deep.equal([
        'channels[0].href: "sms:233733?body=HELP" must carry the keyword as "?body=BEFREE"',
      ]);
      expect(channelProblems({ ...sms, href: 'sms:233733?body=HELP' })).to.deep.equal([
        'channels[0].keyword: is missing: the link texts "HELP", so say so here too',
      ]);
      expect(
        channelProblems({ ...sms, type: 'phone', href: 'tel:233733', keyword: 'HELP' }),
      ).to.deep.equal(['channels[0].keyword: only an sms channel has a keyword']);
    });
  });

  describe('hours', () => {
    it('refuses a time zone Intl does not know', () => {
      expect(
        problemsWith({
          hours: { timeZone: 'Mars/Olympus', weekly: { mon: [['09:00', '17:00']] } },
        }),
      ).to.deep.equal([
        'hours.timeZone: "Mars/Olympus" is not a time zone this browser knows (use an IANA name such as "Europe/London")',
      ]);
    });

    it('refuses malformed days and ranges, each with its place', () => {
      const weekly = {
        monday: [['09:00', '17:00']],
        tue: [['9:00', '25:00']],
        wed: [['10:00', '10:00']],
        thu: '09:00-17:00',
        fri: [['09:00']],
        sat: [['22:00', '02:00']],
        sun: [['00:00', '24:00']],
      };
      expect(problemsWith({ hours: { timeZone: 'Europe/Warsaw', weekly } })).to.deep.equal([
        'hours.weekly.monday: "monday" is not a day (use sun, mon, tue, wed, thu, fri or sat)',
        'hours.weekly.tue[0][0]: "9:00" is not a time: write HH:MM on the 24-hour clock (e.g. "09:00")',
        'hours.weekly.tue[0][1]: "25:00" is not a time: write HH:MM on the 24-hour clock, up to "24:00"',
        'hours.weekly.wed[0]: opens and closes at the same time (for a whole day write ["00:00", "24:00"])',
        'hours.weekly.thu: must be a list of ["HH:MM", "HH:MM"] ranges; got "09:00-17:00"',
        'hours.weekly.fri[0]: must be a pair ["HH:MM", "HH:MM"] (opens, closes); got a list',
      ]);
    });

    it('refuses hours that say nothing or say two things', () => {
      expect(problemsWith({ hours: { timeZone: 'UTC', weekly: {} } })).to.deep.equal([
        'hours.weekly: has no opening times: leave hours out when they are unknown',
      ]);
      expect(
        problemsWith({ hours: { alwaysOpen: true, timeZone: 'UTC', weekly: {} } }),
      ).to.deep.equal(['hours: has both alwaysOpen and a weekly schedule: keep one']);
      expect(problemsWith({ hours: { alwaysOpen: 'yes' } })).to.deep.equal([
        'hours.alwaysOpen: must be true (or leave it out and give timeZone and weekly); got "yes"',
      ]);
      expect(problemsWith({ hours: { weekly: [] } })).to.deep.equal([
        'hours.timeZone: is missing: the IANA time zone the hours are in (e.g. "Europe/London")',
        'hours.weekly: must be an object of days (mon: [["09:00", "17:00"]], …); got a list',
      ]);
      expect(problemsWith({ hours: '24/7' })).to.deep.equal([
        'hours: must be { alwaysOpen: true } or { timeZone, weekly }; got "24/7"',
      ]);
      expect(channelProblems({ ...valid.channels[0], hours: { alwaysOpen: true } })).to.deep.equal(
        [],
      );
    });
  });

  describe('wrong types, from any JSON', () => {
    it('refuses what is not a record at all', () => {
      for (const value of [null, 'US', 42, [valid], undefined]) {
        expect(
          validateHelpline(value).map((p) => p.path),
          String(value),
        ).to.deep.equal([[]]);
      }
      expect(validateHelpline(null).map(formatProblem)).to.deep.equal([
        '(record): a helpline must be an object { id, country, name, … }; got null',
      ]);
      expect(isHelpline([valid])).to.equal(false);
    });

    it('names each wrong field', () => {
      expect(
        problemsWith({
          id: 42,
          country: 'us',
          topics: 'trafficking',
          free: 'yes',
          confirmed: 'no',
          // The format before sources/verified is still read, and checked.
          verified: undefined,
          sources: undefined,
          lastVerified: '28/11/2026',
          source: ['https://agency.example', 'ftp://agency.example/list'],
        }),
      ).to.deep.equal([
        'id: must be a non-empty text (a unique identifier such as "us-nhth"); got 42',
        'country: "us" must be written in upper case: "US"',
        'topics: must be a list of topics; got "trafficking"',
        'free: must be true or false, or left out; got "yes"',
        'source[1]: "ftp://agency.example/list" is not a web address (http: or https:)',
        'lastVerified: "28/11/2026" is not a date written YYYY-MM-DD (e.g. "2026-11-28")',
        'confirmed: must be true (checked with the operator) or false; got "no"',
      ]);
    });

    it('refuses unknown country codes, dates that do not exist and unknown topics', () => {
      expect(
        problemsWith({
          country: 'XK',
          verified: '2026-02-30',
          topics: ['trafficking', 'drugs', 'trafficking'],
        }),
      ).to.deep.equal([
        'country: "XK" is not an ISO 3166-1 alpha-2 country code (two upper-case letters such as "US")',
        'topics[1]: "drugs" is not one of the topics (use trafficking, labour-exploitation, safe-migration, child-protection, domestic-abuse or violence)',
        'topics[2]: "trafficking" is listed twice',
        'verified: "2026-02-30" is not a date written YYYY-MM-DD (e.g. "2026-11-28")',
      ]);
    });

    it('checks languages', () => {
      expect(
        problemsWith({
          languages: { codes: ['en', 'english', 'e', 7], interpreters: -1, note: 3 },
        }),
      ).to.deep.equal([
        'languages.codes[1]: "english" is not a BCP 47 language code (e.g. "en", "pt-BR")',
        'languages.codes[2]: "e" is not a BCP 47 language code (e.g. "en", "pt-BR")',
        'languages.codes[3]: 7 is not a BCP 47 language code (e.g. "en", "pt-BR")',
        'languages.interpreters: must be a whole number of languages (200 for "200+"), true, or left out; got -1',
        'languages.note: must be text; got 3',
      ]);
      expect(problemsWith({ languages: { codes: [] } })).to.deep.equal([
        'languages: names no language: leave languages out when they are unknown',
      ]);
      expect(problemsWith({ languages: 'en' })).to.deep.equal([
        'languages: must be an object { codes, interpreters?, note? }; got "en"',
      ]);
      expect(problemsWith({ languages: { codes: 'en' } })).to.deep.equal([
        'languages.codes: must be a list of BCP 47 language codes (may be empty); got "en"',
      ]);
      expect(
        problemsWith({ languages: { codes: ['uk', 'pt-BR'], interpreters: true } }),
      ).to.deep.equal([]);
    });

    it('catches misspelt fields instead of ignoring them', () => {
      expect(problemsWith({ verified: undefined, verifeid: '2026-11-28' })).to.deep.equal([
        'verifeid: is not a known field here; check the spelling',
        'verified: is missing: the date the facts were last checked, as YYYY-MM-DD',
      ]);
      expect(channelProblems({ ...valid.channels[0], inCountry: true })).to.deep.equal([
        'channels[0].inCountry: is not a known field here; check the spelling',
      ]);
    });
  });

  it('reports every problem at once, each with its path', () => {
    const hostile = {
      country: 'United States',
      organisation: '',
      topics: [],
      channels: [
        { type: 'phone', display: '1-888-373-7888', href: 'tel:+18883737888' },
        { type: 'chat', display: 'Chat', href: 'javascript:alert(1)' },
        {
          type: 'fax',
          display: 42,
          href: 'tel:555',
          inCountryOnly: 'yes',
          tty: 0,
          confirmed: 'no',
          note: 1,
        },
        'call us',
      ],
      hours: { timeZone: 'Nowhere/Land', weekly: { mon: [['9', '5']] } },
      unconfirmed: ['hours', 'everything'],
    };
    expect(validateHelpline(hostile)).to.deep.equal([
      { path: ['id'], message: 'is missing: a unique identifier such as "us-nhth"' },
      {
        path: ['country'],
        message:
          '"United States" is not an ISO 3166-1 alpha-2 country code (two upper-case letters such as "US")',
      },
      {
        path: ['organisation'],
        message: 'must be a non-empty text (who runs the helpline); got ""',
      },
      { path: ['name'], message: "is missing: the helpline's name" },
      { path: ['topics'], message: 'is empty: name at least one topic' },
      {
        path: ['channels', 1, 'href'],
        message: '"javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)',
      },
      {
        path: ['channels', 2, 'type'],
        message: '"fax" is not a channel type (use phone, sms, whatsapp, chat, form or email)',
      },
      {
        path: ['channels', 2, 'display'],
        message: 'must be a non-empty text (what the reader sees, e.g. "1-888-373-7888"); got 42',
      },
      {
        path: ['channels', 2, 'href'],
        message:
          '"tel:555" is not an E.164 number: write the scheme, "+", the country code and the number, digits only (e.g. "tel:+18883737888"); national digits are allowed only on a channel marked inCountryOnly',
      },
      { path: ['channels', 2, 'inCountryOnly'], message: 'must be true, or left out; got "yes"' },
      {
        path: ['channels', 2, 'tty'],
        message: 'must be true or the TTY number as text (e.g. "711"); got 0',
      },
      {
        path: ['channels', 2, 'confirmed'],
        message: 'must be true or false, or left out; got "no"',
      },
      { path: ['channels', 2, 'note'], message: 'must be text; got 1' },
      {
        path: ['channels', 3],
        message: 'must be an object { type, display, href, … }; got "call us"',
      },
      {
        path: ['hours', 'timeZone'],
        message:
          '"Nowhere/Land" is not a time zone this browser knows (use an IANA name such as "Europe/London")',
      },
      {
        path: ['hours', 'weekly', 'mon', 0, 0],
        message: '"9" is not a time: write HH:MM on the 24-hour clock (e.g. "09:00")',
      },
      {
        path: ['hours', 'weekly', 'mon', 0, 1],
        message: '"5" is not a time: write HH:MM on the 24-hour clock, up to "24:00"',
      },
      {
        path: ['sources'],
        message:
          'is missing: where the facts come from, e.g. [{ "url": "https://…", "states": "…", "accessed": "2026-11-28" }]',
      },
      {
        path: ['verified'],
        message: 'is missing: the date the facts were last checked, as YYYY-MM-DD',
      },
      {
        path: ['confirmed'],
        message: 'must be true (checked with the operator) or false; got nothing',
      },
      {
        path: ['unconfirmed', 1],
        message:
          '"everything" is not one of the record parts (use channels, hours, languages, free, topics or audience)',
      },
    ]);
  });

  it('refuses a record without channels or sources', () => {
    expect(problemsWith({ channels: [], sources: [] })).to.deep.equal([
      'channels: must be a list of at least one way to reach the helpline; got a list',
      'sources: must be a non-empty list of sources; got a list',
    ]);
    expect(problemsWith({ channels: { type: 'phone' } })).to.deep.equal([
      'channels: must be a list of at least one way to reach the helpline; got an object',
    ]);
  });

  it('keeps markup in names as plain data: the name is returned untouched as text', () => {
    const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const record = { ...valid, name };
    expect(validateHelpline(record)).to.deep.equal([]);
    expect(record.name).to.equal(name);
    expect(typeof record.name).to.equal('string');
  });

  it('cuts long values short in messages', () => {
    const long = `javascript:${'a'.repeat(100)}`;
    expect(channelProblems({ type: 'chat', display: 'Chat', href: long })).to.deep.equal([
      `channels[0].href: "javascript:${'a'.repeat(49)}…" is not an allowed link (use tel:, sms:, https: or mailto:)`,
    ]);
  });

  describe('what the reader sees is what the link does', () => {
    it('reports a displayed number that is not the number its link dials', () => {
      expect(
        channelProblems({ type: 'phone', display: '1-888-373-7889', href: 'tel:+18883737888' }),
      ).to.deep.equal([
        'channels[0].display: "1-888-373-7889" is not the number its link dials ("tel:+18883737888"): a reader must see the digits they call',
      ]);
      expect(
        channelProblems({
          type: 'sms',
          display: '233733',
          href: 'sms:233734?body=HELP',
          keyword: 'HELP',
          inCountryOnly: true,
        }),
      ).to.deep.equal([
        'channels[0].display: "233733" is not the number its link dials ("sms:233734?body=HELP"): a reader must see the digits they call',
      ]);
      expect(
        channelProblems({
          type: 'whatsapp',
          display: '+52 800 5533 001',
          href: 'https://wa.me/528005533000',
        }),
      ).to.deep.equal([
        'channels[0].display: "+52 800 5533 001" is not the number its link dials ("https://wa.me/528005533000"): a reader must see the digits they call',
      ]);
      // A from-abroad number too.
      expect(
        channelProblems({
          type: 'phone',
          display: '1547',
          href: 'tel:1547',
          inCountryOnly: true,
          fromAbroad: { type: 'phone', display: '+38 044 284 19 16', href: 'tel:+380442841915' },
        }),
      ).to.deep.equal([
        'channels[0].fromAbroad.display: "+38 044 284 19 16" is not the number its link dials ("tel:+380442841915"): a reader must see the digits they call',
      ]);
    });

    it('accepts spaces, dashes, a trunk 0 and the country code between display and link', () => {
      const phone = (display: string, href: string) =>
        channelProblems({ type: 'phone', display, href });
      expect(phone('08000 121 700', 'tel:+448000121700')).to.deep.equal([]);
      expect(phone('+44 (0)20 7946 0000', 'tel:+442079460000')).to.deep.equal([]);
      expect(phone('1-888-373-7888', 'tel:+18883737888')).to.deep.equal([]);
      expect(phone('03-8000 8000', 'tel:+60380008000')).to.deep.equal([]);
      expect(phone('+38 044 284 19 15', 'tel:+380442841915')).to.deep.equal([]);
      // Dropping more than a country code is not the same number.
      expect(phone('5533 000', 'tel:+528005533000')).to.have.length(1);
      expect(phone('Call us', 'tel:+528005533000')).to.have.length(1);
    });

    it('refuses an email link that copies the message to anyone else, or goes to two addresses', () => {
      const email = (href: string) => channelProblems({ type: 'email', display: 'Email', href });
      expect(email('mailto:help@agency.example?subject=Help&body=Hello')).to.deep.equal([]);
      expect(email('mailto:help@agency.example?cc=watcher@evil.example')).to.deep.equal([
        'channels[0].href: "mailto:help@agency.example?cc=watcher@evil.example" adds cc: an email link may not copy the message to anyone else (no to, cc or bcc)',
      ]);
      expect(
        email('mailto:help@agency.example?BCC=a@evil.example&To=b@evil.example'),
      ).to.deep.equal([
        'channels[0].href: "mailto:help@agency.example?BCC=a@evil.example&To=b@evil.exam…" adds bcc, to: an email link may not copy the message to anyone else (no to, cc or bcc)',
      ]);
      expect(email('mailto:help@agency.example,b@evil.example')).to.deep.equal([
        'channels[0].href: "mailto:help@agency.example,b@evil.example" is not an email link to one address (e.g. "mailto:help@example.org")',
      ]);
      expect(email('mailto:help@agency.example%2Cb@evil.example')).to.have.length(1);
    });

    it('validates a 400 KB email link in one pass (the old pattern backtracked: 40 KB took 1–4 s, this size would take minutes)', () => {
      // "a@" then "a." many times then "@": a pattern such as /^[^@?]+@[^@?]+\.[^@?]+$/ tries
      // every split of the dots, quadratic in the length (100 × the 40 KB time here, far beyond the
      // test's timeout); plain string steps are linear (a few milliseconds).
      const hostile = `mailto:a@${'a.'.repeat(200_000)}@`;
      expect(hostile.length).to.be.greaterThan(400_000);
      expect(channelProblems({ type: 'email', display: 'Email', href: hostile })).to.have.length(1);
      const fine = `mailto:help@${'a'.repeat(400_000)}.example`;
      expect(channelProblems({ type: 'email', display: 'Email', href: fine })).to.deep.equal([]);
    });

    it('refuses an SMS link with a second "?"', () => {
      expect(
        channelProblems({
          type: 'sms',
          display: '233733',
          href: 'sms:233733?body=BEFREE?body=other',
          keyword: 'BEFREE',
          inCountryOnly: true,
        }),
      ).to.deep.include(
        'channels[0].href: "sms:233733?body=BEFREE?body=other" has a second "?": write one "?body=…" and nothing after it',
      );
    });

    it('refuses bidi controls and invisible characters in every text a reader sees', () => {
      const message = (path: string, code: string) =>
        `${path}: contains an invisible or direction-changing character (U+${code}), which can make the text read differently from what it is; remove it`;
      expect(problemsWith({ name: 'Help\u202Eenil' })).to.deep.equal([message('name', '202E')]);
      expect(problemsWith({ organisation: 'Agency\u2066' })).to.deep.equal([
        message('organisation', '2066'),
      ]);
      expect(problemsWith({ id: 'xx\u200Btest' })).to.deep.equal([message('id', '200B')]);
      expect(
        channelProblems({
          type: 'phone',
          display: '+48 22\u200D 000 00 00',
          href: 'tel:+48220000000',
        }),
      ).to.deep.equal([message('channels[0].display', '200D')]);
      expect(
        channelProblems({
          type: 'phone',
          display: '+48 22 000 00 00',
          href: 'tel:+48220000000',
          note: 'Call\u00AD us',
        }),
      ).to.deep.equal([message('channels[0].note', '00AD')]);
      expect(problemsWith({ languages: { codes: ['en'], note: '\uFEFFand more' } })).to.deep.equal([
        message('languages.note', 'FEFF'),
      ]);
      expect(
        problemsWith({
          sources: [{ url: 'https://agency.example', states: 'ok\u200Fok', accessed: '2026-12' }],
        }),
      ).to.deep.equal([message('sources[0].states', '200F')]);
      // Persian writes the zero-width non-joiner inside words: allowed in names, not in numbers.
      expect(problemsWith({ name: 'خط\u200Cکمک' })).to.deep.equal([]);
    });
  });

  describe('sources and audience', () => {
    it('checks each source: a web address, what it states, when it was read, what it supports', () => {
      expect(
        problemsWith({
          sources: [
            { url: 'ftp://agency.example', states: '', accessed: '2026-13', supports: ['phones'] },
            'https://agency.example',
          ],
        }),
      ).to.deep.equal([
        'sources[0].url: "ftp://agency.example" is not a web address (http: or https:)',
        'sources[0].states: must be a non-empty text (what the source says, in short); got ""',
        'sources[0].accessed: "2026-13" is not a date written YYYY-MM-DD (or YYYY-MM when the day is not known)',
        'sources[0].supports[0]: "phones" is not one of the record parts (use channels, hours, languages, free, topics or audience)',
        'sources[1]: must be an object { url, states?, accessed?, supports? }; got "https://agency.example"',
      ]);
    });

    it('knows who a line is for', () => {
      expect(problemsWith({ audience: 'women' })).to.deep.equal([]);
      expect(problemsWith({ audience: 'adults' })).to.deep.equal([
        'audience: "adults" is not an audience (use everyone, women, children or migrant-workers), or leave it out when unknown',
      ]);
    });

    it('still reads a record written before sources and verified, and refuses both at once', () => {
      expect(
        problemsWith({
          sources: undefined,
          verified: undefined,
          source: 'https://agency.example/helplines',
          lastVerified: '2026-11-28',
        }),
      ).to.deep.equal([]);
      expect(
        problemsWith({ source: 'https://agency.example', lastVerified: '2026-11-28' }),
      ).to.deep.equal([
        'source: is the older name of sources: keep sources only',
        'lastVerified: is the older name of verified: keep verified only',
      ]);
    });
  });
});
