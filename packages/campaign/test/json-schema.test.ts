import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { campaignJsonSchema, validateCampaign } from '../src/index.js';

const good = async () => (await fetch(new URL('./fixtures/good.json', import.meta.url))).json();

/** Campaigns built from the good one by one change each. The JSON is loosely typed on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON under test
type Json = Record<string, any>;
const changes: Record<string, (c: Json) => void> = {
  'no version': (c) => delete c.version,
  'version 2': (c) => (c.version = 2),
  'id with spaces': (c) => (c.id = 'UA PL'),
  'unknown field': (c) => (c.colour = 'red'),
  'languages without default': (c) => (c.languages = { offered: ['uk'] }),
  'bad language code': (c) => (c.languages.offered = ['Ukrainian']),
  'country not ISO': (c) => (c.country = 'XX'),
  'country lower case': (c) => (c.country = 'pl'),
  'theme colour by name': (c) => (c.theme.primary = 'blue'),
  'theme unknown token': (c) => (c.theme.sparkle = '#fff'),
  'radius with a space': (c) => (c.theme.radius = '4 px'),
  'font with a brace': (c) => (c.theme = { fontFamily: 'Arial; } body {' }),
  'exit to javascript:': (c) => (c.quickExit.href = 'javascript:alert(1)'),
  'exit over http': (c) => (c.quickExit.href = 'http://weather.example/'),
  'unknown shortcut': (c) => (c.quickExit.shortcut = 'ctrl'),
  'include not a list': (c) => (c.helplines.include = 'ua-la-strada-527'),
  'include repeated': (c) => (c.helplines.include = ['ua-la-strada-527', 'ua-la-strada-527']),
  'custom not a list': (c) => (c.helplines.custom = {}),
  'unknown set': (c) => (c.checklist.set = 'jobs'),
  'threshold zero': (c) => (c.checklist.someThreshold = 0),
  'threshold fraction': (c) => (c.checklist.someThreshold = 1.5),
  'item without text': (c) => (c.checklist.add = [{ id: 'x' }]),
  'stories not a list': (c) => (c.stories = {}),
  'story without consent': (c) => delete c.stories[0].consent,
  'story heading empty': (c) => (c.stories[0].heading = ''),
  'story heading empty in one language': (c) => (c.stories[0].heading = { uk: ' ' }),
  'story heading by unknown key': (c) => (c.stories[0].heading = { Ukrainian: 'x' }),
  'story text not text': (c) => (c.stories[0].body = 42),
  'image without alt': (c) => (c.stories[0].image = { src: 'https://img.example/a.jpg' }),
  'image over http': (c) => (c.stories[0].image = { src: 'http://img.example/a.jpg', alt: 'x' }),
  'image width zero': (c) =>
    (c.stories[0].image = { src: 'https://img.example/a.jpg', alt: 'x', width: 0 }),
  'consent date malformed': (c) => (c.stories[0].consent.given = '1/1/2026'),
  'pseudonym as text': (c) => (c.stories[0].pseudonym = 'yes'),
  'strings by unknown language': (c) => (c.strings = { English: {} }),
  'string not text': (c) => (c.strings.en['quickExit.label'] = 5),
  'string key with space': (c) => (c.strings.en['quick exit'] = 'x'),
  'print page over http': (c) => (c.print.url = 'http://agency.example/'),
  'print without a page': (c) => delete c.print.url,
  'print organisation without a name': (c) => (c.print.organisation = {}),
  'print logo without alt': (c) => delete c.print.organisation.logo.alt,
  'print flag not an id': (c) => (c.print.flags[0] = 'Offer Fee'),
  'print flag twice': (c) => (c.print.flags = ['offer-fee', 'offer-fee', 'offer-vague']),
  'print language by name': (c) => (c.print.languages = ['Ukrainian']),
  'print neutral title empty': (c) => (c.print.neutralTitle = ''),
  'story consent to print as text': (c) => (c.stories[0].consent.print = 'yes'),
  // valid variants
  'minimal campaign': (c) => {
    for (const key of Object.keys(c))
      if (!['version', 'id', 'languages'].includes(key)) delete c[key];
  },
  'texts as plain strings': (c) => (c.stories[0].heading = 'Olena'),
  'image with size': (c) =>
    (c.stories[0].image = {
      src: 'https://img.example/a.jpg',
      alt: { uk: 'Поле' },
      width: 600,
      height: 400,
    }),
  'editor schema reference': (c) => (c.$schema = './campaign.schema.json'),
  'radius zero': (c) => (c.theme.radius = '0'),
  'story consent to print': (c) => (c.stories[0].consent.print = true),
};

describe('the published JSON Schema', () => {
  const validator = new Validator(campaignJsonSchema() as never, '2020-12', false);

  it('accepts the documented example', async () => {
    expect(validator.validate(await good()).valid).to.equal(true);
  });

  for (const [name, change] of Object.entries(changes)) {
    it(`agrees with the validator: ${name}`, async () => {
      const campaign = await good();
      change(campaign);
      const schemaSays = validator.validate(campaign).valid;
      const validatorSays = validateCampaign(campaign).length === 0;
      expect(
        schemaSays,
        `JSON Schema says ${schemaSays}, validator says ${validatorSays}`,
      ).to.equal(validatorSays);
    });
  }

  it('the corpus holds both good and bad campaigns', async () => {
    const verdicts = await Promise.all(
      Object.values(changes).map(async (change) => {
        const campaign = await good();
        change(campaign);
        return validateCampaign(campaign).length === 0;
      }),
    );
    expect(verdicts.filter(Boolean).length).to.equal(6);
    expect(verdicts.filter((v) => !v).length).to.equal(Object.keys(changes).length - 6);
  });
});
