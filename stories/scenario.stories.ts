import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { CampaignScenario } from '@shieldkit/scenario';
import '@shieldkit/scenario/define.js';
import { controlsFor } from './support/controls.js';

/** What the stories render: the element's attributes and its `scenarios` property. */
interface ScenarioArgs {
  scenario?: string;
  country?: string;
  'no-helpline': boolean;
  'report-results': boolean;
  'heading-level': number;
  scenarios?: CampaignScenario[];
}

const logEnd = action('shield-scenario-end');

function scenario(args: ScenarioArgs): TemplateResult {
  return html`<shield-scenario
    scenario=${ifDefined(args.scenario || undefined)}
    country=${ifDefined(args.country || undefined)}
    ?no-helpline=${args['no-helpline']}
    ?report-results=${args['report-results']}
    heading-level=${args['heading-level']}
    .scenarios=${args.scenarios}
    @shield-scenario-end=${(event: CustomEvent) => logEnd(event.detail)}
  >
    <p>
      A practice story about checking an offer. If you are unsure about an offer, call a helpline.
    </p>
  </shield-scenario>`;
}

/** Controls and defaults of every attribute, from custom-elements.json (the element's JSDoc). */
const attributes = controlsFor('shield-scenario');

const meta: Meta<ScenarioArgs> = {
  title: 'Widgets/Scenario',
  component: 'shield-scenario',
  // The stories' own choices over the element's defaults: a country for the helplines at the
  // endings, and each ending reported in the Actions panel.
  args: { ...attributes.args, country: 'PL', 'report-results': true },
  argTypes: {
    ...attributes.argTypes,
    // Not an attribute: a property, set from JavaScript.
    scenarios: { control: 'object' },
  },
  render: (args) => scenario(args),
};
export default meta;

type Story = StoryObj<ScenarioArgs>;

/** A recruiter on a messaging app offers work abroad with travel paid. */
export const JobOfferOnline: Story = { name: 'Built in: job offer online' };

/** At a bus station near a border, a friendly stranger offers a ride, a room and a job. */
export const TransitOffer: Story = {
  name: 'Built in: transit offer',
  args: { scenario: 'transit-offer' },
};

/** For volunteers: signs in a new arrival at a shelter, and the safe responses. */
export const ResponderShelter: Story = {
  name: 'Built in: responder at a shelter',
  args: { scenario: 'responder-shelter' },
};

/** Right to left: the Arabic texts (machine translation), mirrored. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  render: (args) => html`<div lang="ar" dir="rtl">${scenario(args)}</div>`,
};

/** Ukrainian. */
export const Ukrainian: Story = {
  name: 'Ukrainian',
  render: (args) => html`<div lang="uk">${scenario(args)}</div>`,
};

/** A scenario from a campaign file (here given with the `scenarios` property, in the same format). */
export const CampaignScenarioStory: Story = {
  name: 'A campaign scenario',
  args: {
    scenario: 'rent-offer',
    scenarios: [
      {
        id: 'rent-offer',
        title: { en: 'A room to rent', uk: 'Кімната в оренду' },
        intro: 'Practise checking an offer of a room.',
        audience: 'self',
        start: 'ad',
        nodes: {
          ad: {
            text: 'A room is offered for free if you work for the owner in the evenings.',
            choices: [
              {
                text: 'Ask for a written agreement and the owner’s full name.',
                next: 'fine',
                tone: 'safer',
                feedback: 'A written agreement protects you. A fair owner will give one.',
              },
              {
                text: 'Move in today.',
                next: 'stuck',
                tone: 'riskier',
                feedback:
                  'Many people would: you need a room. But rent paid with work can grow into a debt you cannot leave.',
              },
            ],
          },
          fine: {
            text: 'The owner will not write anything down. You find another room through an aid desk.',
            end: 'safer',
            remember: ['Get any agreement in writing.', 'Aid desks can help you find housing.'],
          },
          stuck: {
            text: 'Each week you owe more. The owner keeps your documents.',
            end: 'riskier',
            remember: ['This is not your fault.', 'A helpline can help, even now.'],
          },
        },
      },
    ],
  },
};
