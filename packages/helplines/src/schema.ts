/**
 * A helpline record in core's schema language (`@shieldkit/core/schema.js`): what the published
 * JSON Schema tells an editor about `helplines.custom`, and where `validateHelpline` takes the
 * fields each object may have. Rules across fields (which link a channel type needs, that the digits
 * shown are the digits dialled, hidden characters …) are `validateHelpline`'s alone. No DOM.
 *
 * A subpath of its own (`@shieldkit/helplines/schema.js`): the banner in the CDN file never loads it.
 */
import {
  boolean,
  either,
  integer,
  list,
  object,
  oneOf,
  text,
  type Schema,
} from '@shieldkit/core/schema.js';
import { COUNTRY_CODES } from './countries.js';
import { AUDIENCES, CHANNEL_TYPES, DAYS, TOPICS, UNCONFIRMED_PARTS } from './types.js';

const hours = either(
  [
    object(
      'Open around the clock, every day.',
      { alwaysOpen: boolean('Always true.') },
      {
        alwaysOpen: 'true for a line that never closes',
      },
    ),
    object(
      'Open at set times each week.',
      {
        timeZone: text('The IANA time zone the hours are in, e.g. "Europe/London".'),
        weekly: object(
          'Opening periods per day; a day left out is closed all day.',
          Object.fromEntries(
            DAYS.map((day) => [
              day,
              list(
                list(text('Opens or closes, HH:MM.', 'time'), '["opens", "closes"]'),
                `Opening periods on ${day}, like [["09:00", "17:00"]] ("24:00" closes at midnight).`,
              ),
            ]),
          ) as Record<(typeof DAYS)[number], Schema>,
        ),
      },
      {
        timeZone: 'the IANA time zone the hours are in',
        weekly: 'the opening periods per day',
      },
    ),
  ],
  'When it answers: { "alwaysOpen": true } or { "timeZone", "weekly" }.',
);

const languages = object(
  'Who is served in which language.',
  {
    codes: list(
      text('A BCP 47 language code, e.g. "en" or "pt-BR".', 'language'),
      'Languages the staff speak directly (may be empty).',
    ),
    interpreters: either(
      [
        integer('At least this many more languages (200 for "200+").', { minimum: 1 }),
        boolean('true: a number is not known.'),
      ],
      'Further languages through interpreters.',
    ),
    note: text('English free text from the source.'),
  },
  { codes: 'the languages the staff speak (may be empty)' },
);

/** The fields every channel has, and those only a channel in the country has. */
const channelFields = {
  type: oneOf([...CHANNEL_TYPES], 'How it is reached.'),
  display: text('What the reader sees, e.g. "1-888-373-7888": the digits the link dials.'),
  href: text(
    'The link: tel: or sms: with an E.164 number (sms: may add ?body=KEYWORD), https: (WhatsApp: https://wa.me/NUMBER) or mailto: one address.',
  ),
  keyword: text('sms only: the word to text.'),
  tty: either(
    [boolean('true: the number itself takes TTY.'), text('The TTY number, e.g. "711".')],
    'A text telephone (TTY) for deaf readers.',
  ),
  languages,
  hours,
  confirmed: boolean('Confirmed with the helpline itself.'),
  note: text('English free text.'),
};
const channelWhy = {
  type: 'how it is reached',
  display: 'what the reader sees',
  href: 'the link a reader follows',
} as const;

const channel = object(
  'One way to reach the helpline.',
  {
    ...channelFields,
    inCountryOnly: boolean('true: only reachable from inside the country (short codes).'),
    fromAbroad: object(
      'The channel a reader abroad uses instead (only with inCountryOnly).',
      channelFields,
      channelWhy,
    ),
  },
  channelWhy,
);

const parts = (description: string) =>
  list(oneOf([...UNCONFIRMED_PARTS], 'A part of the record.'), description, { unique: true });

const source = object(
  'Where facts of the record come from.',
  {
    url: text('The page (http: or https:).'),
    states: text('What it says, in short (English).'),
    accessed: text('When it was read: YYYY-MM-DD, or YYYY-MM when the day is not known.'),
    supports: parts('The parts of the record it states.'),
  },
  { url: 'the page the facts come from' },
);

/** One helpline record (see the `Helpline` type and the package README). */
export const helplineSchema = object(
  'A helpline record.',
  {
    id: text('A unique identifier such as "us-nhth".'),
    country: oneOf([...COUNTRY_CODES], 'Where it serves (ISO 3166-1 alpha-2).', 'country'),
    organisation: text('Who runs it.'),
    name: text("The helpline's name."),
    topics: list(oneOf([...TOPICS], 'A topic.'), 'What it helps with (at least one).', {
      unique: true,
    }),
    audience: oneOf([...AUDIENCES], 'Who it serves; leave out when unknown.'),
    channels: list(channel, 'The ways to reach it (at least one).'),
    hours,
    languages,
    free: boolean('Free to call or text.'),
    // Required unless the older `source` and `lastVerified` are given (the validator checks which).
    sources: list(source, 'Where the facts come from (at least one). Required.'),
    verified: text('When the facts were last checked. Required.', 'date'),
    confirmed: boolean('true: checked with the operator itself.'),
    unconfirmed: parts('Parts no source states.'),
    source: either(
      [text('A web address.'), list(text('A web address.'), 'Web addresses.')],
      'The older name of sources (still read): a web address or a list of them.',
    ),
    lastVerified: text('The older name of verified (still read).', 'date'),
  },
  {
    id: 'a unique identifier such as "us-nhth"',
    country: 'a two-letter ISO 3166-1 code such as "US"',
    organisation: 'who runs the helpline',
    name: "the helpline's name",
    topics: 'what it helps with',
    channels: 'how to reach it',
    confirmed: 'whether it was checked with the operator',
  },
);
