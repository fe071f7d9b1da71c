/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { Story as SurvivorStory } from '@shieldkit/story-carousel';
import '@shieldkit/story-carousel/define.js';
// Only so the call to action shows a real banner: the carousel itself never imports it.
import '@shieldkit/helpline-banner/define.js';
import { controlsFor } from './support/controls.js';
import { stayInStorybook } from './support/stay-in-storybook.js';
// `?no-inline`: served as files, never as data: URLs (the carousel shows http(s) images only).
import fieldImage from './assets/story-field.svg?no-inline';
import roadImage from './assets/story-road.svg?no-inline';
import windowImage from './assets/story-window.svg?no-inline';

/** What the stories render: the element's attributes and its `stories` property. */
interface CarouselArgs {
  autoplay: boolean;
  interval: number;
  list: boolean;
  country?: string;
  'no-cta': boolean;
  label?: string;
  'heading-level': number;
  stories?: SurvivorStory[];
}

const logChange = action('shield-story-change');
const logReveal = action('shield-story-reveal');

/**
 * Every story here is INVENTED for these examples: no real person, place or case. They are written
 * the way the docs page asks campaign teams to write: a pseudonym, a coarse location, no graphic
 * detail, a content note where the subject may hurt, and consent dates.
 */
interface Example {
  id: string;
  heading: string;
  paragraphs: string[];
  quote?: string;
  pseudonym?: string;
  location?: string;
  warning?: string;
  image?: { src: string; alt: string };
}

const GIVEN = '2026-01-15';
const EXPIRES = '2030-12-31';

const english: Example[] = [
  {
    id: 'example-job-offer',
    heading: 'The job offer that asked for my passport',
    pseudonym: 'Mira',
    location: 'Northern region',
    paragraphs: [
      'A woman at the shelter told me about hotel work abroad. The pay was good and the travel was free.',
      'When the recruiter asked me to hand over my passport “for the visa”, I called the number on a leaflet first. They told me this is a warning sign. I kept my passport and did not go.',
    ],
    quote: 'Call before you go. It took ten minutes.',
    image: { src: roadImage, alt: 'Illustration: an empty road towards the horizon.' },
  },
  {
    id: 'example-debt',
    heading: 'A debt that kept growing',
    pseudonym: 'Taras',
    location: 'Eastern region',
    warning: 'This story mentions threats and a debt used to control someone.',
    paragraphs: [
      'The farm said the bus, the bed and the food would come out of my pay. Every month the debt was bigger than the pay.',
      'A driver who delivered seed gave me a helpline number. They helped me leave and get my documents back.',
    ],
    image: { src: fieldImage, alt: 'Illustration: green hills under a yellow sun.' },
  },
  {
    id: 'example-language',
    heading: 'Someone answered in my language',
    pseudonym: '',
    location: 'Border area',
    paragraphs: [
      'I did not know the local language and was afraid to ask anyone for help.',
      'The helpline found an interpreter in a few minutes. Now I volunteer at the centre and tell people: *you can ask questions, and nobody needs to know.*',
    ],
    image: { src: windowImage, alt: 'Illustration: a window with light coming through.' },
  },
];

const arabic: Example[] = [
  {
    id: 'example-job-offer',
    heading: 'عرض العمل الذي طلب جواز سفري',
    pseudonym: 'ميرا',
    location: 'المنطقة الشمالية',
    paragraphs: [
      'أخبرتني امرأة في المأوى عن عمل في فندق في الخارج. كان الأجر جيدًا والسفر مجانيًا.',
      'عندما طلب مني الوسيط أن أسلّمه جواز سفري «من أجل التأشيرة»، اتصلت أولًا بالرقم المكتوب في منشور. قالوا لي إن هذه علامة تحذير. احتفظت بجوازي ولم أسافر.',
    ],
    quote: 'اتصل قبل أن تسافر. استغرق الأمر عشر دقائق.',
  },
  {
    id: 'example-debt',
    heading: 'دَين لا يتوقف عن الزيادة',
    pseudonym: 'طارق',
    location: 'المنطقة الشرقية',
    warning: 'تذكر هذه القصة تهديدات ودَينًا استُخدم للسيطرة على شخص.',
    paragraphs: [
      'قالت المزرعة إن الحافلة والسرير والطعام ستُخصم من أجري. وكل شهر كان الدَّين أكبر من الأجر.',
      'أعطاني سائق يوصل البذور رقم خط مساعدة. ساعدوني على المغادرة واستعادة وثائقي.',
    ],
  },
];

/** The embed a campaign team writes: `<shield-story>` children that read as a list without JavaScript. */
function story(example: Example): TemplateResult {
  return html`<shield-story
    story-id=${example.id}
    heading=${example.heading}
    warning=${ifDefined(example.warning)}
    pseudonym=${ifDefined(example.pseudonym)}
    location=${ifDefined(example.location)}
    image=${ifDefined(example.image?.src)}
    image-alt=${ifDefined(example.image?.alt)}
    consent-given=${GIVEN}
    consent-expires=${EXPIRES}
  >
    <h3>${example.heading}</h3>
    ${example.paragraphs.map((text) => html`<p>${text}</p>`)}
    ${example.quote ? html`<blockquote>${example.quote}</blockquote>` : nothing}
  </shield-story>`;
}

