/**
 * A tiny schema language for the campaign file: enough to validate in the browser with plain-language
 * messages, and to generate the published JSON Schema from the same definition (json-schema.ts), so
 * the two never drift. Written here rather than pulled in (ajv is ~35 KB gzip, zod ~13 KB): the
 * validator is ~2 KB gzip and loads only on pages that have a campaign.
 */
export type Format =
  'date' | 'https-url' | 'color' | 'language' | 'country' | 'id' | 'key' | 'css-length' | 'font';

export type Schema =
  | { type: 'string'; description: string; format?: Format; enum?: readonly string[] }
  | { type: 'integer'; description: string; minimum?: number; maximum?: number; const?: number }
  | { type: 'boolean'; description: string }
  | { type: 'array'; description: string; items: Schema; unique?: boolean }
  | {
      type: 'object';
      description: string;
      properties: Record<string, Schema>;
      required?: readonly string[];
      /** Why each required field matters, said when it is missing. */
      why?: Record<string, string>;
    }
  | { type: 'map'; description: string; keys: Format; values: Schema }
  | { type: 'localized'; description: string }
  /** Checked by another validator (helpline records): only "an object" here. */
  | { type: 'record'; description: string };

/** How each format is written, as a pattern and as advice for a person. */
export const FORMATS: Record<Format, { pattern: string; advice: string }> = {
  date: { pattern: '^\\d{4}-\\d{2}-\\d{2}$', advice: 'a date written YYYY-MM-DD, like 2026-01-31' },
  'https-url': { pattern: '^https://[^\\s]+$', advice: 'a web address starting with https://' },
  color: { pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', advice: 'a colour written like #0b5394' },
  language: {
    pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
    advice: 'a language code like uk, ar or pt-BR',
  },
  country: { pattern: '^[A-Z]{2}$', advice: 'a two-letter country code in capitals, like PL' },
  id: { pattern: '^[a-z0-9][a-z0-9-]*$', advice: 'lower-case letters, digits and dashes only' },
  key: { pattern: '^[A-Za-z][A-Za-z0-9_.-]*$', advice: 'a string key like quickExit.label' },
  'css-length': {
    pattern: '^(0|\\d+(\\.\\d+)?(px|rem|em))$',
    advice: 'a length like 4px, 0.5rem or 0',
  },
  font: { pattern: '^[^;{}<>]+$', advice: 'a list of font names without ; { } < >' },
};

const text = (description: string): Schema => ({ type: 'localized', description });

const story: Schema = {
  type: 'object',
  description: 'A survivor story, told with consent.',
  properties: {
    id: { type: 'string', format: 'id', description: 'A stable id for the story.' },
    heading: text('The story’s title, per language.'),
    body: text(
      'The story, per language: paragraphs, *emphasis*, **strong** and [links](https://…).',
    ),
    quote: text('A short quote from the story, per language.'),
    warning: text('A content note shown before the story, per language.'),
    pseudonym: {
      type: 'boolean',
      description: 'The name in the story is changed to protect the person.',
    },
    location: text('A coarse location only (a region or country), per language.'),
    image: {
      type: 'object',
      description: 'An image: never a face or anything that identifies the person.',
      properties: {
        src: { type: 'string', format: 'https-url', description: 'Where the image is (https).' },
        alt: text('What the image shows, per language.'),
        width: { type: 'integer', minimum: 1, description: 'Width in pixels (reserves space).' },
        height: { type: 'integer', minimum: 1, description: 'Height in pixels (reserves space).' },
      },
      required: ['src', 'alt'],
      why: {
        src: 'an image needs an address',
        alt: 'an image needs a description for people who cannot see it',
      },
    },
    consent: {
      type: 'object',
      description: 'The storyteller’s consent.',
      properties: {
        given: { type: 'string', format: 'date', description: 'When consent was given.' },
        expires: {
          type: 'string',
          format: 'date',
          description: 'When consent ends: the story is not shown after it.',
        },
      },
      required: ['given'],
      why: { given: 'a story is shown only with the date its teller gave consent' },
    },
  },
  required: ['id', 'heading', 'body', 'consent'],
  why: {
    id: 'every story needs an id',
    heading: 'a story needs a title',
    body: 'a story needs its text',
    consent: 'a story is shown only with its teller’s consent',
  },
};

const checklistItem: Schema = {
  type: 'object',
  description: 'A red flag of the campaign’s own.',
  properties: {
    id: { type: 'string', format: 'id', description: 'A stable id.' },
    text: text('What to look for, per language.'),
    category: { type: 'string', description: 'The group it belongs to.' },
    urgent: { type: 'boolean', description: 'Ticking it shows emergency guidance first.' },
  },
  required: ['id', 'text'],
  why: { id: 'every item needs an id', text: 'an item needs its words' },
};

/** The campaign file, version 1. */
export const campaignSchema: Schema = {
  type: 'object',
  description:
    'A Shieldkit campaign: languages, country, theme, helplines, checklist, stories and wording.',
  properties: {
    $schema: { type: 'string', description: 'The JSON Schema of this file, for editors.' },
    version: { type: 'integer', const: 1, description: 'The format version: 1.' },
    id: { type: 'string', format: 'id', description: 'The campaign’s id, e.g. ua-pl-2026.' },
    languages: {
      type: 'object',
      description: 'The languages the campaign is written in.',
      properties: {
        default: {
          type: 'string',
          format: 'language',
          description: 'Used when the page says no language.',
        },
        offered: {
          type: 'array',
          unique: true,
          items: { type: 'string', format: 'language', description: 'A language code.' },
          description: 'Every language the campaign offers.',
        },
      },
      required: ['default'],
      why: { default: 'widgets need a language to fall back to' },
    },
    country: { type: 'string', format: 'country', description: 'Where the readers are.' },
    origin: {
      type: 'string',
      format: 'country',
      description: 'Where displaced readers come from.',
    },
    theme: {
      type: 'object',
      description: 'Brand colours and shapes (mapped to the --shield-* tokens).',
      properties: {
        primary: { type: 'string', format: 'color', description: 'Buttons and links.' },
        onPrimary: { type: 'string', format: 'color', description: 'Text on primary.' },
        text: { type: 'string', format: 'color', description: 'Body text.' },
        muted: { type: 'string', format: 'color', description: 'Secondary text.' },
        background: { type: 'string', format: 'color', description: 'Background.' },
        surface: { type: 'string', format: 'color', description: 'Panels.' },
        border: { type: 'string', format: 'color', description: 'Borders.' },
        danger: { type: 'string', format: 'color', description: 'The quick exit.' },
        onDanger: { type: 'string', format: 'color', description: 'Text on danger.' },
        link: { type: 'string', format: 'color', description: 'Links in text.' },
        focus: { type: 'string', format: 'color', description: 'The focus ring.' },
        radius: { type: 'string', format: 'css-length', description: 'Corner radius.' },
        fontFamily: {
          type: 'string',
          format: 'font',
          description: 'Fonts already on the device (no web fonts).',
        },
      },
    },
    quickExit: {
      type: 'object',
      description: 'Settings of every quick exit in the campaign.',
      properties: {
        href: { type: 'string', format: 'https-url', description: 'Where the exit goes.' },
        shortcut: {
          type: 'string',
          enum: ['shift', 'escape', 'none'],
          description: 'The keyboard shortcut.',
        },
        safetyHref: {
          type: 'string',
          format: 'https-url',
          description: 'The agency’s safer-browsing page.',
        },
      },
    },
    helplines: {
      type: 'object',
      description: 'Which helplines to show.',
      properties: {
        include: {
          type: 'array',
          unique: true,
          items: { type: 'string', description: 'A helpline id from the Shieldkit dataset.' },
          description: 'Show only these of ours (and your own).',
        },
        custom: {
          type: 'array',
          items: { type: 'record', description: 'A helpline record (see @shieldkit/helplines).' },
          description: 'Your own verified helpline records; they win over ours.',
        },
      },
    },
    checklist: {
      type: 'object',
      description: 'The red-flag checklist.',
      properties: {
        set: {
          type: 'string',
          enum: ['job-offer', 'my-situation', 'someone-else', 'responder'],
          description: 'Which indicator set.',
        },
        add: { type: 'array', items: checklistItem, description: 'Items of your own.' },
        remove: {
          type: 'array',
          items: { type: 'string', description: 'An item id.' },
          description: 'Items of the set to leave out.',
        },
        someThreshold: {
          type: 'integer',
          minimum: 1,
          description: 'How many ticks give the "some" guidance.',
        },
        reportResults: {
          type: 'boolean',
          description:
            'Dispatch shield-checklist-result to the page (off: a level can reveal what was ticked).',
        },
      },
    },
    stories: { type: 'array', items: story, description: 'Survivor stories.' },
    strings: {
      type: 'map',
      keys: 'language',
      values: {
        type: 'map',
        keys: 'key',
        values: { type: 'string', description: 'Wording.' },
        description: 'Key → wording.',
      },
      description: 'Wording overrides per language: { "en": { "quickExit.label": "Leave now" } }.',
    },
  },
  required: ['version', 'id', 'languages'],
  why: {
    version: 'it tells Shieldkit how to read the file (use 1)',
    id: 'every campaign needs an id',
    languages: 'widgets need to know the campaign’s languages',
  },
};
