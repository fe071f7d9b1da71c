/**
 * What the carousel reads from a campaign: its survivor stories, as a schema (the campaign
 * validator, the JSON Schema and the TypeScript type all come from it). No DOM.
 */
import {
  boolean,
  integer,
  list,
  localized,
  object,
  text,
  type Infer,
} from '@shieldkit/core/schema.js';

const image = object(
  'An image: never a face or anything that identifies the person.',
  {
    src: text('Where the image is (https).', 'https-url'),
    alt: localized('What the image shows, per language.'),
    width: integer('Width in pixels (reserves space).', { minimum: 1 }),
    height: integer('Height in pixels (reserves space).', { minimum: 1 }),
  },
  {
    src: 'an image needs an address',
    alt: 'an image needs a description for people who cannot see it',
  },
);

const consent = object(
  'The storyteller’s consent.',
  {
    given: text('When consent was given.', 'date'),
    expires: text('When consent ends: the story is not shown after it.', 'date'),
    print: boolean(
      'The teller agreed to the story being printed (posters, flyers); off by default.',
    ),
  },
  { given: 'a story is shown only with the date its teller gave consent' },
);

/** A survivor story as a campaign file holds it (texts per language). */
export const campaignStory = object(
  'A survivor story, told with consent.',
  {
    id: text('A stable id for the story.', 'id'),
    heading: localized('The story’s title, per language.'),
    body: localized(
      'The story, per language: paragraphs, *emphasis*, **strong** and [links](https://…).',
    ),
    quote: localized('A short quote from the story, per language.'),
    warning: localized('A content note shown before the story, per language.'),
    pseudonym: boolean('The name in the story is changed to protect the person.'),
    location: localized('A coarse location only (a region or country), per language.'),
    image,
    consent,
  },
  {
    id: 'every story needs an id',
    heading: 'a story needs a title',
    body: 'a story needs its text',
    consent: 'a story is shown only with its teller’s consent',
  },
);

/** The campaign's `stories`: each is used or left out on its own. */
export const storiesCampaign = list(campaignStory, 'Survivor stories.', { itemized: true });

export type CampaignStory = Infer<typeof campaignStory>;

declare global {
  interface ShieldCampaignSettings {
    /** Survivor stories, with texts per language. */
    stories?: CampaignStory[];
  }
}
