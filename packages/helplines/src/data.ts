import type { Helpline } from './types.js';

/** The date the fact sheet behind {@link helplines} was made. */
export const DATASET_VERIFIED = '2026-11-28';

/**
 * Shieldkit's starting list of anti-trafficking helplines, one record per line found in public
 * sources. Nothing here was confirmed with the operators (`confirmed: false` everywhere), and
 * `unconfirmed` lists what the sources do not state. Agencies must check the numbers for their own
 * country before publishing, and their own records replace these (see `mergeHelplines`).
 *
 * Numbers, links, hours and languages are only those the sources give; an address that is not in
 * them is left out and the record marked `unconfirmed: ['channels', …]`.
 */
export const helplines: readonly Helpline[] = [
  {
    id: 'us-nhth',
    country: 'US',
    organisation: 'Polaris',
    name: 'National Human Trafficking Hotline',
    topics: ['trafficking'],
    channels: [
      {
        type: 'phone',
        display: '1-888-373-7888',
        href: 'tel:+18883737888',
        tty: '711',
        languages: { codes: ['en', 'es'], interpreters: 200 },
      },
      {
        type: 'sms',
        display: '233733',
        href: 'sms:233733?body=BEFREE',
        keyword: 'BEFREE',
        inCountryOnly: true,
        languages: { codes: ['en', 'es'] },
        note: 'Text BEFREE or HELP',
      },
      {
        // The sources say there is a web chat but give no address: the link goes to the hotline's site.
        type: 'chat',
        display: 'humantraffickinghotline.org',
        href: 'https://humantraffickinghotline.org/',
        languages: { codes: ['en', 'es'] },
        confirmed: false,
      },
    ],
    hours: { alwaysOpen: true },
    languages: { codes: ['en', 'es'], interpreters: 200 },
    source: [
      'https://humantraffickinghotline.org/about-us/what-we-do',
      'https://www.acf.hhs.gov/otip/success-story/announcing-24-7-chat-text-national-human-trafficking-hotline',
    ],
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    unconfirmed: ['free'],
  },
  {
    id: 'gb-modern-slavery',
    country: 'GB',
    organisation: 'Unseen',
    name: 'Modern Slavery & Exploitation Helpline',
    topics: ['trafficking', 'labour-exploitation'],
    channels: [
      { type: 'phone', display: '08000 121 700', href: 'tel:+448000121700' },
      {
        // "Online report form": the source is the helpline's site; the form's own address is not given.
        type: 'form',
        display: 'modernslaveryhelpline.org',
        href: 'https://www.modernslaveryhelpline.org/',
        confirmed: false,
      },
    ],
    hours: { alwaysOpen: true },
    languages: { codes: [], interpreters: 200 },
    source: [
      'https://www.modernslaveryhelpline.org',
      'https://www.unseenuk.org/blog/i-work-on-the-modern-slavery-helpline-and-this-is-what-i-hear',
    ],
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    unconfirmed: ['free'],
  },
  {
    id: 'ca-chth',
    country: 'CA',
    organisation: 'Canadian Centre to End Human Trafficking',
    name: 'Canadian Human Trafficking Hotline',
    topics: ['trafficking'],
    channels: [{ type: 'phone', display: '1-833-900-1010', href: 'tel:+18339001010', tty: true }],
    hours: { alwaysOpen: true },
    languages: { codes: [], interpreters: 200, note: 'Indigenous languages included' },
    source: 'https://canadianhumantraffickinghotline.ca/who-are-we',
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    unconfirmed: ['channels', 'free'],
  },
  {
    id: 'mx-linea-nacional',
    country: 'MX',
    organisation: 'Consejo Ciudadano',
    name: 'Línea Nacional contra la Trata de Personas',
    topics: ['trafficking'],
    channels: [
      { type: 'phone', display: '800 5533 000', href: 'tel:+528005533000' },
      {
        type: 'whatsapp',
        display: '800 5533 000',
        href: 'https://wa.me/528005533000',
        // The source gives 24/7 for the chat only.
        hours: { alwaysOpen: true },
        confirmed: false,
        note: 'WhatsApp on the same number, reported in 2021',
      },
    ],
    source: 'https://www.24-horas.mx/2021/03/16/un-chat-para-denunciar-la-trata-de-personas/',
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    unconfirmed: ['hours', 'languages', 'free'],
  },
  {
    id: 'ph-1343-actionline',
    country: 'PH',
    organisation: 'IACAT / CFO',
    name: '1343 Actionline against Human Trafficking',
    topics: ['trafficking'],
    channels: [
      { type: 'phone', display: '1343', href: 'tel:1343', inCountryOnly: true },
      {
        type: 'phone',
        display: '02 1343',
        href: 'tel:021343',
        inCountryOnly: true,
        confirmed: false,
        note: 'From the provinces, with the prefix 02 (2011 reports)',
      },
    ],
    hours: { alwaysOpen: true },
    source:
      'https://www.gmanetwork.com/news/news/nation/215729/phl-govt-launches-anti-human-trafficking-hotline/story/',
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    // The source also names a mobile app and an online report, without addresses.
    unconfirmed: ['channels', 'languages', 'free'],
  },
  {
    id: 'za-nhtrl',
    country: 'ZA',
    organisation: 'National Human Trafficking Resource Line',
    name: 'National Human Trafficking Resource Line',
    topics: ['trafficking'],
    channels: [{ type: 'phone', display: '0800 222 777', href: 'tel:+27800222777' }],
    hours: { alwaysOpen: true },
    source:
      'http://www.iol.co.za/capetimes/new-national-human-trafficking-resource-line-opens-today-2062430',
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    // The source also names an online tip form, without its address.
    unconfirmed: ['channels', 'languages', 'free'],
  },
  {
    id: 'ua-la-strada-527',
    country: 'UA',
    organisation: 'La Strada-Ukraine',
    name: 'National counter-trafficking hotline',
    topics: ['trafficking'],
    channels: [
      {
        type: 'phone',
        display: '527',
        href: 'tel:527',
        inCountryOnly: true,
        // The source lists one from-abroad number after both short codes; we attach it to this line.
        fromAbroad: {
          type: 'phone',
          display: '+38 044 284 19 15',
          href: 'tel:+380442841915',
          confirmed: false,
        },
      },
    ],
    hours: { alwaysOpen: true },
    source: 'https://dn.gov.ua/en/news/yevropeiskyi-den-borotby-z-torhivleiu-liudmy',
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    unconfirmed: ['channels', 'languages', 'free'],
  },
  {
    id: 'ua-government-1547',
    country: 'UA',
    organisation: 'Government of Ukraine',
    name: 'Government counter-trafficking line',
    topics: ['trafficking'],
    channels: [{ type: 'phone', display: '1547', href: 'tel:1547', inCountryOnly: true }],
    source: 'https://dn.gov.ua/en/news/yevropeiskyi-den-borotby-z-torhivleiu-liudmy',
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    unconfirmed: ['channels', 'hours', 'languages', 'free'],
  },
  {
    id: 'md-la-strada',
    country: 'MD',
    organisation: 'La Strada',
    name: 'La Strada hotline for safe migration',
    topics: ['trafficking', 'safe-migration'],
    channels: [
      {
        type: 'phone',
        display: '0 800 77777',
        href: 'tel:080077777',
        inCountryOnly: true,
        fromAbroad: { type: 'phone', display: '+373 22 23 33 09', href: 'tel:+37322233309' },
      },
    ],
    free: true,
    source: 'http://lastrada.md/eng/articles/over-100-000-calls-to-the-hotline-110',
    lastVerified: DATASET_VERIFIED,
    confirmed: false,
    unconfirmed: ['channels', 'hours', 'languages'],
  },
];