const withoutImages = (examples: Example[]) => examples.map(({ image: _, ...rest }) => rest);

function carousel(
  args: CarouselArgs,
  examples: Example[] = withoutImages(english),
): TemplateResult {
  return html`<shield-story-carousel
    ?autoplay=${args.autoplay}
    interval=${args.interval}
    ?list=${args.list}
    country=${ifDefined(args.country || undefined)}
    ?no-cta=${args['no-cta']}
    label=${ifDefined(args.label || undefined)}
    heading-level=${args['heading-level']}
    .stories=${args.stories}
    @shield-story-change=${(event: CustomEvent) => logChange(event.detail)}
    @shield-story-reveal=${(event: CustomEvent) => logReveal(event.detail)}
  >
    ${examples.map(story)}
  </shield-story-carousel>`;
}

/** Controls and defaults of every attribute, from custom-elements.json (the element's JSDoc). */
const attributes = controlsFor('shield-story-carousel');

const meta: Meta<CarouselArgs> = {
  title: 'Widgets/Story carousel',
  component: 'shield-story-carousel',
  decorators: [stayInStorybook],
  args: attributes.args,
  argTypes: {
    ...attributes.argTypes,
    // Not an attribute: a property, set from JavaScript.
    stories: { control: 'object' },
  },
  parameters: { docs: { source: { excludeDecorators: true } } },
  render: (args) => carousel(args),
};
export default meta;

type Story = StoryObj<CarouselArgs>;

/** Text-only stories: a designed card, no empty image frame. Nothing moves by itself. */
export const TextOnly: Story = { name: 'Text only (default)' };

/** Illustrations, never photographs of survivors. Each image has alt text and reserves its space. */
export const WithImages: Story = { render: (args) => carousel(args, english) };

/**
 * The second story has a content note: the story is not in the page until the reader chooses
 * "Show story"; "Skip this story" moves on.
 */
export const WithWarnings: Story = {
  name: 'With content notes',
  render: (args) =>
    carousel(
      args,
      [english[1]!, english[0]!, english[2]!].map(({ image: _, ...rest }) => rest),
    ),
};

/**
 * Only with `autoplay`: the Pause/Start control comes first; rotation stops on hover, on keyboard
 * focus, on touch, and for good once paused. Off when the reader asks for reduced motion.
 */
export const Autoplay: Story = { args: { autoplay: true, interval: 6000 } };

/** Every story as a plain list (the reader can switch with "Show all stories as a list"). */
export const ListView: Story = { args: { list: true } };

/** A helpline call to action after the story on screen, for the campaign's country. */
export const WithHelpline: Story = {
  name: 'With a helpline call to action',
  args: { country: 'UA' },
};

/** Stories from JavaScript (or, later, the campaign file) instead of children. */
export const FromProperty: Story = {
  name: 'Stories from a property',
  args: {
    stories: english.map((example) => ({
      id: example.id,
      heading: example.heading,
      body: example.paragraphs.join('\n\n'),
      quote: example.quote,
      name: example.pseudonym || undefined,
      pseudonym: example.pseudonym !== undefined,
      location: example.location,
      warning: example.warning,
      consent: { given: GIVEN, expires: EXPIRES },
    })),
  },
};

/**
 * The first story's consent ran out: it is not shown, and the console (and the Actions panel,
 * `shield-error`) names it.
 */
export const ExpiredConsent: Story = {
  name: 'A story past its consent date',
  render: (args) =>
    html`<shield-story-carousel heading-level=${args['heading-level']}>
      <shield-story
        story-id="example-expired"
        heading="This story is not shown"
        consent-given="2020-01-01"
        consent-expires="2021-01-01"
        ><p>Its consent expired.</p></shield-story
      >
      ${withoutImages(english).map(story)}
    </shield-story-carousel>`,
};

/** Inside an Arabic page: Arabic strings and stories, right to left; arrows and swipes are mirrored. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  render: (args) => html`<div lang="ar" dir="rtl">${carousel(args, arabic)}</div>`,
};

/**
 * What a reader gets when the script never loads: the `<shield-story>` children as a plain list.
 * Shown here under undefined tag names, since this preview has the script. The content note is a
 * `<details>`, so the story stays closed without JavaScript too.
 */
export const NoJsFallback: Story = {
  name: 'No-JavaScript fallback',
  parameters: { controls: { disable: true } },
  render: () =>
    html`<shield-story-carousel-nojs>
      ${withoutImages(english).map(
        (example) =>
          html`<shield-story-nojs>
            <h3>${example.heading}</h3>
            ${
              example.warning
                ? html`<details>
                    <summary>Content note: ${example.warning}</summary>
                    ${example.paragraphs.map((text) => html`<p>${text}</p>`)}
                  </details>`
                : example.paragraphs.map((text) => html`<p>${text}</p>`)
            }
          </shield-story-nojs>`,
      )}
    </shield-story-carousel-nojs>`,
};
