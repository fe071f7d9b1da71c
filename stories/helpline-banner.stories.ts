import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Helpline, Topic } from '@shieldkit/helplines';
import type { HelplineBannerPosition } from '@shieldkit/helpline-banner';
import '@shieldkit/helpline-banner/define.js';
import { controlsFor } from './support/controls.js';
import { stayInStorybook } from './support/stay-in-storybook.js';

/** What the stories render: the element's attributes and its `helplines` and `now` properties. */
interface BannerArgs {
  country?: string;
  origin?: string;
  topic?: Topic;
  helpline?: string;
  position: HelplineBannerPosition;
  dismissible: boolean;
  'quick-exit': boolean;
  'exit-href'?: string;
  'fallback-href'?: string;
  helplines?: Helpline[];
  now?: Date;
}

/** An agency's own record, with office hours, as it would pass them in the `helplines` property. */
const agencyRecord: Helpline = {
  id: 'pl-example-agency',
  country: 'PL',
  organisation: 'Example agency (fictional)',
  name: 'Example agency line for people from Ukraine',
  topics: ['trafficking', 'safe-migration'],
  channels: [{ type: 'phone', display: '+48 22 000 00 00', href: 'tel:+48220000000' }],
  hours: {
    timeZone: 'Europe/Warsaw',
    weekly: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
    ),
  },
  languages: { codes: ['pl', 'uk', 'ru'] },
  free: true,
  sources: [
    {
      url: 'https://www.example.org/helplines',
      states: 'Checked with the operator',
      accessed: '2026-11-01',
    },
  ],
  verified: '2026-11-01',
  confirmed: true,
};

function banner(args: BannerArgs): TemplateResult {
  const or = (value: string | undefined) => ifDefined(value || undefined);
  return html`<shield-helpline-banner
    country=${or(args.country)}
    origin=${or(args.origin)}
    topic=${or(args.topic)}
    helpline=${or(args.helpline)}
    position=${args.position}
    ?dismissible=${args.dismissible}
    ?quick-exit=${args['quick-exit']}
    exit-href=${or(args['exit-href'])}
    fallback-href=${or(args['fallback-href'])}
    .helplines=${args.helplines}
    .now=${args.now}
  ></shield-helpline-banner>`;
}

/** Controls and defaults of every attribute, from custom-elements.json (the element's JSDoc). */
const attributes = controlsFor('shield-helpline-banner');

const meta: Meta<BannerArgs> = {
  title: 'Widgets/Helpline banner',
  component: 'shield-helpline-banner',
  decorators: [stayInStorybook],
  // The stories' own choice over the element's default: a country, so a helpline shows.
  args: { ...attributes.args, country: 'US' },
  argTypes: {
    ...attributes.argTypes,
    // Not attributes: properties, set from JavaScript.
    helplines: { control: 'object' },
    now: { control: 'date' },
  },
  parameters: { docs: { source: { excludeDecorators: true } } },
  render: banner,
};
export default meta;

type Story = StoryObj<BannerArgs>;

/** One country's helpline, open 24 hours. */
export const Default: Story = {};

/** A reader from Ukraine now in Poland: Poland first, then Ukraine's line that works from abroad. */
export const Displacement: Story = {
  name: 'Displacement (UA origin, PL host)',
  args: { country: 'PL', origin: 'UA', helplines: [agencyRecord] },
};

/** Without a country, the reader picks one; no lookup is made. */
export const ChooseCountry: Story = { args: { country: '' } };

/** No helpline known for the country: a clear message, a link to find one, and the agency's own text. */
export const NoHelpline: Story = {
  args: { country: 'FR' },
  render: (args) =>
    html`<shield-helpline-banner country=${ifDefined(args.country)}>
      <p>Our team in France: <a href="tel:+33100000000">01 00 00 00 00</a></p>
    </shield-helpline-banner>`,
};

/** An agency line with office hours: "open now" is computed here, in its own time zone. */
export const OfficeHours: Story = { args: { country: 'PL', helplines: [agencyRecord] } };

/** Stuck to the bottom of the viewport, dismissible, with a quick exit. */
export const BottomBar: Story = {
  args: { position: 'bottom', dismissible: true, 'quick-exit': true },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '420px' } } },
  render: (args) =>
    html`<main style="padding: 1rem">
        ${Array.from({ length: 8 }, (_, i) => html`<p>Paragraph ${i + 1} of an agency page.</p>`)}
      </main>
      ${banner(args)}`,
};

/** Arabic, right to left: numbers stay dialable and left to right. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: { country: 'GB' },
  render: (args) => html`<div lang="ar" dir="rtl">${banner(args)}</div>`,
};
