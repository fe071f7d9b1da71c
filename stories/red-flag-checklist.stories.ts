import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import type {
  ChecklistItemInput,
  ChecklistSetName,
  ShieldRedFlagChecklist,
} from '@shieldkit/red-flag-checklist';
import '@shieldkit/red-flag-checklist/define.js';
// Only so the stories show a banner and a quick exit: the checklist itself imports neither.
import '@shieldkit/helpline-banner/define.js';
import '@shieldkit/quick-exit/define.js';
import { controlsFor, storybookOnly } from './support/controls.js';
import { stayInStorybook } from './support/stay-in-storybook.js';

/** What the stories render: the element's attributes, its `items` and `removeItems` properties. */
interface ChecklistArgs {
  set: ChecklistSetName;
  country?: string;
  'quick-exit': boolean;
  'report-results': boolean;
  printable: boolean;
  'some-threshold'?: number;
  'urgent-threshold'?: number;
  'heading-level': number;
  items?: ChecklistItemInput[];
  removeItems?: string[];
  /**
   * Storybook only: item ids ticked after the story renders, to show a result level. The element has
   * no API that sets or reads answers; this clicks the boxes as a reader would.
   */
  initiallyChecked?: string[];
}

const logResult = action('shield-checklist-result');

/** Clicks the boxes of `ids` once the checklist has its texts (they load on demand). */
function tickAfterRender(ids: readonly string[] | undefined) {
  return ref((node) => {
    if (!node || !ids?.length) return;
    const el = node as ShieldRedFlagChecklist;
    const tick = (tries: number) => {
      const boxes = ids.map((id) =>
        el.shadowRoot?.querySelector<HTMLInputElement>(`[data-item="${id}"] input`),
      );
      if (boxes.every(Boolean)) boxes.forEach((box) => !box!.checked && box!.click());
      else if (tries > 0) setTimeout(() => tick(tries - 1), 50);
    };
    tick(100);
  });
}

function checklist(args: ChecklistArgs, help?: TemplateResult): TemplateResult {
  return html`<shield-red-flag-checklist
    set=${args.set}
    country=${ifDefined(args.country || undefined)}
    ?quick-exit=${args['quick-exit']}
    ?printable=${args.printable}
    some-threshold=${ifDefined(args['some-threshold'])}
    urgent-threshold=${ifDefined(args['urgent-threshold'])}
    heading-level=${args['heading-level']}
    .items=${args.items}
    .removeItems=${args.removeItems}
    ?report-results=${args['report-results']}
    @shield-checklist-result=${(event: CustomEvent) => logResult(event.detail)}
    ${tickAfterRender(args.initiallyChecked)}
    >${help}</shield-red-flag-checklist
  >`;
}

/** Controls and defaults of every attribute, from custom-elements.json (the element's JSDoc). */
const attributes = controlsFor('shield-red-flag-checklist');

const meta: Meta<ChecklistArgs> = {
  title: 'Widgets/Red-flag checklist',
  component: 'shield-red-flag-checklist',
  decorators: [stayInStorybook],
  // The stories' own choice over the element's default (off): the Actions panel shows each result.
  args: { ...attributes.args, 'report-results': true },
  argTypes: {
    ...attributes.argTypes,
    // Not attributes: properties, set from JavaScript.
    items: { control: 'object' },
    removeItems: { control: 'object' },
    ...storybookOnly({ initiallyChecked: { control: 'object' } }),
  },
  parameters: { docs: { source: { excludeDecorators: true } } },
  render: (args) => checklist(args),
};
export default meta;

type Story = StoryObj<ChecklistArgs>;

/** Before accepting an offer of work, travel, accommodation or marriage: the main door in a crisis. */
export const JobOffer: Story = { name: 'Set: job offer' };

/** "Is this happening to me?": papers, money, freedom, threats, conditions. */
export const MySituation: Story = { name: 'Set: my situation', args: { set: 'my-situation' } };

/** Signs in another person, for neighbours, hosts, teachers and volunteers. */
export const SomeoneElse: Story = { name: 'Set: someone else', args: { set: 'someone-else' } };

/** A screening aid for frontline staff, with "why it matters" under each item, for training. */
export const Responder: Story = { name: 'Set: responder', args: { set: 'responder' } };

/** Level `none`: nothing ticked; the guidance says what to watch for. */
export const LevelNone: Story = { name: 'Result: none', args: { set: 'my-situation' } };

/** Level `some`: two items ticked; talk to someone you trust, call a helpline. */
export const LevelSome: Story = {
  name: 'Result: some',
  args: { set: 'my-situation', initiallyChecked: ['passport-kept', 'long-hours'] },
};

/** Level `urgent`: an urgent item ticked (cannot leave); emergency guidance comes first. */
export const LevelUrgent: Story = {
  name: 'Result: urgent',
  args: { set: 'my-situation', initiallyChecked: ['cannot-leave'], country: 'PL' },
};

/** With the helpline banner for the country, the agency's own help in the `help` slot, and a quick exit. */
export const WithHelp: Story = {
  args: { set: 'someone-else', country: 'PL', 'quick-exit': true },
  render: (args) =>
    checklist(
      args,
      html`<p slot="help">
        Our office in Warsaw is open every day: <a href="tel:+48220000000">+48 22 000 00 00</a>
        (example).
      </p>`,
    ),
};

/** An agency rewrites one item, adds two of its own (one urgent) and removes one. Plain text only. */
export const AgencyItems: Story = {
  args: {
    items: [
      { id: 'offer-fee', text: 'The agent asks for money for a "work permit".' },
      { id: 'bus-seat', text: 'The bus leaves tonight and you must not tell anyone.' },
      {
        id: 'border-papers',
        text: 'They want to keep your papers at the border.',
        category: 'At the border',
        urgent: true,
      },
    ],
    removeItems: ['offer-online-only'],
  },
};

/** Guidance changes only from two ticks; four ticks give emergency guidance even without an urgent item. */
export const Thresholds: Story = {
  args: { set: 'responder', 'some-threshold': 2, 'urgent-threshold': 4 },
};

/** Inside an Arabic page: Arabic items and guidance, right to left. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: { set: 'my-situation', initiallyChecked: ['wages-withheld'] },
  render: (args) => html`<div lang="ar" dir="rtl">${checklist(args)}</div>`,
};
